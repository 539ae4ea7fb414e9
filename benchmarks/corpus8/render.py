"""Bytes of each format from lines of parts or tables of cells, with the place of
every mark in daicho's locations where a format has them (a line `L7`, a body line
`body:L3`, a Word paragraph `p4` or table cell `table1!B3`, a sheet cell `名簿!C5`,
a CSV cell `C5`); other formats give None (the object is the place)."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field, replace
from xml.sax.saxutils import escape

from openpyxl.utils import get_column_letter

from benchmarks.corpus8.model import Mark, joined, marks_of

Placed = list  # of (Mark, location | None)


@dataclass
class Table:
    header: list[str] | None
    rows: list[list]  # cells: str, Mark or a list of parts
    title: str | None = None  # a merged title row above the header (sheets)
    sheet: str = "Sheet1"
    notes: list = field(default_factory=list)  # lines under the table
    groups: list = field(default_factory=list)  # (label, columns) merged over the header (sheets)


_CREATED = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def steady(data: bytes) -> bytes:
    """An Office file with the same bytes for the same content: its parts re-zipped
    with one fixed time and its core properties dated 2026-11-20 (the libraries stamp
    the clock)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            part = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                part = _CREATED.sub(rb"\g<1>2026-11-20T09:00:00Z\g<2>", part)
            target.writestr(zipfile.ZipInfo(info.filename, (2026, 11, 20, 9, 0, 0)), part, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def column(index: int) -> str:
    """The letter of a 0-based column (0 -> A)."""
    return get_column_letter(index + 1)


def text_lines(lines: list, prefix: str = "L", encoding: str = "utf-8", newline: str = "\n") -> tuple[bytes, Placed]:
    placed = [(m, f"{prefix}{n}") for n, line in enumerate(lines, 1) for m in marks_of(line)]
    return (newline.join(joined(line) for line in lines) + newline).encode(encoding), placed


def csv_table(table: Table, encoding: str = "utf-8", delimiter: str = ",", bom: bool = False) -> tuple[bytes, Placed]:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    first = 1
    if table.header:
        writer.writerow(table.header)
        first = 2
    placed = []
    for r, row in enumerate(table.rows):
        writer.writerow([joined(cell) for cell in row])
        placed += [(m, f"{column(c)}{r + first}") for c, cell in enumerate(row) for m in marks_of(cell)]
    data = out.getvalue().encode(encoding)
    return (b"\xef\xbb\xbf" + data if bom else data), placed


def xlsx(tables: list[Table]) -> tuple[bytes, Placed]:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    book = Workbook()
    book.remove(book.active)
    placed = []
    for table in tables:
        sheet = book.create_sheet(table.sheet)
        row_no = 1
        if table.title:
            sheet.cell(1, 1, table.title)
            sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(2, len(table.header or [1, 2])))
            sheet.cell(1, 1).alignment = Alignment(horizontal="center")
            row_no = 2
        if table.groups:
            start = 1
            for label, span in table.groups:
                sheet.cell(row_no, start, label)
                if span > 1:
                    sheet.merge_cells(start_row=row_no, start_column=start, end_row=row_no, end_column=start + span - 1)
                start += span
            row_no += 1
        if table.header:
            for c, head in enumerate(table.header, 1):
                sheet.cell(row_no, c, head)
            row_no += 1
        for row in table.rows:
            for c, cell in enumerate(row):
                if joined(cell) != "":
                    sheet.cell(row_no, c + 1, joined(cell))
                placed += [(m, f"{table.sheet}!{column(c)}{row_no}") for m in marks_of(cell)]
            row_no += 1
        for note in table.notes:
            row_no += 1
            sheet.cell(row_no, 1, joined(note))
            placed += [(m, f"{table.sheet}!A{row_no}") for m in marks_of(note)]
    out = io.BytesIO()
    book.save(out)
    return steady(out.getvalue()), placed


def docx(lines: list, tables: list[Table] = ()) -> tuple[bytes, Placed]:
    """Paragraphs first, then tables (each with its header row)."""
    import docx as word

    document = word.Document()
    placed = []
    for n, line in enumerate(lines, 1):
        document.add_paragraph(joined(line))
        placed += [(m, f"p{n}") for m in marks_of(line)]
    for k, table in enumerate(tables, 1):
        rows = ([table.header] if table.header else []) + table.rows
        grid = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                grid.cell(r, c).text = joined(cell)
                placed += [(m, f"table{k}!{column(c)}{r + 1}") for m in marks_of(cell)]
    out = io.BytesIO()
    document.save(out)
    return steady(out.getvalue()), placed


def table_lines(table: Table, separator: str = "　") -> list:
    """A table flattened into lines (a PDF, a slide, a letter): header, then rows."""
    lines = [table.title] if table.title else []
    if table.header:
        lines.append(separator.join(table.header))
    for row in table.rows:
        parts = []
        for c, cell in enumerate(row):
            if c:
                parts.append(separator)
            parts += [cell] if isinstance(cell, (str, Mark)) else list(cell)
        lines.append(parts)
    return lines + list(table.notes)


def _unplaced(lines: list) -> Placed:
    return [(m, None) for line in lines for m in marks_of(line)]


def _as_drawn(lines: list) -> list:
    """The CID font draws a full-width hyphen as a minus sign (U+2212): the truth says
    what the page holds."""
    def drawn(part):
        if isinstance(part, Mark):
            return replace(part, text=part.text.replace("－", "−"))
        return part.replace("－", "−") if isinstance(part, str) else part
    return [drawn(line) if isinstance(line, (str, Mark)) else [drawn(p) for p in line] for line in lines]


def pdf(lines: list, landscape: bool = False) -> tuple[bytes, Placed]:
    from reportlab.lib.pagesizes import A4, landscape as turned
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    size = turned(A4) if landscape else A4
    lines = _as_drawn(lines)
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=size, invariant=1)
    y = size[1] - 40
    for line in lines:
        if y < 40:
            page.showPage()
            y = size[1] - 40
        page.setFont("HeiseiKakuGo-W5", 8 if landscape else 9)
        page.drawString(30, y, joined(line))
        y -= 14
    page.save()
    return out.getvalue(), _unplaced(lines)


def pptx(slides: list[list]) -> tuple[bytes, Placed]:
    from pptx import Presentation
    from pptx.util import Inches, Pt

    deck = Presentation()
    placed = []
    for lines in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[6])
        frame = slide.shapes.add_textbox(Inches(0.4), Inches(0.3), Inches(9.2), Inches(6.8)).text_frame
        frame.word_wrap = True
        for n, line in enumerate(lines):
            paragraph = frame.paragraphs[0] if n == 0 else frame.add_paragraph()
            paragraph.text = joined(line)
            paragraph.font.size = Pt(12)
        placed += _unplaced(lines)
    out = io.BytesIO()
    deck.save(out)
    return steady(out.getvalue()), placed


def odt(lines: list) -> tuple[bytes, Placed]:
    body = "".join(f"<text:p>{escape(joined(line)).replace(chr(9), '<text:tab/>')}</text:p>" for line in lines)
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               f"<office:body><office:text>{body}</office:text></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype", (2026, 1, 1, 0, 0, 0)), "application/vnd.oasis.opendocument.text",
                         compress_type=zipfile.ZIP_STORED)
        for name, text in (("META-INF/manifest.xml", manifest), ("content.xml", content)):
            archive.writestr(zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0)), text, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue(), _unplaced(lines)


def _rtf_char(ch: str) -> str:
    """ASCII as itself (RTF's own braces and backslash escaped), the rest as \\uN with
    a `?` for readers without Unicode (N signed 16-bit, as RTF wants)."""
    if ch in "\\{}":
        return "\\" + ch
    code = ord(ch)
    return ch if code < 128 else f"\\u{code if code < 32768 else code - 65536}?"


def rtf(lines: list) -> tuple[bytes, Placed]:
    body = "\\par\n".join("".join(map(_rtf_char, joined(line))) for line in lines)
    text = "{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0\\fnil\\fcharset128 MS Mincho;}}\\uc1\\f0\\fs21\n" + body + "\\par\n}"
    return text.encode("ascii"), _unplaced(lines)


def html(lines: list, tables: list[Table] = (), title: str = "") -> tuple[bytes, Placed]:
    parts = [f"<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>{escape(title)}</title></head><body>"]
    parts += [f"<p>{escape(joined(line))}</p>" for line in lines]
    placed = _unplaced(lines)
    for table in tables:
        parts.append("<table border=\"1\">")
        if table.header:
            parts.append("<tr>" + "".join(f"<th>{escape(h)}</th>" for h in table.header) + "</tr>")
        for row in table.rows:
            parts.append("<tr>" + "".join(f"<td>{escape(joined(c))}</td>" for c in row) + "</tr>")
            placed += [(m, None) for c in row for m in marks_of(c)]
        parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts).encode("utf-8"), placed


def _half_kana() -> dict[str, str]:
    table = {}
    for code in range(0xFF66, 0xFF9E):
        half = chr(code)
        full = unicodedata.normalize("NFKC", half)
        table[full] = half
        for mark in ("ﾞ", "ﾟ"):
            voiced = unicodedata.normalize("NFKC", half + mark)
            if len(voiced) == 1:
                table[voiced] = half + mark
    table["ー"] = "ｰ"
    table["　"] = " "
    return table


HALF = _half_kana()


def half_width(text: str) -> str:
    return "".join(HALF.get(ch, ch) for ch in text)


def fixed_width(rows: list[list], widths: list[int], encoding: str = "cp932") -> tuple[bytes, Placed]:
    """A host export: each field padded to its width in bytes of the encoding, no header."""
    lines, placed = [], []
    for row in rows:
        cells = []
        for cell, width in zip(row, widths):
            text = joined(cell)
            cells.append(text + " " * max(1, width - len(text.encode(encoding))))
            placed += [(m, None) for m in marks_of(cell)]
        lines.append("".join(cells).rstrip())
    return ("\r\n".join(lines) + "\r\n").encode(encoding), placed


def json_records(records: list[dict], root: str | None = None) -> tuple[bytes, Placed]:
    import json

    plain = [{k: joined(v) for k, v in r.items()} for r in records]
    placed = [(m, None) for r in records for v in r.values() for m in marks_of(v)]
    data = {root: plain} if root else plain
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"), placed


def xml_records(records: list[dict], root: str, element: str) -> tuple[bytes, Placed]:
    body = "".join(f"  <{element}>" + "".join(f"<{k}>{escape(joined(v))}</{k}>" for k, v in r.items()) + f"</{element}>\n"
                   for r in records)
    placed = [(m, None) for r in records for v in r.values() for m in marks_of(v)]
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<{root}>\n{body}</{root}>\n'.encode("utf-8"), placed
