"""Lines and tables written as the files of an office: text, CSV, fixed width,
Excel, Word, PowerPoint, PDF, RTF, HTML, ODT, JSON-like and XML-like text. Each
returns (bytes, [(mark, location)]) with daicho's location of every mark, or None
where a reader's layout decides it (the object alone is then the place)."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
from datetime import datetime

import docx
import openpyxl
import pptx
from pptx.util import Pt
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from benchmarks.corpus12.model import Lines, Table

FIXED_TIME = datetime(2025, 11, 4, 9, 30)
Placed = list


def text_file(lines: Lines, encoding: str = "utf-8", newline: str = "\n", prefix: str = "") -> tuple[bytes, Placed]:
    return lines.text(newline).encode(encoding), lines.placed(prefix)


def csv_file(table: Table, encoding: str = "utf-8", delimiter: str = ",", newline: str = "\r\n") -> tuple[bytes, Placed]:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=newline)
    for row in table.grid():
        writer.writerow([text for text, _ in row])
    return out.getvalue().encode(encoding), table.placed()


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def fixed_file(table: Table, widths: list[int], encoding: str = "cp932") -> tuple[bytes, Placed]:
    """A host export: every field padded to its display width, no separators."""
    lines = Lines()
    for row in table.grid():
        text = "".join(cell + " " * max(1, size - width(cell)) for (cell, _), size in zip(row, widths))
        lines.rows.append((text.rstrip(), [m for _, marks in row for m in marks]))
    return lines.text("\r\n").encode(encoding), lines.placed()


def xlsx_file(sheets: list[tuple[str, Table]]) -> tuple[bytes, Placed]:
    book = openpyxl.Workbook()
    book.remove(book.active)
    placed = []
    for name, table in sheets:
        sheet = book.create_sheet(name)
        for row in table.grid():
            sheet.append([text for text, _ in row])
        if table.above and isinstance(table.above[0], str):
            sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(2, len(table.header or [1, 1])))
        placed += table.placed(f"{name}!")
    book.properties.created = book.properties.modified = FIXED_TIME
    out = io.BytesIO()
    book.save(out)
    return _zip_fixed(out.getvalue()), placed


def _zip_fixed(data: bytes) -> bytes:
    """An OOXML package with every member's timestamp fixed (the same bytes for a seed)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 4, 9, 30, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            data = source.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the time of saving
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2025-11-04T09:30:00Z", data)
            target.writestr(fixed, data)
    return out.getvalue()


def docx_file(blocks: list) -> tuple[bytes, Placed]:
    """Paragraphs (a Lines: one paragraph a line) then tables, in the order given."""
    document = docx.Document()
    placed, paragraph, tables = [], 0, 0
    for block in blocks:
        if isinstance(block, Lines):
            for text, marks in block.rows:
                document.add_paragraph(text)
                paragraph += 1
                placed += [(m, f"p{paragraph}") for m in marks]
            continue
        grid = block.grid()
        tables += 1
        table = document.add_table(rows=len(grid), cols=max(len(r) for r in grid))
        for r, row in enumerate(grid):
            for c, (text, _) in enumerate(row):
                table.cell(r, c).text = text
        placed += block.placed(f"table{tables}!")
    document.core_properties.created = document.core_properties.modified = FIXED_TIME
    out = io.BytesIO()
    document.save(out)
    return _zip_fixed(out.getvalue()), placed


def pptx_file(slides: list[Lines]) -> tuple[bytes, Placed]:
    deck = pptx.Presentation()
    placed = []
    for lines in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[6])
        frame = slide.shapes.add_textbox(Pt(30), Pt(30), Pt(640), Pt(480)).text_frame
        frame.text = lines.text().rstrip("\n")
        placed += lines.placed(lines=False)
    deck.core_properties.created = deck.core_properties.modified = FIXED_TIME
    out = io.BytesIO()
    deck.save(out)
    return _zip_fixed(out.getvalue()), placed


def pdf_file(pages: list[Lines]) -> tuple[bytes, Placed]:
    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    out = io.BytesIO()
    sheet = canvas.Canvas(out, invariant=1)
    placed = []
    for lines in pages:
        sheet.setFont("HeiseiMin-W3", 9)
        for n, (text, _) in enumerate(lines.rows):
            sheet.drawString(40, 800 - 14 * n, text)
        placed += lines.placed(lines=False)
        sheet.showPage()
    sheet.save()
    return out.getvalue(), placed


def rtf_file(lines: Lines) -> tuple[bytes, Placed]:
    def escape(text: str) -> str:
        return "".join(ch if ord(ch) < 128 and ch not in "\\{}" else f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?"
                       for ch in text)
    body = "".join(escape(text) + "\\par\n" for text, _ in lines.rows)
    data = "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 MS Mincho;}}\\f0\\fs21\n" + body + "}"
    return data.encode("ascii"), lines.placed(lines=False)


def html_file(title: str, lines: Lines, tables: list[Table] = ()) -> tuple[bytes, Placed]:
    from html import escape
    body = "".join(f"<p>{escape(text)}</p>\n" for text, _ in lines.rows)
    placed = lines.placed(lines=False)
    for table in tables:
        rows = "".join("<tr>" + "".join(f"<td>{escape(t)}</td>" for t, _ in row) + "</tr>\n" for row in table.grid())
        body += f"<table border=\"1\">\n{rows}</table>\n"
        placed += [(m, None) for m, _ in table.placed()]
    page = f"<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>{escape(title)}</title></head>\n" \
           f"<body>\n{body}</body></html>\n"
    return page.encode("utf-8"), placed


def odt_file(lines: Lines) -> tuple[bytes, Placed]:
    from xml.sax.saxutils import escape
    paragraphs = "".join(f"<text:p>{escape(text)}</text:p>" for text, _ in lines.rows)
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               f"<office:body><office:text>{paragraphs}</office:text></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        stamp = (2025, 11, 4, 9, 30, 0)
        package.writestr(zipfile.ZipInfo("mimetype", stamp), "application/vnd.oasis.opendocument.text")
        for name, text in (("content.xml", content), ("META-INF/manifest.xml", manifest)):
            info = zipfile.ZipInfo(name, stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            package.writestr(info, text)
    return out.getvalue(), lines.placed(lines=False)


def zip_file(members: list[tuple[str, bytes, Placed]]) -> tuple[bytes, list[tuple[str, list]]]:
    """Members (name, bytes, placed) zipped; returns the bytes and each member's marks ('!name', placed)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data, _ in members:
            archive.writestr(zipfile.ZipInfo(name, (2025, 10, 31, 17, 0, 0)), data)
    return out.getvalue(), [(f"!{name}", placed) for name, _, placed in members]
