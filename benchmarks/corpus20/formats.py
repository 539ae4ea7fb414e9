"""Corpus 20's file writers: each turns lines or grids (benchmarks.corpus16.model) into the
bytes of one format and the truth items of every mark, placed as daicho's extraction places
them (a line of a text, a row of a sheet) or left unplaced where a reader reflows."""

from __future__ import annotations

import csv as csvlib
import io
import re
import zlib
from dataclasses import replace
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta
from xml.sax.saxutils import escape

from docx import Document
from openpyxl import Workbook
from openpyxl.styles import Font

from benchmarks.corpus16.model import Doc, Grid, Item, Lines, Mark
from benchmarks.corpus16.render_formats import odt_content, odt_manifest, odt_package, restamped, rtf_escaped, zip_of

JST = timezone(timedelta(hours=9))


_STAMP = re.compile(rb"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z")


def stable(data: bytes) -> bytes:
    """An Office file again with fixed member times and document dates (the same bytes each run)."""
    return restamped(data, (2026, 11, 2, 9, 0, 0), lambda core: _STAMP.sub(b"2026-11-02T09:00:00Z", core))


def txt(path: str, lines: Lines, encoding: str = "utf-8", newline: str = "\n") -> Doc:
    data = lines.text().replace("\n", newline).encode(encoding)
    return Doc(path, data, lines.items(path))


def csv(path: str, grid: Grid, encoding: str = "utf-8", delimiter: str = ",") -> Doc:
    out = io.StringIO()
    writer = csvlib.writer(out, delimiter=delimiter, lineterminator="\r\n")
    for row in grid.rows:
        writer.writerow(row)
    return Doc(path, out.getvalue().encode(encoding), grid.items(path))


def xlsx(path: str, sheets: list[tuple[str, Grid, str | None]]) -> Doc:
    """sheets: (name, grid, a title above the grid in a merged row, or None)."""
    book = Workbook()
    book.remove(book.active)
    items: list[Item] = []
    for name, grid, title in sheets:
        sheet = book.create_sheet(name)
        offset = 0
        if title:
            sheet.cell(row=1, column=1, value=title).font = Font(bold=True)
            width = max(len(r) for r in grid.rows) if grid.rows else 1
            sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(width, 2))
            offset = 2
        for r, row in enumerate(grid.rows, start=1):
            for c, text in enumerate(row, start=1):
                if text != "":
                    sheet.cell(row=r + offset, column=c, value=text)
        items += grid.items(path, name, offset=offset)
    out = io.BytesIO()
    book.save(out)
    return Doc(path, stable(out.getvalue()), items)


def docx(path: str, lines: Lines, grids: tuple[Grid, ...] = (), heading: str | None = None) -> Doc:
    """Paragraphs (one a line, placed `p<n>`) and tables after them (placed `table<k>!A1`)."""
    document = Document()
    if heading:
        document.add_heading(heading, level=1)
    for line in lines.lines:
        document.add_paragraph(line)
    first = 1 if heading else 0
    items = [Item(path, mark, f"p{line + first}") for line, mark in lines.marks]
    for k, grid in enumerate(grids, start=1):
        width = max(len(r) for r in grid.rows)
        table = document.add_table(rows=len(grid.rows), cols=width)
        for r, row in enumerate(grid.rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
        items += grid.items(path, f"table{k}")
    out = io.BytesIO()
    document.save(out)
    return Doc(path, stable(out.getvalue()), items)


def pptx(path: str, slides: list[Lines]) -> Doc:
    from pptx import Presentation
    from pptx.util import Inches
    deck = Presentation()
    items: list[Item] = []
    for lines in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[6])
        box = slide.shapes.add_textbox(Inches(0.5), Inches(0.5), Inches(9), Inches(6)).text_frame
        box.text = lines.lines[0]
        for line in lines.lines[1:]:
            box.add_paragraph().text = line
        items += lines.items(path, None)
    out = io.BytesIO()
    deck.save(out)
    return Doc(path, stable(out.getvalue()), items)


def html(path: str, title: str, lines: Lines, grid: Grid | None = None) -> Doc:
    body = "".join(f"<p>{escape(line)}</p>\n" if line else "<br>\n" for line in lines.lines)
    table = ""
    if grid is not None:
        rows = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>\n" for row in grid.rows)
        table = f"<table border=\"1\">\n{rows}</table>\n"
    page = (f"<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>{escape(title)}</title>"
            f"</head>\n<body>\n<h1>{escape(title)}</h1>\n{body}{table}</body></html>\n")
    items = lines.items(path, None) + (grid.items(path, placed=False) if grid is not None else [])
    return Doc(path, page.encode("utf-8"), items)


Address = str | Mark


def mail(sender: Address, to: Address, subject: str, body: Lines, when: datetime,
         attachments: tuple[Doc, ...] = ()) -> tuple[EmailMessage, list[Mark]]:
    """A message and the marks of its header (the addresses that are marks)."""
    message = EmailMessage()
    message["From"], message["To"] = _text(sender), _text(to)
    message["Subject"] = subject
    message["Date"] = format_datetime(when.replace(tzinfo=JST))
    message["Message-ID"] = f"<{zlib.crc32((subject + when.isoformat()).encode())}@mail.example.jp>"
    message.set_content(body.text(), charset="utf-8", cte="base64")
    for doc in attachments:
        maintype, subtype = _mime(doc.path)
        message.add_attachment(doc.data, maintype=maintype, subtype=subtype, filename=doc.path.rsplit("/", 1)[-1])
    if attachments:
        message.set_boundary(f"=_corpus20_{zlib.crc32(subject.encode()):08x}")
    return message, [m for m in (sender, to) if isinstance(m, Mark)]


def _text(address: Address) -> str:
    return address.text if isinstance(address, Mark) else address


def _mime(name: str) -> tuple[str, str]:
    suffix = name.rsplit(".", 1)[-1].lower()
    return {"txt": ("text", "plain"), "csv": ("text", "csv"), "pdf": ("application", "pdf")}.get(
        suffix, ("application", "octet-stream"))


def eml(path: str, mailed: tuple[EmailMessage, list[Mark]], body: Lines, attachments: tuple[Doc, ...] = ()) -> Doc:
    message, head = mailed
    items = [Item(path, mark, None) for mark in head] + body.items(path, "body:")
    for doc in attachments:
        name = doc.path.rsplit("/", 1)[-1]
        items += [Item(f"{path}!{name}", i.mark, i.location) for i in doc.items]
    return Doc(path, message.as_bytes(), items)


def zipped(path: str, members: list[Doc]) -> Doc:
    return zip_of(path, members, (2026, 11, 20, 9, 0, 0), utf8_names=True)


def rtf(path: str, lines: Lines) -> Doc:
    body = "".join(rtf_escaped(line) + "\\par\n" for line in lines.lines)
    data = "{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0 MS Mincho;}}\\uc1\n\\f0\\fs21\n" + body + "}\n"
    return Doc(path, data.encode("ascii"), lines.items(path))


def odt(path: str, lines: Lines) -> Doc:
    package = odt_package(odt_content(lines.lines), odt_manifest(), (2026, 11, 1, 0, 0, 0), manifest_first=True)
    return Doc(path, package, lines.items(path, "body:"))


def pdf(path: str, lines: Lines) -> Doc:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4, invariant=1)
    y = 800
    for line in lines.lines:
        if y < 60:
            page.showPage()
            y = 800
        page.setFont("HeiseiKakuGo-W5", 10)
        page.drawString(50, y, line.replace("\uff0d", "\u2212"))
        y -= 16
    page.save()
    # the CID font draws a full-width hyphen as U+2212: the value as the page holds it
    items = [Item(i.path, replace(i.mark, text=i.mark.text.replace("\uff0d", "\u2212")), i.location)
             for i in lines.items(path, None)]
    return Doc(path, out.getvalue(), items)


def mbox(path: str, mails: list[tuple[tuple[EmailMessage, list[Mark]], Lines]]) -> Doc:
    data, items = b"", []
    for k, ((message, head), body) in enumerate(mails):
        data += b"From MAILER-DAEMON Mon Oct  5 09:00:00 2026\n"
        data += message.as_bytes().replace(b"\r\n", b"\n").replace(b"\nFrom ", b"\n>From ") + b"\n"
        items += [Item(f"{path}!{k}", mark, None) for mark in head] + body.items(f"{path}!{k}", "body:")
    return Doc(path, data, items)


def ordinal_time(n: int, day: int = 1) -> datetime:
    return datetime(2026, 10, 1, 9, 0) + timedelta(days=day + n, minutes=17 * n)
