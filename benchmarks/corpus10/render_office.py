"""Office formats: workbooks (sheets with titles above the header and merged
headers), Word documents (paragraphs and tables), slides and ODF text."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from xml.sax.saxutils import escape

from benchmarks.corpus10.model import Doc, Item, joined
from benchmarks.corpus10.render_text import grid_items

FIXED_TIME = datetime(2026, 11, 2, 9, 0, 0)
_STAMP = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def xlsx(path: str, sheets, kind: str) -> Doc:
    """sheets: (title, rows, first row, merged ranges) each; rows above the first are titles."""
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    items = []
    for title, rows, first, merges in sheets:
        sheet = book.create_sheet(title)
        for r, row in enumerate(rows, first):
            for c, cell in enumerate(row, 1):
                text = joined(cell)[0]
                if text:
                    sheet.cell(row=r, column=c, value=text)
        for cells in merges:
            sheet.merge_cells(cells)
        items += grid_items(path, rows, f"{title}!", first)
    book.properties.created = book.properties.modified = FIXED_TIME
    out = io.BytesIO()
    book.save(out)
    return Doc(path, _steady_zip(out.getvalue()), items, kind)


def _steady_zip(data: bytes) -> bytes:
    """The same bytes for the same content: every member's time fixed."""
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = _STAMP.sub(rb"\g<1>2026-11-02T09:00:00Z\g<2>", data)
            target.writestr(zipfile.ZipInfo(info.filename, (2026, 11, 2, 9, 0, 0)), data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def docx(path: str, blocks, kind: str) -> Doc:
    """blocks: ("p", parts) paragraphs and ("t", rows) tables, in order."""
    import docx as word

    document = word.Document()
    document.core_properties.created = document.core_properties.modified = FIXED_TIME
    items, paragraphs, tables = [], 0, 0
    for shape, content in blocks:
        if shape == "p":
            paragraphs += 1
            text, marks = joined(content)
            document.add_paragraph(text)
            items += [Item(path, f"p{paragraphs}", mark) for _, mark in marks]
            continue
        tables += 1
        table = document.add_table(rows=len(content), cols=max(len(r) for r in content))
        for r, row in enumerate(content):
            for c, cell in enumerate(row):
                table.cell(r, c).text = joined(cell)[0]
        items += grid_items(path, content, f"table{tables}!")
    out = io.BytesIO()
    document.save(out)
    return Doc(path, _steady_zip(out.getvalue()), items, kind)


def pptx(path: str, slides, kind: str) -> Doc:
    """slides: (title, lines) each; located anywhere in the deck."""
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    deck.core_properties.created = deck.core_properties.modified = FIXED_TIME
    items = []
    for title, lines in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[5])
        slide.shapes.title.text = title
        frame = slide.shapes.add_textbox(Inches(0.5), Inches(1.5), Inches(9), Inches(5)).text_frame
        for i, line in enumerate(lines):
            text, marks = joined(line)
            (frame.paragraphs[0] if i == 0 else frame.add_paragraph()).text = text
            items += [Item(path, None, mark) for _, mark in marks]
    out = io.BytesIO()
    deck.save(out)
    return Doc(path, _steady_zip(out.getvalue()), items, kind)


_ODT_MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                 'opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
                 'manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry '
                 'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')


def odt(path: str, lines, kind: str) -> Doc:
    """An OpenDocument text, one paragraph a line; located anywhere in it."""
    paragraphs, items = [], []
    for line in lines:
        text, marks = joined(line)
        paragraphs.append(f"<text:p>{escape(text)}</text:p>")
        items += [Item(path, None, mark) for _, mark in marks]
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:'
               'opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'office:version="1.2"><office:body><office:text>' + "".join(paragraphs) +
               "</office:text></office:body></office:document-content>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as book:
        book.writestr(zipfile.ZipInfo("mimetype", (2026, 11, 2, 9, 0, 0)), "application/vnd.oasis.opendocument.text")
        for name, data in (("META-INF/manifest.xml", _ODT_MANIFEST), ("content.xml", content)):
            book.writestr(zipfile.ZipInfo(name, (2026, 11, 2, 9, 0, 0)), data, zipfile.ZIP_DEFLATED)
    return Doc(path, out.getvalue(), items, kind)
