"""Mail and packed files: an e-mail with attachments (and its Maildir and mbox homes), a zip,
rtf, odt, pdf and xml; items of an attachment or member are placed under its object path."""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from xml.sax.saxutils import escape

from benchmarks.corpus16.model import Doc, Item, Lines

JST = timezone(timedelta(hours=9))


def message(sender: str, to: str, subject: str, body: Lines, when: int, attachments=(), charset="utf-8"):
    """An EmailMessage; attachments: Docs (named by their path's last part)."""
    msg = EmailMessage(policy=SMTP)
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg["Date"] = format_datetime(datetime(2026, 10, 1, 9, 0, tzinfo=JST) + timedelta(hours=when))
    msg["Message-ID"] = f"<{when}.{sum(map(ord, subject)) % 100000}@mail.example.jp>"
    msg.set_content(body.text(), charset=charset, cte="base64" if charset == "utf-8" else "8bit")
    for doc in attachments:
        name = doc.path.rsplit("/", 1)[-1]
        maintype, subtype = ("text", "csv") if name.endswith(".csv") else ("application", "octet-stream")
        msg.add_attachment(doc.data, maintype=maintype, subtype=subtype, filename=name)
    if msg.is_multipart():
        msg.set_boundary(f"=_part_{when}_{len(attachments)}_24")
    return msg


def attached(path: str, body: Lines, attachments) -> list[Item]:
    items = body.items(path, "body:")
    for doc in attachments:
        name = doc.path.rsplit("/", 1)[-1]
        items += [Item(f"{path}!{name}" + i.path[len(doc.path):], i.mark, i.location) for i in doc.items]
    return items


def eml_doc(path: str, sender: str, to: str, subject: str, body: Lines, when: int, attachments=(), header=()) -> Doc:
    """header: the marks of the From and To lines (a person's name and address), placed in the message."""
    msg = message(sender, to, subject, body, when, attachments)
    return Doc(path, msg.as_bytes(), attached(path, body, attachments) + [Item(path, mk, None) for mk in header])


def mbox_doc(path: str, mails: list[tuple]) -> Doc:
    """Messages (sender, to, subject, body, when, header marks) one after another, each from a
    `From ` line; message n is object `path!n`."""
    out, items = [], []
    for n, (sender, to, subject, body, when, header) in enumerate(mails):
        msg = message(sender, to, subject, body, when)
        raw = msg.as_bytes().replace(b"\r\n", b"\n")
        out.append(b"From " + sender.split("<")[-1].strip(">").encode() + b" Thu Oct  1 09:00:00 2026\n" + raw)
        items += [Item(f"{path}!{n}", i.mark, i.location) for i in body.items(path, "body:")]
        items += [Item(f"{path}!{n}", mk, None) for mk in header]
    return Doc(path, b"\n".join(out), items)


def zip_doc(path: str, members: list[Doc]) -> Doc:
    buffer = io.BytesIO()
    items = []
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for doc in members:
            info = zipfile.ZipInfo(doc.path, (2026, 10, 20, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, doc.data)
            items += [Item(f"{path}!{i.path}", i.mark, i.location) for i in doc.items]
    return Doc(path, buffer.getvalue(), items)


def rtf_doc(path: str, lines: Lines) -> Doc:
    def encode(line: str) -> str:
        out = []
        for ch in line:
            if ch in "\\{}":
                out.append("\\" + ch)
            elif ord(ch) < 128:
                out.append(ch)
            else:
                code = ord(ch)
                out.append(f"\\u{code if code < 32768 else code - 65536}?")
        return "".join(out)

    body = "".join(encode(line) + "\\par\n" for line in lines.lines)
    text = "{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0 MS Mincho;}}\\uc1\\f0\\fs21\n" + body + "}\n"
    return Doc(path, text.encode("ascii"), lines.items(path, None))


ODT_MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                'opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry '
                'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')


def odt_doc(path: str, lines: Lines) -> Doc:
    paragraphs = "".join(f"<text:p>{escape(line)}</text:p>" for line in lines.lines)
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content xmlns:office="urn:oasis:names:tc:'
               'opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               f'office:version="1.2"><office:body><office:text>{paragraphs}</office:text></office:body>'
               '</office:document-content>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data, method in (("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED),
                                   ("META-INF/manifest.xml", ODT_MANIFEST, zipfile.ZIP_DEFLATED),
                                   ("content.xml", content, zipfile.ZIP_DEFLATED)):
            info = zipfile.ZipInfo(name, (2026, 10, 20, 10, 0, 0))
            info.compress_type = method
            archive.writestr(info, data)
    return Doc(path, buffer.getvalue(), lines.items(path, None))


def pdf_doc(path: str, pages: list[Lines]) -> Doc:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    items = []
    for page in pages:
        sheet.setFont("HeiseiKakuGo-W5", 10)
        y = 800
        for line in page.lines:
            sheet.drawString(40, y, line)
            y -= 16
        sheet.showPage()
        items += page.items(path, None)
    sheet.save()
    return Doc(path, buffer.getvalue(), items)


def xml_doc(path: str, root: str, records: list[list[tuple[str, object]]]) -> Doc:
    """<root><record><field>value</field>…</record>…</root>, one field a line."""
    lines = Lines()
    lines.put('<?xml version="1.0" encoding="UTF-8"?>', f"<{root}>")
    for fields in records:
        lines.put("  <record>")
        for tag, cell in fields:
            text = cell.text if hasattr(cell, "text") else str(cell)
            if hasattr(cell, "text") and escape(text) == text:
                lines.put(f"    <{tag}>", cell, f"</{tag}>")
            else:
                lines.put(f"    <{tag}>{escape(text)}</{tag}>")
        lines.put("  </record>")
    lines.put(f"</{root}>")
    return Doc(path, lines.text().encode("utf-8"), lines.items(path, None))
