"""The files: each writer turns lines or rows (with their marks) into bytes and the truth's items."""

from __future__ import annotations

import csv
import io
import json
import zipfile
import zlib
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta
from xml.sax.saxutils import escape

import docx
import openpyxl
from openpyxl.styles import Font

from benchmarks.corpus16.model import Doc, Grid, Item, Lines
from benchmarks.corpus16.render_formats import (odt_content, odt_manifest, odt_package, pinned_core_dates, restamped,
                                               rtf_escaped, zip_of)

JST = timezone(timedelta(hours=9))
FIXED = datetime(2025, 3, 1, 9, 0)


def steady_zip(data: bytes) -> bytes:
    """An Office file's zip again, every member dated the same day: the same bytes for a seed."""
    return restamped(data, (2025, 3, 1, 9, 0, 0), pinned_core_dates(b"2025-03-01T09:00:00Z"))


def text_doc(path: str, lines: Lines, encoding: str = "utf-8") -> Doc:
    return Doc(path, lines.text().encode(encoding), lines.items(path))


def csv_doc(path: str, grid: Grid, encoding: str = "utf-8", header: bool = True) -> Doc:
    rows = grid.rows if header else grid.rows[1:]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    items = grid.items(path, offset=0 if header else -1)
    return Doc(path, buf.getvalue().encode(encoding), items)


def xlsx_doc(path: str, sheets: list[tuple[str, str, Grid]]) -> Doc:
    """Sheets, each under a title row merged across its columns."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    items = []
    for name, title, grid in sheets:
        sheet = book.create_sheet(name)
        width = max(len(r) for r in grid.rows)
        sheet.cell(1, 1, title).font = Font(bold=True)
        if width > 1:
            sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
        for row in grid.rows:
            sheet.append(row)
        items += grid.items(path, sheet=name, offset=1)
    book.properties.created = book.properties.modified = FIXED
    out = io.BytesIO()
    book.save(out)
    return Doc(path, steady_zip(out.getvalue()), items)


def docx_doc(path: str, lines: Lines, grid: Grid | None = None) -> Doc:
    document = docx.Document()
    for line in lines.lines:
        document.add_paragraph(line)
    items = lines.items(path, None)
    if grid is not None:
        table = document.add_table(rows=len(grid.rows), cols=max(len(r) for r in grid.rows))
        for r, row in enumerate(grid.rows):
            for c, cell in enumerate(row):
                table.cell(r, c).text = cell
        items += grid.items(path, placed=False)
    document.core_properties.created = document.core_properties.modified = FIXED
    out = io.BytesIO()
    document.save(out)
    return Doc(path, steady_zip(out.getvalue()), items)


def html_doc(path: str, title: str, lines: Lines, grid: Grid | None = None) -> Doc:
    body = "".join(f"<p>{escape(line)}</p>\n" for line in lines.lines if line)
    items = lines.items(path, None)
    if grid is not None:
        cells = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>\n" for row in grid.rows)
        body += f"<table border=\"1\">\n{cells}</table>\n"
        items += grid.items(path, placed=False)
    page = f"<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>{escape(title)}</title></head>" \
           f"<body>\n<h1>{escape(title)}</h1>\n{body}</body></html>\n"
    return Doc(path, page.encode("utf-8"), items)


def rtf_doc(path: str, lines: Lines) -> Doc:
    body = "".join(rtf_escaped(line) + "\\par\n" for line in lines.lines)
    data = "{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0 MS Mincho;}}\n" + body + "}\n"
    return Doc(path, data.encode("ascii"), lines.items(path, None))


def odt_doc(path: str, lines: Lines) -> Doc:
    package = odt_package(odt_content(lines.lines), odt_manifest(), (2024, 1, 1, 0, 0, 0), compress=zipfile.ZIP_STORED)
    return Doc(path, package, lines.items(path, None))


def zip_doc(path: str, members: list[Doc]) -> Doc:
    return zip_of(path, members, (2025, 3, 1, 9, 0, 0), compress=zipfile.ZIP_STORED)


def json_doc(path: str, key: str, grid: Grid) -> Doc:
    header = grid.rows[0]
    records = [dict(zip(header, row)) for row in grid.rows[1:]]
    data = json.dumps({key: records}, ensure_ascii=False, indent=1)
    return Doc(path, data.encode("utf-8"), grid.items(path, placed=False))


def xml_doc(path: str, root: str, tags: list[str], grid: Grid) -> Doc:
    rows = "".join("  <record>" + "".join(f"<{t}>{escape(c)}</{t}>" for t, c in zip(tags, row)) + "</record>\n"
                   for row in grid.rows[1:])
    data = f'<?xml version="1.0" encoding="UTF-8"?>\n<{root}>\n{rows}</{root}>\n'
    return Doc(path, data.encode("utf-8"), grid.items(path, placed=False))


def fixed_doc(path: str, widths: list[int], grid: Grid) -> Doc:
    """A host export: CP932, fields padded to byte widths, no header, one record a line."""
    def pad(text: str, width: int) -> str:
        return text + " " * max(1, width - len(text.encode("cp932")))
    lines = ["".join(pad(c, w) for c, w in zip(row, widths)).rstrip() for row in grid.rows[1:]]
    items = [Item(i.path, i.mark, None) for i in grid.items(path, placed=False)]
    return Doc(path, ("\r\n".join(lines) + "\r\n").encode("cp932"), items)


def message(sender: str, to: str, subject: str, body: Lines, when: datetime,
            attachments: list[Doc] = ()) -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg["Date"] = format_datetime(when.replace(tzinfo=JST))
    msg["Message-ID"] = f"<{int(when.timestamp())}.{zlib.crc32(subject.encode()) % 99991}@mail.example.jp>"
    msg.set_content(body.text())
    for doc in attachments:
        maintype, subtype = _mime(doc.path)
        msg.add_attachment(doc.data, maintype=maintype, subtype=subtype, filename=doc.path)
    if attachments:
        msg.set_boundary(f"=_part_{zlib.crc32(subject.encode() + bytes(body.text(), 'utf-8')):08x}")
    return msg


def _mime(name: str) -> tuple[str, str]:
    if name.endswith(".csv") or name.endswith(".txt"):
        return "text", "plain" if name.endswith(".txt") else "csv"
    return "application", "octet-stream"
