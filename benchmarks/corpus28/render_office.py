"""Office formats of corpus 28: xlsx, docx, pptx, odt and pdf, each written the same way for the
same content (fixed dates in their properties) and giving the places of its marks."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime

import docx
import pptx
from openpyxl import Workbook
from pptx.util import Pt
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from benchmarks.corpus16.model import Doc, Grid, Lines
from benchmarks.corpus28.render_text import esc

FIXED = datetime(2026, 11, 2, 9, 0, 0)
STAMP = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def steady(data: bytes) -> bytes:
    """The same package with fixed member times and property dates (the libraries stamp the clock)."""
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            blob = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = STAMP.sub(rb"\g<1>2026-11-02T09:00:00Z\2", blob)
            archive.writestr(zipfile.ZipInfo(info.filename, (2026, 11, 2, 9, 0, 0)), blob, zipfile.ZIP_DEFLATED)
    return out.getvalue()
pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))


def xlsx_doc(path: str, sheets: list[tuple[str, Grid]], clean: bool = False, widths: dict | None = None) -> Doc:
    book = Workbook()
    book.remove(book.active)
    items = []
    for name, grid in sheets:
        sheet = book.create_sheet(name)
        for row in grid.rows:
            sheet.append(row)
        for col, width in (widths or {}).items():
            sheet.column_dimensions[col].width = width
        items += grid.items(path, name)
    book.properties.created = book.properties.modified = FIXED
    out = io.BytesIO()
    book.save(out)
    return Doc(path, steady(out.getvalue()), items, clean)


def docx_doc(path: str, blocks: list, clean: bool = False) -> Doc:
    """blocks: Lines (a paragraph a line; places not given) or Grid (a table: tableN!B2)."""
    document = docx.Document()
    items, tables = [], 0
    for block in blocks:
        if isinstance(block, Grid):
            tables += 1
            table = document.add_table(rows=len(block.rows), cols=max(len(r) for r in block.rows))
            table.style = "Table Grid"
            for r, row in enumerate(block.rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
            items += block.items(path, f"table{tables}")
        else:
            for line in block.lines:
                document.add_paragraph(line)
            items += block.items(path, None)
    document.core_properties.created = document.core_properties.modified = FIXED
    document.core_properties.author = "office"
    out = io.BytesIO()
    document.save(out)
    return Doc(path, steady(out.getvalue()), items, clean)


def pptx_doc(path: str, slides: list[tuple[str, Lines]], clean: bool = False) -> Doc:
    deck = pptx.Presentation()
    items = []
    for title, body in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[5])
        slide.shapes.title.text = title
        box = slide.shapes.add_textbox(Pt(40), Pt(110), Pt(640), Pt(380)).text_frame
        box.word_wrap = True
        for n, line in enumerate(body.lines):
            paragraph = box.paragraphs[0] if n == 0 else box.add_paragraph()
            paragraph.text = line
            paragraph.font.size = Pt(14)
        items += body.items(path, None)
    deck.core_properties.created = deck.core_properties.modified = FIXED
    out = io.BytesIO()
    deck.save(out)
    return Doc(path, steady(out.getvalue()), items, clean)


ODT_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">'
            '<office:body><office:text>\n')
MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
            '<manifest:file-entry manifest:full-path="/" '
            'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            '</manifest:manifest>\n')


def odt_doc(path: str, blocks: list, clean: bool = False) -> Doc:
    parts, items, tables = [ODT_HEAD], [], 0
    for block in blocks:
        if isinstance(block, Grid):
            tables += 1
            parts.append(f'<table:table table:name="表{tables}">')
            for row in block.rows:
                cells = "".join(f"<table:table-cell><text:p>{esc(c)}</text:p></table:table-cell>" for c in row)
                parts.append(f"<table:table-row>{cells}</table:table-row>")
            parts.append("</table:table>\n")
            items += block.items(path, f"表{tables}")
        else:
            parts += [f"<text:p>{esc(line)}</text:p>\n" for line in block.lines]
            items += block.items(path, None)
    parts.append("</office:text></office:body></office:document-content>\n")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype", (2026, 11, 2, 9, 0, 0)), "application/vnd.oasis.opendocument.text")
        for name, text in (("content.xml", "".join(parts)), ("META-INF/manifest.xml", MANIFEST)):
            archive.writestr(zipfile.ZipInfo(name, (2026, 11, 2, 9, 0, 0)), text, zipfile.ZIP_DEFLATED)
    return Doc(path, out.getvalue(), items, clean)


def pdf_doc(path: str, pages: list[Lines], clean: bool = False, size: int = 10) -> Doc:
    out = io.BytesIO()
    sheet = canvas.Canvas(out, invariant=1)
    items = []
    for page in pages:
        sheet.setFont("HeiseiMin-W3", size)
        y = 800
        for line in page.lines:
            sheet.drawString(40, y, line)
            y -= size + 6
        sheet.showPage()
        items += page.items(path, None)
    sheet.save()
    return Doc(path, out.getvalue(), items, clean)
