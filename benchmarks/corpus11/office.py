"""Office files (xlsx, docx, pptx) with the truth at its place, written byte for byte
the same for a seed (zip members dated 1980, fixed document properties)."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

import docx
import pptx
import xlsxwriter

from benchmarks.corpus11.model import Item, Lines, Table, marks_of, table_items, text_of

WRITTEN = datetime(2026, 4, 1, 9, 0, 0)


def fixed_zip(data: bytes) -> bytes:
    """The same archive with every member dated 1980-01-01 (the writers stamp the hour)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(zipfile.ZipInfo(info.filename, (1980, 1, 1, 0, 0, 0)), source.read(info.filename),
                            zipfile.ZIP_DEFLATED)
    return out.getvalue()


def xlsx(path: str, sheets: list[tuple[str, Table]], located: bool = True) -> tuple[bytes, list[Item]]:
    """A workbook: each sheet its title lines, header and rows; located `名簿!C5`."""
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True})
    book.set_properties({"created": WRITTEN, "author": ""})
    items = []
    for name, table in sheets:
        sheet = book.add_worksheet(name)
        row = 0
        for line in table.title:  # a tab puts the next words in the next cell (a group header)
            for c, words in enumerate(line.split("\t")):
                if words:
                    sheet.write_string(row, c, words)
            row += 1
        if table.header:
            for c, head in enumerate(table.header):
                sheet.write_string(row, c, head)
            row += 1
        for cells in table.rows:
            for c, cell in enumerate(cells):
                if text_of(cell):
                    sheet.write_string(row, c, text_of(cell))
            row += 1
        items += table_items(path, table, f"{name}!", located, titled=True)
    book.close()
    return fixed_zip(out.getvalue()), items


def docx_file(path: str, blocks: list) -> tuple[bytes, list[Item]]:
    """Paragraphs (Lines: one paragraph a line, `p7`) and tables (`table2!B3`)."""
    document = docx.Document()
    items, paragraph, tables = [], 0, 0
    for block in blocks:
        if isinstance(block, Lines):
            for line in block.lines:
                document.add_paragraph(text_of(line))
                paragraph += 1
                items += [Item(path, f"p{paragraph}", m) for m in marks_of(line)]
            continue
        tables += 1
        _docx_table(document, block)
        items += table_items(path, block, f"table{tables}!")
    out = io.BytesIO()
    document.core_properties.created = WRITTEN
    document.core_properties.modified = WRITTEN
    document.save(out)
    return fixed_zip(out.getvalue()), items


def _docx_table(document, table: Table) -> None:
    rows = ([table.header] if table.header else []) + table.rows
    grid = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    grid.style = "Table Grid"
    for r, cells in enumerate(rows):
        for c, cell in enumerate(cells):
            grid.cell(r, c).text = text_of(cell)


def pptx_file(path: str, slides: list[tuple[str, Lines]]) -> tuple[bytes, list[Item]]:
    """Slides of a title and a body; the truth unlocated (a shape's lines)."""
    deck = pptx.Presentation()
    items = []
    for title, body in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = title
        slide.placeholders[1].text = body.text().rstrip("\n")
        items += body.items(path, None)
    deck.core_properties.created = WRITTEN
    deck.core_properties.modified = WRITTEN
    deck.core_properties.last_modified_by = ""
    out = io.BytesIO()
    deck.save(out)
    return fixed_zip(out.getvalue()), items
