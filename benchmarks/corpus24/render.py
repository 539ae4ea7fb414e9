"""Files as their writers save them: text (UTF-8 or CP932), csv, xlsx with merged headers,
docx, pptx, html, json, a fixed-width host export; each returns a Doc whose items are placed
where daicho's extraction reads them (a line, a cell) or, where it reflows text, in the object."""

from __future__ import annotations

import csv
import io
import json

from docx import Document
from openpyxl import Workbook
from pptx import Presentation
from pptx.util import Inches, Pt

from benchmarks.corpus16.model import Doc, Grid, Item, Lines
from benchmarks.corpus16.render_formats import restamped


def text_doc(path: str, lines: Lines, encoding: str = "utf-8", newline: str = "\n") -> Doc:
    return Doc(path, lines.text().replace("\n", newline).encode(encoding), lines.items(path))


def csv_doc(path: str, grid: Grid, encoding: str = "utf-8", bom: bool = False) -> Doc:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(grid.rows)
    data = buffer.getvalue().encode(encoding)
    return Doc(path, (b"\xef\xbb\xbf" if bom else b"") + data, grid.items(path))


def xlsx_doc(path: str, sheets: list[tuple[str, Grid, str | None]]) -> Doc:
    """Sheets of (name, rows, a title merged across the columns above the header, or None)."""
    book = Workbook()
    book.remove(book.active)
    items: list[Item] = []
    for name, grid, title in sheets:
        sheet = book.create_sheet(name)
        offset = 0
        if title:
            width = max(len(r) for r in grid.rows)
            sheet.cell(1, 1, title)
            sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(2, width))
            offset = 2
        for r, row in enumerate(grid.rows, start=1):
            for c, text in enumerate(row, start=1):
                if text != "":
                    sheet.cell(r + offset, c, text)
        items += grid.items(path, name, offset=offset)
    buffer = io.BytesIO()
    book.save(buffer)
    return Doc(path, _fixed_zip_time(buffer.getvalue()), items)


_EMPTY_CORE = (b'<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties '
               b'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"/>')


def _fixed_zip_time(data: bytes) -> bytes:
    """The same bytes for the same content: every member re-stored with one date, no core dates."""
    return restamped(data, (2026, 11, 2, 9, 0, 0), lambda core: _EMPTY_CORE)


def docx_doc(path: str, paragraphs: Lines, table: Grid | None = None, after: Lines | None = None) -> Doc:
    """Paragraphs, a table, more paragraphs: placed in the object only."""
    document = Document()
    for line in paragraphs.lines:
        document.add_paragraph(line)
    items = paragraphs.items(path, None)
    if table is not None:
        width = max(len(r) for r in table.rows)
        t = document.add_table(rows=len(table.rows), cols=width)
        for r, row in enumerate(table.rows):
            for c, text in enumerate(row):
                t.cell(r, c).text = text
        items += table.items(path, placed=False)
    if after is not None:
        for line in after.lines:
            document.add_paragraph(line)
        items += after.items(path, None)
    buffer = io.BytesIO()
    document.core_properties.author = ""
    document.save(buffer)
    return Doc(path, _fixed_zip_time(buffer.getvalue()), items)


def pptx_doc(path: str, slides: list[Lines]) -> Doc:
    deck = Presentation()
    items: list[Item] = []
    for slide_lines in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[6])
        box = slide.shapes.add_textbox(Inches(0.5), Inches(0.5), Inches(9), Inches(6.5))
        frame = box.text_frame
        frame.word_wrap = True
        for n, line in enumerate(slide_lines.lines):
            para = frame.paragraphs[0] if n == 0 else frame.add_paragraph()
            para.text = line
            para.font.size = Pt(14)
        items += slide_lines.items(path, None)
    buffer = io.BytesIO()
    deck.save(buffer)
    return Doc(path, _fixed_zip_time(buffer.getvalue()), items)


def html_doc(path: str, title: str, intro: Lines, table: Grid | None = None, encoding: str = "utf-8") -> Doc:
    from html import escape

    body = [f"<p>{escape(line)}</p>" for line in intro.lines if line]
    if table is not None:
        rows = ["<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in table.rows]
        body.append("<table border=\"1\">\n" + "\n".join(rows) + "\n</table>")
    page = (f"<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"{encoding}\"><title>{escape(title)}</title>"
            f"</head>\n<body>\n<h1>{escape(title)}</h1>\n" + "\n".join(body) + "\n</body></html>\n")
    items = intro.items(path, None) + (table.items(path, placed=False) if table is not None else [])
    return Doc(path, page.encode(encoding), items)


def json_doc(path: str, records: list[dict], marks_of: list[list]) -> Doc:
    """One record per line in an indented array; each mark placed on its field's line."""
    lines = Lines()
    lines.put("[")
    for n, (record, marks) in enumerate(zip(records, marks_of)):
        lines.put("  {")
        keys = list(record)
        for k, key in enumerate(keys):
            comma = "," if k < len(keys) - 1 else ""
            mark = next((m for m in marks if m.text == record[key]), None)
            text = f"    {json.dumps(key, ensure_ascii=False)}: {json.dumps(record[key], ensure_ascii=False)}{comma}"
            lines.put(*_split(text, mark))
        lines.put("  }" + ("," if n < len(records) - 1 else ""))
    lines.put("]")
    return Doc(path, lines.text().encode("utf-8"), lines.items(path))


def _split(text: str, mark) -> list:
    if mark is None:
        return [text]
    at = text.find(mark.text)
    return [text[:at], mark, text[at + len(mark.text):]]


def fixed_width(path: str, rows: list[list], widths: list[int], encoding: str = "cp932") -> Doc:
    """A host export: every field padded to its width in bytes (CP932), one record a line."""
    lines = Lines()
    for row in rows:
        parts = []
        for cell, width in zip(row, widths):
            text = cell.text if hasattr(cell, "text") else str(cell)
            pad = " " * max(0, width - len(text.encode(encoding)))
            parts += [cell, pad]
        lines.put(*parts)
    return Doc(path, lines.text().replace("\n", "\r\n").encode(encoding), lines.items(path))
