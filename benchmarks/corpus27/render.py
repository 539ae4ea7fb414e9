"""Files from lines and grids: each writer returns the bytes of one file and the truth items
of its marks, at the places daicho's extraction gives (line, cell), or none where a format
has no place of its own (a page, a slide, a paragraph)."""

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

from benchmarks.corpus16.model import Doc, Grid, Item, Lines, joined

STAMP = (2026, 11, 20, 9, 0, 0)


def txt(path: str, lines: Lines, enc: str = "utf-8") -> Doc:
    return Doc(path, lines.text().encode(enc), lines.items(path))


def csv_doc(path: str, grid: Grid, enc: str = "utf-8", crlf: bool = True) -> Doc:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n" if crlf else "\n").writerows(grid.rows)
    return Doc(path, buf.getvalue().encode(enc), grid.items(path))


def xlsx(path: str, sheets: list[tuple[str, Grid]], widths: int = 16) -> Doc:
    book = Workbook()
    book.remove(book.active)
    book.properties.created = book.properties.modified = datetime(2026, 11, 20, 9, 0)
    items = []
    for name, grid in sheets:
        sheet = book.create_sheet(name)
        for row in grid.rows:
            sheet.append(row)
        for letter in "ABCDEFGHIJ":
            sheet.column_dimensions[letter].width = widths
        items += grid.items(path, name)
    buf = io.BytesIO()
    book.save(buf)
    return Doc(path, _fixed_zip(buf.getvalue()), items)


def _fixed_zip(data: bytes) -> bytes:
    """The same archive with fixed member times (the same bytes for a seed)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, STAMP)
            fixed.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            data = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2026-11-20T09:00:00Z", data)
            target.writestr(fixed, data)
    return out.getvalue()


def docx(path: str, blocks: list) -> Doc:
    """blocks: a Lines (its lines as paragraphs) or a Grid (a table)."""
    document = Document()
    document.core_properties.created = document.core_properties.modified = datetime(2026, 11, 20, 9, 0)
    items = []
    for block in blocks:
        if isinstance(block, Grid):
            table = document.add_table(rows=len(block.rows), cols=max(len(r) for r in block.rows))
            table.style = "Table Grid"
            for r, row in enumerate(block.rows):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
            items += block.items(path, placed=False)
        else:
            for line in block.lines:
                document.add_paragraph(line)
            items += block.items(path, None)
    buf = io.BytesIO()
    document.save(buf)
    return Doc(path, _fixed_zip(buf.getvalue()), items)


def pptx(path: str, slides: list[tuple[str, Lines]]) -> Doc:
    deck = Presentation()
    deck.core_properties.created = deck.core_properties.modified = datetime(2026, 11, 20, 9, 0)
    items = []
    for title, body in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[5])
        slide.shapes.title.text = title
        box = slide.shapes.add_textbox(Inches(0.5), Inches(1.5), Inches(9), Inches(5)).text_frame
        box.word_wrap = True
        for n, line in enumerate(body.lines):
            para = box.paragraphs[0] if n == 0 else box.add_paragraph()
            para.text = line
            para.font.size = Pt(14)
        items += body.items(path, None)
    buf = io.BytesIO()
    deck.save(buf)
    return Doc(path, _fixed_zip(buf.getvalue()), items)


def html(path: str, title: str, lines: Lines, table: Grid | None = None) -> Doc:
    body = "".join(f"<p>{escape(line)}</p>\n" for line in lines.lines)
    if table is not None:
        rows = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>\n" for row in table.rows)
        body += f"<table border=\"1\">\n{rows}</table>\n"
    page = (f"<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>{escape(title)}</title></head>\n"
            f"<body>\n<h1>{escape(title)}</h1>\n{body}</body></html>\n")
    items = lines.items(path, None) + (table.items(path, placed=False) if table is not None else [])
    return Doc(path, page.encode("utf-8"), items)


def json_doc(path: str, data, marks: list) -> Doc:
    return Doc(path, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"),
               [Item(path, m, None) for m in marks])


def xml_doc(path: str, root: str, records: list[tuple[str, list[tuple[str, object]]]]) -> Doc:
    """records: (element, [(field, parts)]); every field an element of its record."""
    out, items = [f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<{root}>"], []
    for element, fields in records:
        out.append(f"  <{element}>")
        for name, parts in fields:
            text, marks = joined(parts)
            out.append(f"    <{name}>{escape(text)}</{name}>")
            items += [Item(path, m, None) for m in marks]
        out.append(f"  </{element}>")
    out.append(f"</{root}>\n")
    return Doc(path, "\n".join(out).encode("utf-8"), items)


def zip_doc(path: str, members: list[Doc]) -> Doc:
    buf = io.BytesIO()
    items = []
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        for member in members:
            info = zipfile.ZipInfo(member.path, STAMP)
            info.flag_bits |= 0x800
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, member.data)
            items += [Item(f"{path}!{i.path}", i.mark, i.location) for i in member.items]
    return Doc(path, buf.getvalue(), items)
