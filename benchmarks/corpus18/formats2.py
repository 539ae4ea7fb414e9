"""More of corpus 18's writers: mailboxes (mbox, a Maildir message), JSON and XML
exports, zips, RTF, ODT, PDF and a fixed-width host export in CP932."""

from __future__ import annotations

import io
import json
import zipfile
from xml.sax.saxutils import escape

from benchmarks.corpus16.model import Doc, Item, Lines
from benchmarks.corpus18.formats import FIXED, message_bytes


def mbox_doc(path: str, messages: list[tuple[str, str, str, Lines]]) -> Doc:
    """messages: (subject, from, to, body); daicho names each message by its number."""
    chunks, items = [], []
    for n, (subject, sender, to, lines) in enumerate(messages, start=1):
        raw = message_bytes(subject, sender, to, lines, day=10 + n % 15).decode("utf-8")
        raw = "\n".join((">" + l if l.startswith("From ") else l) for l in raw.replace("\r\n", "\n").split("\n"))
        chunks.append(f"From office@example.jp Fri Nov 20 10:{n % 60:02d}:00 2026\n{raw}\n")
        items += lines.items(f"{path}!{n - 1}", "body:")
    return Doc(path, "".join(chunks).encode("utf-8"), items)


def maildir_doc(folder: str, serial: int, subject: str, sender: str, to: str, lines: Lines) -> Doc:
    path = f"{folder}/cur/1763600{serial:03d}.M{serial}P4127.mailhost:2,S"
    return Doc(path, message_bytes(subject, sender, to, lines), lines.items(path, "body:"))


def json_doc(path: str, records: list[dict], marks_of: list, key: str = "records") -> Doc:
    """records: plain dicts of strings; marks_of: the marks written in them."""
    data = json.dumps({key: records}, ensure_ascii=False, indent=2).encode("utf-8")
    return Doc(path, data, [Item(path, m, None) for m in marks_of])


def xml_doc(path: str, root: str, row: str, records: list[dict], marks_of: list) -> Doc:
    body = "".join(f"  <{row}>\n" + "".join(f"    <{k}>{escape(v)}</{k}>\n" for k, v in rec.items()) + f"  </{row}>\n"
                   for rec in records)
    data = f'<?xml version="1.0" encoding="UTF-8"?>\n<{root}>\n{body}</{root}>\n'.encode("utf-8")
    return Doc(path, data, [Item(path, m, None) for m in marks_of])


def zip_doc(path: str, members: list[Doc]) -> Doc:
    out = io.BytesIO()
    items = []
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for member in members:
            info = zipfile.ZipInfo(member.path, FIXED)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.flag_bits |= 0x800  # UTF-8 names
            archive.writestr(info, member.data)
            items += [Item(f"{path}!{i.path}", i.mark, i.location) for i in member.items]
    return Doc(path, out.getvalue(), items)


def _rtf_escape(text: str) -> str:
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            code = ord(ch)
            out.append(f"\\u{code if code < 32768 else code - 65536}?")
    return "".join(out)


def rtf_doc(path: str, lines: Lines) -> Doc:
    body = "".join(_rtf_escape(line) + "\\par\n" for line in lines.lines)
    data = ("{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0\\fnil\\fcharset128 MS Mincho;}}\n\\f0\\fs21\n"
            + body + "}\n").encode("ascii")
    return Doc(path, data, lines.items(path, None))


ODT_MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                'opendocument:xmlns:manifest:1.0" manifest:version="1.2">\n <manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/>\n <manifest:file-entry '
                'manifest:full-path="content.xml" manifest:media-type="text/xml"/>\n</manifest:manifest>\n')


def odt_doc(path: str, lines: Lines) -> Doc:
    paragraphs = "".join(f"<text:p>{escape(line)}</text:p>" for line in lines.lines)
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               f'<office:body><office:text>{paragraphs}</office:text></office:body></office:document-content>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data, method in (("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED),
                                   ("content.xml", content, zipfile.ZIP_DEFLATED),
                                   ("META-INF/manifest.xml", ODT_MANIFEST, zipfile.ZIP_DEFLATED)):
            info = zipfile.ZipInfo(name, FIXED)
            info.compress_type = method
            archive.writestr(info, data)
    return Doc(path, out.getvalue(), lines.items(path, None))


def pdf_doc(path: str, pages: list[Lines]) -> Doc:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    out = io.BytesIO()
    sheet = canvas.Canvas(out, pagesize=A4, invariant=1)
    items = []
    for lines in pages:
        sheet.setFont("HeiseiKakuGo-W5", 10)
        y = 800
        for line in lines.lines:
            sheet.drawString(40, y, line)
            y -= 16
        sheet.showPage()
        items += lines.items(path, None)
    sheet.save()
    return Doc(path, out.getvalue(), items)


def fixed_width(fields: list[tuple[str, int]]) -> str:
    """A host record: each field padded to its width in CP932 bytes (a kanji takes two)."""
    out = []
    for text, width in fields:
        pad = width - len(text.encode("cp932"))
        out.append(text + " " * max(0, pad))
    return "".join(out)
