"""Writers of the second corpus: each turns `Text`/`Table` into the bytes of one
format and the planted marks into `Item`s with the location daicho reports.

Office files and archives get fixed timestamps so that one seed gives the same
bytes every time."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import replace
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

from datetime import datetime, timezone

from benchmarks.corpus2.truth import Doc, Item, Mark, Table, Text, cell_parts, cell_text

FIXED_TIME = (2026, 10, 1, 9, 0, 0)
_CORE_TIME = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def column_letter(index: int) -> str:
    letters, index = "", index + 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def fixed_zip(data: bytes) -> bytes:
    """The same archive with fixed member times and fixed core-property dates."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = _CORE_TIME.sub(rb"\g<1>2026-10-01T00:00:00Z\g<2>", content)
            target.writestr(zipfile.ZipInfo(info.filename, FIXED_TIME), content, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _table_items(path: str, table: Table, ref) -> list[Item]:
    return [Item(path, mark, ref(r, c)) for r, c, mark in table.marks()]


def delimited_doc(path: str, table: Table, kind: str, encoding: str = "cp932", delimiter: str = ",",
                  newline: str = "\r\n", quote_all: bool = False) -> Doc:
    """CSV/TSV as exports write them: titles as rows of one cell above the table."""
    rows = [[t] for t in table.title] + table.strings()
    quote = (lambda v: '"' + v.replace('"', '""') + '"') if quote_all else \
        (lambda v: f'"{v}"' if delimiter in v or '"' in v else v)
    text = newline.join(delimiter.join(quote(v) for v in row) for row in rows) + newline
    offset = len(table.title)
    items = _table_items(path, table, lambda r, c: f"{column_letter(c)}{r + offset + 1}")
    return Doc(path, text.encode(encoding), items, kind, encoding)


def text_doc(path: str, text: Text, kind: str, encoding: str = "utf-8", newline: str = "\n") -> Doc:
    data = newline.join(text.strings()).encode(encoding)
    return Doc(path, data, [Item(path, mark, f"L{n + 1}") for n, mark in text.marks()], kind, encoding)


def xlsx_doc(path: str, tables: list[Table], kind: str) -> Doc:
    """A workbook, one table a sheet; a title merged across the table, a blank row."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    items: list[Item] = []
    for table in tables:
        sheet = book.create_sheet(table.name)
        offset = len(table.title) + 1 if table.title else 0
        for t, title in enumerate(table.title, start=1):
            sheet.cell(row=t, column=1, value=title)
            sheet.merge_cells(start_row=t, start_column=1, end_row=t, end_column=max(table.width, 2))
        for r, row in enumerate(table.rows):
            for c, cell in enumerate(row):
                parts = cell_parts(cell)
                stored = parts[0].cell if len(parts) == 1 and isinstance(parts[0], Mark) else None
                value = stored if stored is not None else cell_text(cell)
                if value != "":
                    sheet.cell(row=r + offset + 1, column=c + 1, value=value)
        for r1, c1, r2, c2 in table.merges:
            sheet.merge_cells(start_row=r1 + offset + 1, start_column=c1 + 1, end_row=r2 + offset + 1, end_column=c2 + 1)
        items += _table_items(path, table, lambda r, c, s=table.name, o=offset: f"{s}!{column_letter(c)}{r + o + 1}")
    out = io.BytesIO()
    book.save(out)
    return Doc(path, fixed_zip(out.getvalue()), items, kind)


def docx_doc(path: str, blocks: list, kind: str) -> Doc:
    """Paragraphs (one a line of each Text) and tables, in order."""
    from docx import Document

    document = Document()
    items: list[Item] = []
    paragraphs = tables = 0
    for block in blocks:
        if isinstance(block, Text):
            for n, line in enumerate(block.strings()):
                document.add_paragraph(line)
            items += [Item(path, mark, f"p{paragraphs + n + 1}") for n, mark in block.marks()]
            paragraphs += len(block.lines)
            continue
        tables += 1
        strings = block.strings()
        grid = document.add_table(rows=len(strings), cols=block.width)
        grid.style = "Table Grid"
        for r, row in enumerate(strings):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
        items += _table_items(path, block, lambda r, c, t=tables: f"table{t}!{column_letter(c)}{r + 1}")
    out = io.BytesIO()
    document.save(out)
    return Doc(path, fixed_zip(out.getvalue()), items, kind)


PDF_FONT = "HeiseiKakuGo-W5"
PDF_LINE_CHARS = 46


def _wrapped(line: tuple) -> list[str]:
    """A line cut into PDF lines between parts, never inside a planted value."""
    lines, current = [], ""
    for part in line:
        text = part.text if isinstance(part, Mark) else part
        while not isinstance(part, Mark) and len(current) + len(text) > PDF_LINE_CHARS:
            room = PDF_LINE_CHARS - len(current)
            lines.append(current + text[:room])
            current, text = "", text[room:]
        if isinstance(part, Mark) and current and len(current) + len(text) > PDF_LINE_CHARS:
            lines.append(current)
            current = ""
        current += text
    return lines + [current]


# What the PDF's CID font reads back as (－ and ～ come back as − and 〜) or has no
# glyph for (﨑, 栁: the author's font substitutes 崎, 柳, as PDF makers do).
_PRINTED = str.maketrans({"－": "−", "～": "〜", "﨑": "崎", "栁": "柳"})


def _as_printed(part):
    if isinstance(part, Mark):
        return replace(part, text=part.text.translate(_PRINTED))
    return part.translate(_PRINTED)


def pdf_doc(path: str, text: Text, kind: str) -> Doc:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(PDF_FONT))
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, invariant=1)
    text = Text([tuple(_as_printed(part) for part in line) for line in text.lines])
    lines = [piece for line in text.lines for piece in _wrapped(line)]
    for start in range(0, len(lines), 48):
        pdf.setFont(PDF_FONT, 10.5)
        for n, line in enumerate(lines[start:start + 48]):
            pdf.drawString(48, 790 - n * 15.5, line)
        pdf.showPage()
    pdf.save()
    return Doc(path, out.getvalue(), [Item(path, mark) for _, mark in text.marks()], kind)


def prose_doc(stem: str, text: Text, kind: str, style: str, **text_options) -> Doc:
    """Running text saved as Word, PDF or plain text (`style`: docx / pdf / txt)."""
    if style == "docx":
        return docx_doc(f"{stem}.docx", [text], kind)
    if style == "pdf":
        return pdf_doc(f"{stem}.pdf", text, kind)
    return text_doc(f"{stem}.txt", text, kind, **text_options)


def zip_doc(path: str, members: list[Doc], kind: str) -> Doc:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for member in members:
            archive.writestr(zipfile.ZipInfo(member.path, FIXED_TIME), member.data, zipfile.ZIP_DEFLATED)
    items = [item.inside(path) for member in members for item in member.items]
    return Doc(path, out.getvalue(), items, kind)


def eml_doc(path: str, kind: str, headers: dict[str, tuple], body: Text, attachments: list[Doc] = (),
            charset: str = "utf-8", sent: datetime | None = None) -> Doc:
    """A message; an attachment whose name repeats is `name#2` inside daicho's paths."""
    message = EmailMessage(policy=policy.SMTP)
    for name, parts in headers.items():
        message[name] = "".join(p.text if isinstance(p, Mark) else p for p in parts)
    message["Date"] = format_datetime(sent or datetime(2026, 10, 1, 9, 0, tzinfo=timezone.utc))
    message["Message-ID"] = f"<{sum(path.encode())}.{len(path)}@corpus2.example.invalid>"
    content = "\n".join(body.strings()) + "\n"
    if charset == "iso-2022-jp" and not _encodes(content, charset):
        charset = "utf-8"  # 髙 and 﨑 are not in JIS X 0208: the mailer falls back to UTF-8
    message.set_content(content, charset=charset, cte="7bit" if charset == "iso-2022-jp" else "base64")
    items = [Item(path, m) for parts in headers.values() for m in parts if isinstance(m, Mark)]
    items += [Item(path, mark, f"body:L{n + 1}") for n, mark in body.marks()]
    seen: dict[str, int] = {}
    for attachment in attachments:
        maintype, subtype = _content_type(attachment.path)
        message.add_attachment(attachment.data, maintype=maintype, subtype=subtype, filename=attachment.path)
        seen[attachment.path] = seen.get(attachment.path, 0) + 1
        name = attachment.path if seen[attachment.path] == 1 else f"{attachment.path}#{seen[attachment.path]}"
        items += [Item(name + i.path[len(attachment.path):], i.mark, i.location).inside(path) for i in attachment.items]
    if attachments:
        message.set_boundary(f"=_corpus2_{sum(path.encode()) % 100000:05d}")
    return Doc(path, message.as_bytes(), items, kind, charset)


def _encodes(text: str, charset: str) -> bool:
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        return False
    return True


def _content_type(name: str) -> tuple[str, str]:
    suffix = name.rsplit(".", 1)[-1].lower()
    return {"csv": ("text", "csv"), "txt": ("text", "plain"), "pdf": ("application", "pdf"), "zip": ("application", "zip"),
            "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")}.get(
        suffix, ("application", "octet-stream"))
