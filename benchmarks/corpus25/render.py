"""Files as this corpus's writers save them: plain text (UTF-8 or CP932), CSV, workbooks with
merged headings, Word, slides, HTML, a fixed-width host export, JSON, XML; each returns the
document with its truth placed (a line, a cell, or the object alone where daicho reflows)."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from datetime import datetime
from xml.sax.saxutils import escape

from docx import Document
from openpyxl import Workbook
from pptx import Presentation
from pptx.util import Inches, Pt

from benchmarks.corpus16.model import Doc, Grid, Item, Lines

UTF8, SJIS = "utf-8", "cp932"
FIXED = datetime(2026, 10, 1, 9, 0, 0)


def stable(data: bytes) -> bytes:
    """An Office file re-packed with fixed member dates: the same bytes for the same seed."""
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2026-10-01T09:00:00Z", data)
            target.writestr(zipfile.ZipInfo(info.filename, (2026, 10, 1, 9, 0, 0)), data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def txt(path: str, lines: Lines, encoding: str = UTF8, newline: str = "\n") -> Doc:
    data = lines.text().replace("\n", newline).encode(encoding)
    return Doc(path, data, lines.items(path))


def csv_doc(path: str, grid: Grid, encoding: str = UTF8) -> Doc:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(grid.rows)
    return Doc(path, buffer.getvalue().encode(encoding), grid.items(path))


def xlsx(path: str, sheets: list[tuple[str, Grid, str | None]]) -> Doc:
    """Sheets of rows; a title merged over the columns above a sheet's header when given."""
    book, items = Workbook(), []
    book.remove(book.active)
    book.properties.created = book.properties.modified = FIXED
    for name, grid, title in sheets:
        sheet = book.create_sheet(name)
        offset = 0
        if title:
            sheet.append([title])
            width = max(len(r) for r in grid.rows)
            if width > 1:
                sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
            offset = 1
        for row in grid.rows:
            sheet.append(row)
        items += grid.items(path, name, offset=offset)
    buffer = io.BytesIO()
    book.save(buffer)
    return Doc(path, stable(buffer.getvalue()), items)


def docx(path: str, lines: Lines, grid: Grid | None = None, title: str | None = None) -> Doc:
    document = Document()
    document.core_properties.created = document.core_properties.modified = FIXED
    if title:
        document.add_heading(title, level=1)
    for line in lines.lines:
        document.add_paragraph(line)
    items = lines.items(path, None)
    if grid is not None:
        table = document.add_table(rows=0, cols=max(len(r) for r in grid.rows))
        for row in grid.rows:
            cells = table.add_row().cells
            for cell, text in zip(cells, row):
                cell.text = text
        items += grid.items(path, placed=False)
    buffer = io.BytesIO()
    document.save(buffer)
    return Doc(path, stable(buffer.getvalue()), items)


def pptx(path: str, slides: list[tuple[str, Lines]]) -> Doc:
    deck, items = Presentation(), []
    deck.core_properties.created = deck.core_properties.modified = FIXED
    for title, lines in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[5])
        slide.shapes.title.text = title
        box = slide.shapes.add_textbox(Inches(0.5), Inches(1.5), Inches(9), Inches(5)).text_frame
        box.text = lines.lines[0] if lines.lines else ""
        for line in lines.lines[1:]:
            box.add_paragraph().text = line
        for paragraph in box.paragraphs:
            for run in paragraph.runs:
                run.font.size = Pt(14)
        items += lines.items(path, None)
    buffer = io.BytesIO()
    deck.save(buffer)
    return Doc(path, stable(buffer.getvalue()), items)


def html(path: str, title: str, lines: Lines, grid: Grid | None = None) -> Doc:
    body = "".join(f"<p>{escape(line)}</p>\n" for line in lines.lines if line)
    items = lines.items(path, None)
    if grid is not None:
        rows = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>\n" for row in grid.rows)
        body += f"<table border=\"1\">\n{rows}</table>\n"
        items += grid.items(path, placed=False)
    page = (f"<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>{escape(title)}</title>"
            f"</head>\n<body>\n<h1>{escape(title)}</h1>\n{body}</body></html>\n")
    return Doc(path, page.encode(UTF8), items)


def fixed_width(path: str, rows: list[list[tuple]], encoding: str = SJIS) -> Doc:
    """A host export: each field (text or mark, width in bytes) padded with spaces; one record a line."""
    lines = Lines()
    for row in rows:
        parts = []
        for part, width in row:
            text = part.text if hasattr(part, "text") else str(part)
            pad = width - len(text.encode(encoding))
            parts += [part, " " * max(pad, 0)]
        lines.put(*parts)
    return Doc(path, lines.text().replace("\n", "\r\n").encode(encoding), lines.items(path))


def json_doc(path: str, records: list[dict], marks: list, key: str = "records") -> Doc:
    """records hold plain strings; marks are the truth written into them (the object's place)."""
    data = json.dumps({key: records}, ensure_ascii=False, indent=2).encode(UTF8)
    return Doc(path, data, [Item(path, m, None) for m in marks])


def xml_doc(path: str, root: str, records: list[tuple[str, list[tuple[str, str]]]], marks: list) -> Doc:
    out = [f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<{root}>"]
    for tag, fields in records:
        out.append(f"  <{tag}>" + "".join(f"<{k}>{escape(v)}</{k}>" for k, v in fields) + f"</{tag}>")
    out.append(f"</{root}>\n")
    return Doc(path, "\n".join(out).encode(UTF8), [Item(path, m, None) for m in marks])
