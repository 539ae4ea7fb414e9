"""Corpus 21's file writers: each takes the builders (Lines, Grid) a writer filled and
returns a Doc whose items carry the places daicho's extraction gives them."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from dataclasses import replace
from datetime import datetime, timezone, timedelta
from xml.sax.saxutils import escape

from docx import Document
from openpyxl import Workbook
from pptx import Presentation
from pptx.util import Inches

from benchmarks.corpus16.model import Doc, Grid, Item, Lines
from benchmarks.corpus16.render_formats import (odt_content, odt_manifest, odt_package, pdf_flowing, pinned_core_dates,
                                               restamped, zip_of)

STAMP = datetime(2026, 10, 1, 9, 0, tzinfo=timezone(timedelta(hours=9)))


def stable(data: bytes) -> bytes:
    """An Office package again with fixed member times and document dates (same bytes per seed)."""
    return restamped(data, (2026, 10, 1, 9, 0, 0), pinned_core_dates(b"2026-10-01T09:00:00Z"))


def txt(path: str, lines: Lines, encoding: str = "utf-8", newline: str = "\n") -> Doc:
    data = lines.text().replace("\n", newline).encode(encoding)
    return Doc(path, data, lines.items(path, ""))


def dat(path: str, lines: Lines) -> Doc:
    return txt(path, lines, "cp932", "\r\n")


def csv_doc(path: str, grid: Grid, encoding: str = "utf-8", header: bool = True) -> Doc:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    rows = grid.rows if header else grid.rows[1:]
    writer.writerows(rows)
    data = ("\ufeff" if encoding == "utf-8-sig" else "") + buffer.getvalue()
    items = grid.items(path, offset=0 if header else -1)
    return Doc(path, data.encode("cp932" if encoding == "cp932" else "utf-8"), items)


def _bands(sheet, row: int, bands: list[tuple[str, int]]) -> None:
    """A header row of groups over the column headers: each label merged across its span."""
    column = 1
    for label, span in bands:
        sheet.cell(row, column, label)
        if span > 1:
            sheet.merge_cells(start_row=row, start_column=column, end_row=row, end_column=column + span - 1)
        column += span


def xlsx(path: str, sheets: list[tuple]) -> Doc:
    """sheets: (name, grid, title[, bands]) — a title is a merged row above the grid, bands a
    row of merged group headers above its header row."""
    book = Workbook()
    book.remove(book.active)
    items: list[Item] = []
    for name, grid, title, *bands in sheets:
        sheet = book.create_sheet(name)
        offset = 0
        if title:
            sheet.cell(1, 1, title)
            sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(2, len(grid.rows[0])))
            offset = 2
        if bands:
            _bands(sheet, offset + 1, bands[0])
            offset += 1
        for r, row in enumerate(grid.rows, start=1 + offset):
            for c, text in enumerate(row, start=1):
                if text != "":
                    sheet.cell(r, c, text)
        items += grid.items(path, name, offset=offset)
    buffer = io.BytesIO()
    book.save(buffer)
    return Doc(path, stable(buffer.getvalue()), items)


def docx(path: str, lines: Lines, table: Grid | None = None) -> Doc:
    document = Document()
    for line in lines.lines:
        document.add_paragraph(line)
    items = [Item(path, m, f"p{n}") for n, m in lines.marks]
    if table is not None:
        shape = document.add_table(rows=len(table.rows), cols=len(table.rows[0]))
        for r, row in enumerate(table.rows):
            for c, text in enumerate(row):
                shape.cell(r, c).text = text
        items += table.items(path, "table1")
    buffer = io.BytesIO()
    document.save(buffer)
    return Doc(path, stable(buffer.getvalue()), items)


def pptx(path: str, slides: list[Lines]) -> Doc:
    deck = Presentation()
    items: list[Item] = []
    for k, lines in enumerate(slides, start=1):
        slide = deck.slides.add_slide(deck.slide_layouts[6])
        box = slide.shapes.add_textbox(Inches(0.5), Inches(0.5), Inches(9), Inches(6)).text_frame
        box.text = "\n".join(lines.lines)
        items += lines.items(path, f"slide{k}!TextBox 1:")
    buffer = io.BytesIO()
    deck.save(buffer)
    return Doc(path, stable(buffer.getvalue()), items)


def html(path: str, title: str, lines: Lines, table: Grid | None = None) -> Doc:
    body = "".join(f"<p>{escape(line)}</p>\n" for line in lines.lines if line)
    if table is not None:
        cells = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>\n" for row in table.rows)
        body += f"<table border=\"1\">\n{cells}</table>\n"
    page = (f"<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>{escape(title)}</title></head>"
            f"<body>\n<h1>{escape(title)}</h1>\n{body}</body></html>\n")
    items = lines.items(path, None) + (table.items(path, placed=False) if table else [])
    return Doc(path, page.encode("utf-8"), items)


def json_doc(path: str, records: list[dict], marks) -> Doc:
    data = json.dumps({"exported": "2026-10-01", "records": records}, ensure_ascii=False, indent=2)
    return Doc(path, data.encode("utf-8"), [Item(path, m, None) for m in marks])


def xml_doc(path: str, root: str, rows: list[dict], marks) -> Doc:
    body = "".join("  <row>\n" + "".join(f"    <{k}>{escape(v)}</{k}>\n" for k, v in row.items()) + "  </row>\n"
                   for row in rows)
    data = f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<{root}>\n{body}</{root}>\n"
    return Doc(path, data.encode("utf-8"), [Item(path, m, None) for m in marks])


def rtf(path: str, lines: Lines) -> Doc:
    def enc(line: str) -> str:
        return "".join(ch if ord(ch) < 128 and ch not in "\\{}" else f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?"
                       for ch in line)
    body = "".join(enc(line) + "\\par\n" for line in lines.lines)
    data = "{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0 MS Mincho;}}\n\\f0\\fs21\n" + body + "}\n"
    return Doc(path, data.encode("ascii"), lines.items(path, ""))


def odt(path: str, lines: Lines) -> Doc:
    # no line break after either XML declaration (as corpus 21 first wrote them)
    package = odt_package(odt_content(lines.lines, ""), odt_manifest(""), (2026, 10, 1, 9, 0, 0))
    return Doc(path, package, lines.items(path, "body:"))


_NARROW = {ord("０") + i: ord("0") + i for i in range(10)} | {ord("－"): ord("-")}


def _narrow(lines: Lines) -> Lines:
    """The PDF font's text layer gives full-width digits as ASCII: the PDF writer types them so."""
    out = Lines()
    out.lines = [line.translate(_NARROW) for line in lines.lines]
    out.marks = [(n, replace(m, text=m.text.translate(_NARROW))) for n, m in lines.marks]
    return out


def pdf(path: str, lines: Lines) -> Doc:
    lines = _narrow(lines)
    return Doc(path, pdf_flowing(lines.lines), lines.items(path, None))


def zip_doc(path: str, members: list[Doc]) -> Doc:
    return zip_of(path, members, (2026, 9, 30, 18, 0, 0), compress=zipfile.ZIP_STORED)
