"""Bytes of each file format corpus 19 writes: texts, tables, office files, mails,
archives, a host export. Every writer here only lays text out; the marks are kept
by the model's Lines and Grid, which the kinds turn into truth items."""

from __future__ import annotations

import io
import re
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from xml.sax.saxutils import escape

from openpyxl import Workbook

from benchmarks.corpus16.render_formats import odt_content, odt_manifest, odt_package, restamped, rtf_escaped, zipped_members

FIXED_TIME = (2026, 11, 20, 9, 0, 0)
JST = timezone(timedelta(hours=9))


def text_bytes(text: str, encoding: str = "utf-8", crlf: bool = False) -> bytes:
    if crlf:
        text = text.replace("\n", "\r\n")
    return text.encode(encoding)


def csv_bytes(rows: list[list[str]], encoding: str = "utf-8", quote: bool = False) -> bytes:
    def cell(text: str) -> str:
        if quote or "," in text or '"' in text:
            return '"' + text.replace('"', '""') + '"'
        return text
    return text_bytes("".join(",".join(cell(c) for c in row) + "\n" for row in rows), encoding, crlf=True)


def xlsx_bytes(sheets: list[tuple[str, list[list[str]], str | None]]) -> bytes:
    """sheets: (name, rows, title); a title goes in row 1 merged over the columns and
    the rows start at row 2."""
    book = Workbook()
    book.remove(book.active)
    for name, rows, title in sheets:
        sheet = book.create_sheet(name)
        width = max((len(r) for r in rows), default=1)
        if title is not None:
            sheet.cell(row=1, column=1, value=title)
            if width > 1:
                sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
        first = 2 if title is not None else 1
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                if text != "":
                    sheet.cell(row=first + r, column=c + 1, value=text)
    buffer = io.BytesIO()
    book.properties.created = datetime(*FIXED_TIME)
    book.properties.modified = datetime(*FIXED_TIME)
    book.save(buffer)
    return _fixed_zip(buffer.getvalue())


_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*")


def _fixed_zip(data: bytes) -> bytes:
    """The same archive with fixed member times (the same bytes for one seed)."""
    # openpyxl stamps the time of saving
    return restamped(data, FIXED_TIME[:6], lambda core: _MODIFIED.sub(rb"\g<1>2026-11-20T09:00:00Z", core))


def docx_bytes(paragraphs: list[str], tables: list[list[list[str]]] = ()) -> bytes:
    from docx import Document
    document = Document()
    document.core_properties.created = datetime(*FIXED_TIME)
    document.core_properties.modified = datetime(*FIXED_TIME)
    for text in paragraphs:
        document.add_paragraph(text)
    for rows in tables:
        table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip(buffer.getvalue())


def pptx_bytes(slides: list[list[str]]) -> bytes:
    from pptx import Presentation
    from pptx.util import Inches
    deck = Presentation()
    deck.core_properties.created = datetime(*FIXED_TIME)
    deck.core_properties.modified = datetime(*FIXED_TIME)
    for lines in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[6])
        box = slide.shapes.add_textbox(Inches(0.5), Inches(0.5), Inches(9), Inches(6)).text_frame
        box.text = lines[0]
        for line in lines[1:]:
            box.add_paragraph().text = line
    buffer = io.BytesIO()
    deck.save(buffer)
    return _fixed_zip(buffer.getvalue())


def html_bytes(title: str, lines: list[str], rows: list[list[str]] = ()) -> bytes:
    body = "".join(f"<p>{escape(line)}</p>\n" for line in lines)
    if rows:
        body += "<table>\n" + "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>\n"
                                      for row in rows) + "</table>\n"
    page = (f'<!DOCTYPE html>\n<html lang="ja"><head><meta charset="utf-8"><title>{escape(title)}</title></head>\n'
            f"<body>\n<h1>{escape(title)}</h1>\n{body}</body></html>\n")
    return page.encode("utf-8")


def mail_bytes(sender: str, to: str, subject: str, body: str, attachments=(), day: int = 0) -> bytes:
    """An e-mail (UTF-8 text body); attachments: (file name, bytes)."""
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, to, subject
    message["Date"] = format_datetime(datetime(2026, 11, 2, 9, 30, tzinfo=JST) + timedelta(days=day, minutes=7 * day))
    message["Message-ID"] = f"<c19.{day}.{abs(hash_text(subject + sender)) % 10**8}@mail.example.jp>"
    message.set_content(body, charset="utf-8", cte="base64")
    for name, data in attachments:
        main, sub = _mime(name)
        message.add_attachment(data, maintype=main, subtype=sub, filename=name)
    if attachments:
        message.set_boundary(f"==c19-{day}-{hash_text(subject) % 10 ** 6:06d}==")
    return bytes(message)


def hash_text(text: str) -> int:
    """A stable hash (Python's hash() differs between processes)."""
    value = 7
    for ch in text:
        value = (value * 131 + ord(ch)) % (2**61 - 1)
    return value


def _mime(name: str) -> tuple[str, str]:
    suffix = name.rsplit(".", 1)[-1].lower()
    return {"csv": ("text", "csv"), "txt": ("text", "plain"), "pdf": ("application", "pdf"),
            "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")}.get(
        suffix, ("application", "octet-stream"))


def mbox_bytes(messages: list[bytes]) -> bytes:
    out = b""
    for n, message in enumerate(messages):
        body = message.replace(b"\r\n", b"\n").replace(b"\nFrom ", b"\n>From ")
        out += f"From sender{n}@mail.example.jp Mon Nov  2 09:30:00 2026\n".encode() + body.rstrip(b"\n") + b"\n\n"
    return out


def zip_bytes(members: list[tuple[str, bytes]]) -> bytes:
    return zipped_members(members, FIXED_TIME[:6], utf8_names=True)


def rtf_bytes(lines: list[str]) -> bytes:
    body = "".join(rtf_escaped(line) + "\\par\n" for line in lines)
    return ("{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0\\fnil\\fcharset128 MS Mincho;}}\n\\f0\\fs21\n" + body +
            "}\n").encode("ascii")


def odt_bytes(lines: list[str]) -> bytes:
    return odt_package(odt_content(lines), odt_manifest(), FIXED_TIME[:6])


def pdf_bytes(lines: list[str]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    y = 800
    for line in lines:
        if y < 60:
            page.showPage()
            y = 800
        page.setFont("HeiseiKakuGo-W5", 10)
        page.drawString(40, y, line)
        y -= 16
    page.save()
    return buffer.getvalue()


def fixed_width(fields: list[tuple[str, int]]) -> str:
    """One host record: each field padded to its width in CP932 bytes (full-width
    letters count two)."""
    out = []
    for text, width in fields:
        size = len(text.encode("cp932"))
        out.append(text + " " * max(0, width - size))
    return "".join(out)
