"""Office files from Lines and Tables: xlsx, docx, pptx, pdf, odt, rtf. Each writer
gives (bytes, [(mark, location or None)])."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime

import docx
import openpyxl
from pptx import Presentation
from pptx.util import Cm, Pt
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from benchmarks.corpus14.model import Lines, Table

Located = list
_STAMP = re.compile(rb"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z?")


def repacked(data: bytes) -> bytes:
    """The same package with fixed member times and fixed document dates: one seed, one set of bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = _STAMP.sub(b"2026-10-01T00:00:00Z", body)
            target.writestr(zipfile.ZipInfo(info.filename, (2026, 10, 1, 0, 0, 0)), body, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def xlsx(tables: list[Table], titles: dict[str, str] | None = None) -> tuple[bytes, Located]:
    """One sheet per table; a title line above the header when `titles` names one (data then starts lower)."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    located = []
    for table in tables:
        sheet = book.create_sheet(table.title)
        offset = 0
        if titles and table.title in titles:
            sheet.append([titles[table.title]])
            sheet.append([])
            offset = 2
        for row in table.grid():
            sheet.append(row)
        located += table.located(f"{table.title}!", offset + (2 if table.header else 1))
    book.properties.created = book.properties.modified = datetime(2026, 10, 1)
    out = io.BytesIO()
    book.save(out)
    return repacked(out.getvalue()), located


def docx_file(lines: Lines, tables: list[Table] = ()) -> tuple[bytes, Located]:
    """Paragraphs (no empty ones: each line is p1, p2 …) then the tables."""
    document = docx.Document()
    for line in lines.lines:
        document.add_paragraph(line)
    located = lines.located("p")
    for k, table in enumerate(tables, 1):
        grid = table.grid()
        word_table = document.add_table(rows=len(grid), cols=len(grid[0]))
        for r, row in enumerate(grid):
            for c, text in enumerate(row):
                word_table.cell(r, c).text = text
        located += table.located(f"table{k}!")
    document.core_properties.created = document.core_properties.modified = datetime(2026, 10, 1)
    out = io.BytesIO()
    document.save(out)
    return repacked(out.getvalue()), located


def pptx_file(slides: list[Lines]) -> tuple[bytes, Located]:
    deck = Presentation()
    located = []
    for lines in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[6])
        box = slide.shapes.add_textbox(Cm(1), Cm(1), Cm(23), Cm(16)).text_frame
        box.text = lines.lines[0]
        for line in lines.lines[1:]:
            box.add_paragraph().text = line
        for paragraph in box.paragraphs:
            for run in paragraph.runs:
                run.font.size = Pt(12)
        located += [(m, None) for m, _ in lines.located()]
    deck.core_properties.created = deck.core_properties.modified = datetime(2026, 10, 1)
    out = io.BytesIO()
    deck.save(out)
    return repacked(out.getvalue()), located


def pdf_file(pages: list[Lines]) -> tuple[bytes, Located]:
    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    out = io.BytesIO()
    sheet = canvas.Canvas(out, pagesize=A4, invariant=1)
    located = []
    for lines in pages:
        sheet.setFont("HeiseiKakuGo-W5", 10)
        y = 800
        for line in lines.lines:
            sheet.drawString(40, y, line)
            y -= 16
        sheet.showPage()
        located += [(m, None) for m, _ in lines.located()]
    sheet.save()
    return out.getvalue(), located


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def odt_file(lines: Lines) -> tuple[bytes, Located]:
    body = "".join(f"<text:p>{_xml(line)}</text:p>" for line in lines.lines)
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               f"<office:body><office:text>{body}</office:text></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        info = zipfile.ZipInfo("mimetype", (2026, 10, 1, 0, 0, 0))
        archive.writestr(info, "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        for name, text in (("content.xml", content), ("META-INF/manifest.xml", manifest)):
            archive.writestr(zipfile.ZipInfo(name, (2026, 10, 1, 0, 0, 0)), text, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue(), lines.located("body:L")


def _rtf_escape(text: str) -> str:
    out = []
    for ch in text:
        if ord(ch) < 128:
            out.append("\\" + ch if ch in "\\{}" else ch)
        else:
            code = ord(ch)
            out.append(f"\\u{code if code < 32768 else code - 65536}?")
    return "".join(out)


def rtf_file(lines: Lines) -> tuple[bytes, Located]:
    body = "".join(f"{_rtf_escape(line)}\\par\n" for line in lines.lines)
    head = "{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0\\fnil\\fcharset128 MS Mincho;}}"
    text = head + "\\uc1\\f0\\fs21\n" + body + "}"
    return text.encode("ascii"), lines.located("L")
