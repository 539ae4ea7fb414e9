"""Files of corpus 15 in the formats an office keeps: the bytes of a text, a table,
a workbook, a Word document, a slide deck, web pages, data exports, mails and
archives, with every mark's object path and place."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
import zlib
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime

from benchmarks.corpus15.model import Doc, Item, Table, Text

STAMP = datetime(2026, 11, 20, 9, 30)


def txt(path: str, text: Text, encoding: str = "utf-8") -> Doc:
    data = text.string().replace("\n", "\r\n") if encoding == "cp932" else text.string()
    return Doc(path, data.encode(encoding), text.items(path))


def csv_file(path: str, table: Table, encoding: str = "utf-8", delimiter: str = ",") -> Doc:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(table.rows)
    return Doc(path, out.getvalue().encode(encoding), table.items(path))


def fixed(path: str, table: Table, widths: list[int]) -> Doc:
    """A host's fixed-width export in CP932, one record a line (no header)."""
    lines = ["".join(_pad(cell, width) for cell, width in zip(row, widths)).rstrip() for row in table.rows]
    items = [Item(path, mark, f"L{row}") for row, _, mark in table.marks]
    return Doc(path, ("\r\n".join(lines) + "\r\n").encode("cp932"), items)


def _pad(cell: str, width: int) -> str:
    size = len(cell.encode("cp932"))
    return cell + " " * max(1, width - size)


def xlsx(path: str, sheets: list[tuple[str, Table]], merged: tuple[str, ...] = ()) -> Doc:
    """A workbook; `merged`: ranges of the first sheet merged (a header over several columns)."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    items = []
    for name, table in sheets:
        sheet = book.create_sheet(name)
        for row in table.rows:
            sheet.append(row)
        items += table.items(path, name)
    for cells in merged:
        book.worksheets[0].merge_cells(cells)
    book.properties.created = book.properties.modified = STAMP
    out = io.BytesIO()
    book.save(out)
    return Doc(path, _stable_zip(out.getvalue()), items)


def docx(path: str, text: Text, tables: list[Table] = ()) -> Doc:
    import docx as python_docx

    document = python_docx.Document()
    for line in text.lines:
        document.add_paragraph(line)
    for table in tables:
        grid = document.add_table(rows=len(table.rows), cols=max(len(r) for r in table.rows))
        for r, row in enumerate(table.rows):
            for c, cell in enumerate(row):
                grid.cell(r, c).text = cell
    document.core_properties.created = document.core_properties.modified = STAMP
    out = io.BytesIO()
    document.save(out)
    items = text.items(path, None) + [i for t in tables for i in t.items(path, placed=False)]
    return Doc(path, _stable_zip(out.getvalue()), items)


def pptx(path: str, slides: list[Text]) -> Doc:
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    for text in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[6])
        frame = slide.shapes.add_textbox(Inches(0.5), Inches(0.5), Inches(9), Inches(6)).text_frame
        frame.text = "\n".join(text.lines)
    deck.core_properties.created = deck.core_properties.modified = STAMP
    out = io.BytesIO()
    deck.save(out)
    return Doc(path, _stable_zip(out.getvalue()), [i for t in slides for i in t.items(path, None)])


def _stable_zip(data: bytes) -> bytes:
    """The same archive bytes for the same content (members dated alike)."""
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 20, 9, 30, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            data = source.read(info.filename)
            if info.filename == "docProps/core.xml":  # the second it was saved
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2026-11-20T09:30:00Z", data)
            target.writestr(member, data)
    return out.getvalue()


def html(path: str, title: str, text: Text, table: Table | None = None) -> Doc:
    body = "".join(f"<p>{line}</p>\n" for line in text.lines if line)
    if table:
        rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>\n" for row in table.rows)
        body += f"<table>\n{rows}</table>\n"
    page = f"<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>{title}</title></head>\n" \
           f"<body>\n{body}</body></html>\n"
    items = text.items(path, None) + (table.items(path, placed=False) if table else [])
    return Doc(path, page.encode("utf-8"), items)


def json_file(path: str, records: list[dict], table: Table) -> Doc:
    """Records whose values were written through `table` (its marks are theirs)."""
    data = json.dumps({"exported": "2026-11-20", "records": records}, ensure_ascii=False, indent=1)
    return Doc(path, data.encode("utf-8"), table.items(path, placed=False))


def xml_file(path: str, root: str, fields: list[str], table: Table) -> Doc:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f"<{root}>"]
    for row in table.rows:
        cells = "".join(f"<{f}>{_escape(c)}</{f}>" for f, c in zip(fields, row))
        lines.append(f"  <record>{cells}</record>")
    lines.append(f"</{root}>")
    return Doc(path, ("\n".join(lines) + "\n").encode("utf-8"), table.items(path, placed=False))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def message(sender: str, to: str, subject: str, body: Text, day: int,
            attachments: list[Doc] = ()) -> EmailMessage:
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = sender, to, subject
    mail["Date"] = format_datetime(datetime(2026, 11, day % 28 + 1, 10, 15))
    mail["Message-ID"] = f"<c15.{day}.{zlib.crc32(subject.encode()) % 100000}@mail.example.jp>"
    mail.set_content(body.string())
    for doc in attachments:
        kind = ("text", "csv") if doc.path.endswith(".csv") else ("application", "octet-stream")
        mail.add_attachment(doc.data, maintype=kind[0], subtype=kind[1], filename=doc.path)
    if attachments:
        mail.set_boundary(f"c15-boundary-{day}")
    return mail


def eml(path: str, mail: EmailMessage, body: Text, attachments: list[Doc] = ()) -> Doc:
    items = body.items(path, "body:")
    for doc in attachments:
        items += [Item(f"{path}!{doc.path}", i.mark, i.location) for i in doc.items]
    return Doc(path, mail.as_bytes(), items)


def archive(path: str, members: list[Doc]) -> Doc:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for doc in members:
            target.writestr(zipfile.ZipInfo(doc.path, date_time=(2026, 11, 20, 9, 30, 0)), doc.data)
    items = [Item(f"{path}!{i.path}", i.mark, i.location) for doc in members for i in doc.items]
    return Doc(path, out.getvalue(), items)
