"""Corpus 18's file writers: each turns lines or rows (benchmarks.corpus16.model's
Lines and Grid, which remember where each mark went) into the bytes of one format,
and gives the items of truth at the places daicho's extraction reports."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta
from xml.sax.saxutils import escape

from benchmarks.corpus16.model import Doc, Grid, Item, Lines

JST = timezone(timedelta(hours=9))
STAMP = re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
FIXED = (2026, 11, 20, 9, 30, 0)  # every archive member and mail carries a fixed time: same bytes per seed


def text_doc(path: str, lines: Lines, encoding: str = "utf-8", newline: str = "\n") -> Doc:
    data = lines.text().replace("\n", newline).encode(encoding)
    return Doc(path, data, lines.items(path))


def csv_doc(path: str, grid: Grid, encoding: str = "utf-8", offset: int = 0) -> Doc:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(grid.rows)
    return Doc(path, out.getvalue().encode(encoding), grid.items(path, offset=offset))


def xlsx_doc(path: str, sheets: list[tuple[str, Grid, str | None]]) -> Doc:
    """sheets: (name, grid, a title merged over the header or None — then rows move down one)."""
    from openpyxl import Workbook
    book = Workbook()
    book.remove(book.active)
    items: list[Item] = []
    for name, grid, title in sheets:
        sheet = book.create_sheet(name)
        top = 1 if title else 0
        if title:
            sheet.cell(1, 1, title)
            sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(2, len(grid.rows[0])))
        for r, row in enumerate(grid.rows, start=1 + top):
            for c, text in enumerate(row, start=1):
                if text != "":
                    sheet.cell(r, c, text)
        items += grid.items(path, name, offset=top)
    return Doc(path, _zip_bytes_of(book), items)


def _zip_bytes_of(book) -> bytes:
    book.properties.created = book.properties.modified = datetime(*FIXED)
    buffer = io.BytesIO()
    book.save(buffer)
    return _fixed_zip(buffer.getvalue())


def _fixed_zip(data: bytes) -> bytes:
    """The same members with a fixed date: office files are zips stamped with the clock."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, FIXED)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            data = source.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps `modified` with the clock on save
                data = STAMP.sub(b"2026-11-20T09:30:00Z", data)
            target.writestr(fixed, data)
    return out.getvalue()


def docx_doc(path: str, blocks: list) -> Doc:
    """blocks: Lines (paragraphs, one a line) and Grid (a table); no places (Word reflows)."""
    import docx
    document = docx.Document()
    document.core_properties.created = datetime(*FIXED)
    document.core_properties.modified = datetime(*FIXED)
    items: list[Item] = []
    for block in blocks:
        if isinstance(block, Lines):
            for line in block.lines:
                document.add_paragraph(line)
            items += block.items(path, None)
        else:
            table = document.add_table(rows=len(block.rows), cols=max(len(r) for r in block.rows))
            for r, row in enumerate(block.rows):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
            items += block.items(path, placed=False)
    buffer = io.BytesIO()
    document.save(buffer)
    return Doc(path, _fixed_zip(buffer.getvalue()), items)


def pptx_doc(path: str, slides: list[Lines]) -> Doc:
    from pptx import Presentation
    from pptx.util import Inches
    deck = Presentation()
    deck.core_properties.created = datetime(*FIXED)
    deck.core_properties.modified = datetime(*FIXED)
    items: list[Item] = []
    for lines in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[6])
        frame = slide.shapes.add_textbox(Inches(0.5), Inches(0.5), Inches(9), Inches(6)).text_frame
        frame.text = "\n".join(lines.lines)
        items += lines.items(path, None)
    buffer = io.BytesIO()
    deck.save(buffer)
    return Doc(path, _fixed_zip(buffer.getvalue()), items)


def html_doc(path: str, title: str, lines: Lines, grid: Grid | None = None, encoding: str = "utf-8") -> Doc:
    body = "".join(f"<p>{escape(line)}</p>\n" for line in lines.lines if line)
    table = ""
    if grid is not None:
        rows = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>\n" for row in grid.rows)
        table = f"<table border=\"1\">\n{rows}</table>\n"
    charset = "Shift_JIS" if encoding == "cp932" else "utf-8"
    page = (f"<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"{charset}\"><title>{escape(title)}</title>"
            f"</head>\n<body>\n<h1>{escape(title)}</h1>\n{body}{table}</body></html>\n")
    items = lines.items(path, None) + (grid.items(path, placed=False) if grid else [])
    return Doc(path, page.encode(encoding), items)


def message_bytes(subject: str, sender: str, to: str, lines: Lines, attachments=(), day: int = 20) -> bytes:
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = sender
    message["To"] = to
    message["Date"] = format_datetime(datetime(2026, 11, day, 10, 15, tzinfo=JST))
    message["Message-ID"] = f"<{len(subject)}.{len(lines.lines)}.{day}@mail.example.jp>"
    message.set_content(lines.text())
    for name, data in attachments:
        main, sub = _mime_of(name)
        message.add_attachment(data, maintype=main, subtype=sub, filename=name)
    if attachments:
        message.set_boundary(f"=_corpus18_{day}_{len(attachments)}_part")  # not the random one: same bytes per seed
    return bytes(message)


def _mime_of(name: str) -> tuple[str, str]:
    suffix = name.rsplit(".", 1)[-1].lower()
    return {"csv": ("text", "csv"), "txt": ("text", "plain"), "pdf": ("application", "pdf"),
            "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
            }.get(suffix, ("application", "octet-stream"))


def eml_doc(path: str, subject: str, sender: str, to: str, lines: Lines, attachments: list[Doc] = ()) -> Doc:
    """A mail; the body's marks have no places (daicho may reflow a body), each attachment's
    marks are at path!name."""
    data = message_bytes(subject, sender, to, lines, [(a.path, a.data) for a in attachments])
    items = lines.items(path, "body:")
    for attached in attachments:
        items += [Item(f"{path}!{i.path}", i.mark, i.location) for i in attached.items]
    return Doc(path, data, items)
