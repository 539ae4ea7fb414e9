"""Mail (a message with attachments, a Maildir file, an mbox), archives, RTF, ODT and PDF,
each with its truth: an attachment's or member's values under its own object path."""

from __future__ import annotations

import io
import zipfile
import zlib
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from xml.sax.saxutils import escape

from benchmarks.corpus16.model import Doc, Item, Lines, Mark

JST = timezone(timedelta(hours=9))
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
TYPES = {"pdf": ("application", "pdf"), "docx": tuple(DOCX.split("/")), "csv": ("text", "csv"),
         "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "txt": ("text", "plain")}


def text_of(address) -> str:
    return getattr(address, "text", address)


def header_items(path: str, *addresses) -> list[Item]:
    """A sender or recipient given as a mark (a person's address, or the organisation's) is truth too."""
    return [Item(path, a, None) for a in addresses if isinstance(a, Mark)]


def message(sender: str, to: str, subject: str, body: Lines, when: datetime, attachments=()) -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = text_of(sender), text_of(to), subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<{when:%Y%m%d%H%M%S}.{zlib.crc32(subject.encode()) % 99991}@mail.example.jp>"
    msg.set_content(body.text(), charset="utf-8")
    for doc in attachments:
        name = doc.path.rsplit("/", 1)[-1]
        if name.endswith(".txt"):
            msg.add_attachment(doc.data.decode("utf-8"), filename=name)
        else:
            main, sub = TYPES[name.rsplit(".", 1)[-1]]
            msg.add_attachment(doc.data, maintype=main, subtype=sub, filename=name)
    if attachments:
        msg.set_boundary(f"=_c25_{zlib.crc32(subject.encode() + body.text().encode()):08x}")
    return msg


def eml(path: str, sender: str, to: str, subject: str, body: Lines, when: datetime, attachments=()) -> Doc:
    msg = message(sender, to, subject, body, when, attachments)
    items = body.items(path, None) + header_items(path, sender, to)
    for doc in attachments:
        name = doc.path.rsplit("/", 1)[-1]
        items += [Item(f"{path}!{name}", i.mark, i.location) for i in doc.items]
    return Doc(path, bytes(msg), items)


def mbox(path: str, messages: list[tuple[str, str, str, Lines, datetime]]) -> Doc:
    """Messages one after another; each body's values belong to its message (path!0, path!1 …)."""
    out, items = [], []
    for index, (sender, to, subject, body, when) in enumerate(messages):
        msg = message(sender, to, subject, body, when)
        out.append(f"From {text_of(sender)} {when:%a %b %d %H:%M:%S %Y}\n".encode())
        out.append(bytes(msg).replace(b"\r\n", b"\n").replace(b"\nFrom ", b"\n>From ") + b"\n")
        items += body.items(f"{path}!{index}", None) + header_items(f"{path}!{index}", sender, to)
    return Doc(path, b"".join(out), items)


def zipped(path: str, members: list[Doc]) -> Doc:
    buffer, items = io.BytesIO(), []
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for doc in members:
            info = zipfile.ZipInfo(doc.path, date_time=(2026, 10, 1, 9, 0, 0))
            info.flag_bits |= 0x800
            archive.writestr(info, doc.data, zipfile.ZIP_DEFLATED)
            items += [Item(f"{path}!{doc.path}", i.mark, i.location) for i in doc.items]
    return Doc(path, buffer.getvalue(), items)


def rtf(path: str, lines: Lines) -> Doc:
    def escaped(line: str) -> str:
        return "".join(ch if ord(ch) < 128 and ch not in "\\{}" else
                       (f"\\{ch}" if ch in "\\{}" else f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?")
                       for ch in line)
    body = "".join(escaped(line) + "\\par\n" for line in lines.lines)
    data = ("{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0\\fnil\\fcharset128 MS Mincho;}}\n\\f0\\fs21\n" + body +
            "}\n").encode("ascii")
    return Doc(path, data, lines.items(path, None))


ODT_MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                'opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry '
                'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')


def odt(path: str, lines: Lines) -> Doc:
    paragraphs = "".join(f"<text:p>{escape(line)}</text:p>" for line in lines.lines)
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content xmlns:office="urn:oasis:names:tc:'
               'opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               f'office:version="1.2"><office:body><office:text>{paragraphs}</office:text></office:body>'
               '</office:document-content>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype", (2026, 1, 1, 0, 0, 0)), "application/vnd.oasis.opendocument.text",
                         zipfile.ZIP_STORED)
        for name, text in (("content.xml", content), ("META-INF/manifest.xml", ODT_MANIFEST)):
            archive.writestr(zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0)), text, zipfile.ZIP_DEFLATED)
    return Doc(path, buffer.getvalue(), lines.items(path, None))


def pdf(path: str, lines: Lines, title: str = "") -> Doc:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    page.setTitle(title)
    y = 800
    for line in lines.lines:
        if y < 60:
            page.showPage()
            y = 800
        page.setFont("HeiseiKakuGo-W5", 10)
        page.drawString(50, y, line)
        y -= 16
    page.save()
    return Doc(path, buffer.getvalue(), lines.items(path, None))


def when(rng, year: int = 2026) -> datetime:
    return datetime(year, rng.randrange(1, 12), rng.randrange(1, 28), rng.randrange(8, 20), rng.randrange(60),
                    tzinfo=JST)
