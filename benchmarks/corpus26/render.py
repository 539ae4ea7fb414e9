"""Writers of corpus 26: each takes text or rows a writer has built and gives the file's bytes,
the same bytes for the same input (fixed zip times, fixed document properties)."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from email.message import EmailMessage
from email.policy import SMTP
from xml.sax.saxutils import escape

from docx import Document
from openpyxl import Workbook
from pptx import Presentation
from pptx.util import Inches, Pt
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

STAMP = (2026, 4, 1, 9, 0, 0)
FIXED = "2026-04-01T09:00:00Z"
pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))


def steady_zip(data: bytes) -> bytes:
    """A zip's members again with one time and the office properties' dates fixed."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>" + FIXED.encode(), body)
            target.writestr(zipfile.ZipInfo(info.filename, STAMP), body, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def zipped(members: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, body in members:
            target.writestr(zipfile.ZipInfo(name, STAMP), body, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def text_bytes(text: str, encoding: str = "utf-8", crlf: bool = False) -> bytes:
    return (text.replace("\n", "\r\n") if crlf else text).encode(encoding)


def csv_bytes(rows: list[list[str]], encoding: str = "utf-8", delimiter: str = ",", bom: bool = False) -> bytes:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return (("\ufeff" if bom else "") + buf.getvalue()).encode(encoding)


def xlsx_bytes(sheets: list[tuple[str, list[list[str]]]], widths: int = 16) -> bytes:
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
        for letter in "ABCDEFGHIJKL":
            sheet.column_dimensions[letter].width = widths
    book.properties.creator = "office"
    out = io.BytesIO()
    book.save(out)
    return steady_zip(out.getvalue())


def docx_bytes(blocks: list) -> bytes:
    """blocks: strings (paragraphs; '# ' a heading) and lists of rows (a table)."""
    document = Document()
    for block in blocks:
        if isinstance(block, str) and block.startswith("# "):
            document.add_heading(block[2:], level=1)
        elif isinstance(block, str):
            document.add_paragraph(block)
        else:
            table = document.add_table(rows=len(block), cols=max(len(r) for r in block))
            table.style = "Table Grid"
            for r, row in enumerate(block):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
    out = io.BytesIO()
    document.save(out)
    return steady_zip(out.getvalue())


def pptx_bytes(slides: list[tuple[str, list[str]]]) -> bytes:
    deck = Presentation()
    for title, lines in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[5])
        slide.shapes.title.text = title
        box = slide.shapes.add_textbox(Inches(0.5), Inches(1.5), Inches(9), Inches(5)).text_frame
        box.text = lines[0] if lines else ""
        for line in lines[1:]:
            box.add_paragraph().text = line
        for paragraph in box.paragraphs:
            for run in paragraph.runs:
                run.font.size = Pt(12)
    out = io.BytesIO()
    deck.save(out)
    return steady_zip(out.getvalue())


def html_bytes(title: str, body: str, encoding: str = "utf-8") -> bytes:
    return (f'<!DOCTYPE html>\n<html lang="ja"><head><meta charset="{encoding}"><title>{escape(title)}</title>'
            f'</head>\n<body>\n{body}\n</body></html>\n').encode(encoding)


def html_table(rows: list[list[str]]) -> str:
    head = "".join(f"<th>{escape(c)}</th>" for c in rows[0])
    body = "\n".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows[1:])
    return f"<table border=\"1\">\n<tr>{head}</tr>\n{body}\n</table>"


def mail(sender: str, to: str, subject: str, body: str, date: str, attachments=(), msgid: str = "") -> EmailMessage:
    message = EmailMessage(policy=SMTP)
    message["From"], message["To"], message["Subject"], message["Date"] = sender, to, subject, date
    message["Message-ID"] = msgid or "<c26@mail.example.jp>"
    message.set_content(body, charset="utf-8", cte="base64")
    for name, data, maintype, subtype in attachments:
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    if attachments:
        message.set_boundary("=_c26_" + "".join(ch for ch in message["Message-ID"] if ch.isalnum()))
    return message


def eml_bytes(message: EmailMessage) -> bytes:
    return message.as_bytes()


def mbox_bytes(messages: list[EmailMessage]) -> bytes:
    parts = []
    for message in messages:
        raw = message.as_bytes().replace(b"\r\n", b"\n")
        raw = re.sub(rb"^(>*From )", rb">\1", raw, flags=re.M)
        parts.append(b"From MAILER-DAEMON Wed Apr  1 09:00:00 2026\n" + raw + b"\n")
    return b"".join(parts)


def rtf_bytes(paragraphs: list[str]) -> bytes:
    def enc(text: str) -> str:
        out = []
        for ch in text:
            if ch in "\\{}":
                out.append("\\" + ch)
            elif ord(ch) < 128:
                out.append(ch)
            else:
                code = ord(ch)
                out.append(f"\\u{code - 65536 if code > 32767 else code}?")
        return "".join(out)
    body = "\n".join(f"{{\\pard {enc(p)}\\par}}" for p in paragraphs)
    return ("{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0 MS Mincho;}}\\uc1\n" + body + "\n}\n").encode("ascii")


ODT_MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                'opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry '
                'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')


def odt_bytes(blocks: list) -> bytes:
    """blocks: strings (paragraphs) and lists of rows (a table)."""
    parts, tables = [], 0
    for block in blocks:
        if isinstance(block, str):
            parts.append(f"<text:p>{escape(block)}</text:p>")
        else:
            rows = "".join("<table:table-row>" + "".join(
                f"<table:table-cell><text:p>{escape(c)}</text:p></table:table-cell>" for c in row)
                + "</table:table-row>" for row in block)
            tables += 1
            parts.append(f'<table:table table:name="T{tables}"><table:table-column table:number-columns-'
                         f'repeated="{max(len(r) for r in block)}"/>{rows}</table:table>')
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content xmlns:office="urn:oasis:names:tc:'
               'opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">'
               f'<office:body><office:text>{"".join(parts)}</office:text></office:body></office:document-content>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        target.writestr(zipfile.ZipInfo("mimetype", STAMP), "application/vnd.oasis.opendocument.text",
                        zipfile.ZIP_STORED)
        target.writestr(zipfile.ZipInfo("META-INF/manifest.xml", STAMP), ODT_MANIFEST, zipfile.ZIP_DEFLATED)
        target.writestr(zipfile.ZipInfo("content.xml", STAMP), content, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def pdf_bytes(pages: list[list[str]]) -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4, invariant=1)
    for lines in pages:
        page.setFont("HeiseiMin-W3", 10)
        y = 800
        for line in lines:
            page.drawString(40, y, line)
            y -= 15
        page.showPage()
    page.save()
    return out.getvalue()
