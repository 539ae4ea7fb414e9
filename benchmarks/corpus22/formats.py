"""The file formats corpus 22's writers save in: each builder takes text lines or rows
of cells (benchmarks.corpus16.model's Lines and Grid, which remember where each mark
went) and gives a Doc with its bytes and its items of truth. Every archive is written
with fixed times, so that one seed gives the same bytes."""

from __future__ import annotations

import io
import zipfile
import email.policy
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from xml.sax.saxutils import escape

from benchmarks.corpus16.model import Doc, Grid, Item, Lines, joined
from benchmarks.corpus16.render_formats import pinned_core_dates, restamped, zipped_members

FIXED = (2026, 11, 2, 9, 30, 0)
_POLICY = email.policy.default.clone(max_line_length=200)  # a header on one line, as most mailers send it


def pinned_zip(data: bytes) -> bytes:
    """The same archive with every member's time fixed and the document dates pinned (stored)."""
    return restamped(data, FIXED, pinned_core_dates(b"2026-11-02T09:30:00Z"), zipfile.ZIP_STORED)


def zipped(path: str, members: list[tuple[str, bytes]]) -> bytes:
    return zipped_members(members, FIXED, zipfile.ZIP_STORED)


def text(path: str, lines: Lines, encoding: str = "utf-8", newline: str = "\n") -> Doc:
    data = lines.text().replace("\n", newline).encode(encoding)
    return Doc(path, data, lines.items(path))


def csv(path: str, grid: Grid, encoding: str = "utf-8", newline: str = "\r\n") -> Doc:
    body = newline.join(",".join(_csv_cell(c) for c in row) for row in grid.rows) + newline
    return Doc(path, body.encode(encoding), grid.items(path))


def _csv_cell(cell: str) -> str:
    return '"' + cell.replace('"', '""') + '"' if any(ch in cell for ch in ',"\n') else cell


def xlsx(path: str, sheets: list[tuple[str, Grid, str | None]]) -> Doc:
    """Sheets of rows; a sheet given a title has it in a merged first row, its rows below."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    items: list[Item] = []
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
    book.properties.creator = "corpus22"
    book.properties.created = book.properties.modified = datetime(2026, 11, 2, 9, 30)
    raw = io.BytesIO()
    book.save(raw)
    return Doc(path, pinned_zip(raw.getvalue()), items)


def docx(path: str, blocks: list) -> Doc:
    """Paragraphs (a Lines: one paragraph a line, places p1…) and tables (a Grid, places table1!A1…)."""
    from docx import Document

    document = Document()
    items: list[Item] = []
    tables = paragraphs = 0
    for block in blocks:
        if isinstance(block, Grid):
            table = document.add_table(rows=len(block.rows), cols=max(len(r) for r in block.rows))
            for r, row in enumerate(block.rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
            tables += 1
            items += [Item(path, m, f"table{tables}!{_col(c)}{r}") for r, c, m in block.marks]
        else:
            for line in block.lines:
                document.add_paragraph(line)
            items += [Item(path, m, f"p{n + paragraphs}") for n, m in block.marks]
            paragraphs += len(block.lines)
    document.core_properties.author = "corpus22"
    raw = io.BytesIO()
    document.save(raw)
    return Doc(path, pinned_zip(raw.getvalue()), items)


def _col(index: int) -> str:
    from openpyxl.utils import get_column_letter
    return get_column_letter(index + 1)


def pptx(path: str, slides: list[Lines]) -> Doc:
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    items: list[Item] = []
    for number, lines in enumerate(slides, 1):
        slide = deck.slides.add_slide(deck.slide_layouts[6])
        box = slide.shapes.add_textbox(Inches(0.5), Inches(0.5), Inches(9), Inches(6)).text_frame
        box.text = "\n".join(lines.lines)
        items += lines.items(path, f"slide{number}!TextBox 1:")
    deck.core_properties.author = "corpus22"
    raw = io.BytesIO()
    deck.save(raw)
    return Doc(path, pinned_zip(raw.getvalue()), items)


def html(path: str, title: str, blocks: list) -> Doc:
    """Paragraphs (Lines, one <p> a line) and tables (Grid); no places given."""
    parts = [f"<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>{escape(title)}</title>"
             "</head><body>"]
    items: list[Item] = []
    for block in blocks:
        if isinstance(block, Grid):
            rows = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>\n" for row in block.rows)
            parts.append(f"<table border=\"1\">\n{rows}</table>")
            items += block.items(path, placed=False)
        else:
            parts += [f"<p>{escape(line)}</p>" for line in block.lines if line]
            items += block.items(path, None)
    parts.append("</body></html>\n")
    return Doc(path, "\n".join(parts).encode("utf-8"), items)


def message(sender, to, subject: str, body: Lines, day: int, attachments: list[Doc] = ()) -> EmailMessage:
    """sender and to: a string or parts (strings and marks, e.g. a name and an address)."""
    mail = EmailMessage(policy=_POLICY)
    mail["From"], mail["To"], mail["Subject"] = joined(sender)[0], joined(to)[0], subject
    mail["Date"] = format_datetime(datetime(2026, 10, 1 + day % 28, 9 + day % 8, 15, tzinfo=timezone.utc))
    mail["Message-ID"] = f"<c22.{day}.{len(subject)}@example.invalid>"
    mail.set_content(body.text(), charset="utf-8", cte="8bit")
    for doc in attachments:
        main, sub = _mime(doc.path)
        mail.add_attachment(doc.data, maintype=main, subtype=sub, filename=doc.path.rsplit("/", 1)[-1])
    if attachments:
        mail.set_boundary(f"==c22_{day}_{len(attachments)}==")
    return mail


def _mime(name: str) -> tuple[str, str]:
    suffix = name.rsplit(".", 1)[-1].lower()
    return {"csv": ("text", "csv"), "txt": ("text", "plain"), "pdf": ("application", "pdf")}.get(
        suffix, ("application", "octet-stream"))


def headers(path: str, sender, to) -> list[Item]:
    """The marks of the From (header line 1) and To (line 2) headers."""
    return [Item(path, m, "header:L1") for m in joined(sender)[1]] + [Item(path, m, "header:L2") for m in joined(to)[1]]


def eml(path: str, sender, to, subject: str, body: Lines, day: int, attachments: list[Doc] = ()) -> Doc:
    mail = message(sender, to, subject, body, day, attachments)
    mail.replace_header("Message-ID", f"<c22.{day}.{len(path)}@example.invalid>")
    items = headers(path, sender, to) + body.items(path, "body:")
    for doc in attachments:
        name = doc.path.rsplit("/", 1)[-1]
        items += [Item(f"{path}!{name}", i.mark, i.location) for i in doc.items]
    return Doc(path, mail.as_bytes(), items)


def mbox(path: str, mails: list[tuple]) -> Doc:
    chunks, items = [], []
    for n, (sender, to, subject, body) in enumerate(mails):
        mail = message(sender, to, subject, body, n)
        mail.replace_header("Message-ID", f"<c22.mbox.{n}@example.invalid>")
        raw = mail.as_bytes().replace(b"\nFrom ", b"\n>From ")
        chunks.append(b"From MAILER-DAEMON Mon Nov  2 09:30:00 2026\n" + raw + b"\n")
        items += headers(f"{path}!{n}", sender, to) + body.items(f"{path}!{n}", "body:")
    return Doc(path, b"".join(chunks), items)


def maildir(path: str, sender, to, subject: str, body: Lines, day: int) -> Doc:
    mail = message(sender, to, subject, body, day)
    mail.replace_header("Message-ID", f"<c22.md.{day}.{len(path)}@example.invalid>")
    return Doc(path, mail.as_bytes(), headers(path, sender, to) + body.items(path, "body:"))


def archive(path: str, docs: list[Doc]) -> Doc:
    members = [(d.path.rsplit("/", 1)[-1], d.data) for d in docs]
    items = [Item(f"{path}!{d.path.rsplit('/', 1)[-1]}", i.mark, i.location) for d in docs for i in d.items]
    return Doc(path, zipped(path, members), items)
