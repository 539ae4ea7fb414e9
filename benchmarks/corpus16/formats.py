"""Files from lines and grids: each writer returns a Doc whose items say where daicho's
extraction will find each mark (None where the format gives no stable place)."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from xml.sax.saxutils import escape

from benchmarks.corpus16.model import Doc, Grid, Item, Lines

JST = timezone(timedelta(hours=9))


def txt(path: str, lines: Lines, encoding: str = "utf-8", newline: str = "\n") -> Doc:
    data = lines.text().replace("\n", newline).encode(encoding)
    return Doc(path, data, lines.items(path))


def fixed(path: str, lines: Lines) -> Doc:
    """A host export: CP932, CRLF, fixed columns (the caller pads them)."""
    return txt(path, lines, "cp932", "\r\n")


def csv_doc(path: str, grid: Grid, encoding: str = "utf-8", delimiter: str = ",") -> Doc:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    for row in grid.rows:
        writer.writerow(row)
    data = buf.getvalue().encode(encoding)
    return Doc(path, data, grid.items(path))


def xlsx(path: str, sheets: list[tuple[str, Grid, str | None]]) -> Doc:
    """sheets: (name, grid, title). A title goes in row 1, merged across the grid's width."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    book.remove(book.active)
    items: list[Item] = []
    for name, grid, title in sheets:
        sheet = book.create_sheet(name)
        offset = 0
        if title:
            width = max(len(r) for r in grid.rows)
            sheet.cell(1, 1, title).font = Font(bold=True)
            sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(2, width))
            sheet.cell(1, 1).alignment = Alignment(horizontal="center")
            offset = 1
        for r, row in enumerate(grid.rows, start=1 + offset):
            for c, text in enumerate(row, start=1):
                if text != "":
                    sheet.cell(r, c, text)
        items += grid.items(path, name, offset=offset)
    buf = io.BytesIO()
    book.save(buf)
    return Doc(path, _fixed_zip_time(buf.getvalue()), items)


CORE = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties '
        b'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        b'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>office</dc:creator></cp:coreProperties>')


def _fixed_zip_time(data: bytes) -> bytes:
    """Rewrites an OOXML zip with fixed member times, so a seed gives the same bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = CORE
            dst.writestr(zipfile.ZipInfo(info.filename, (2026, 4, 1, 9, 0, 0)), body, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def docx(path: str, lines: Lines, tables: list[Grid] = ()) -> Doc:
    """Each line a paragraph (p1, p2 …, blank lines too); tables after them, unplaced."""
    import docx as python_docx

    document = python_docx.Document()
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("sectPr"):
            body.remove(child)
    for line in lines.lines:
        document.add_paragraph(line)
    for grid in tables:
        width = max(len(r) for r in grid.rows)
        table = document.add_table(rows=len(grid.rows), cols=width)
        for r, row in enumerate(grid.rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    buf = io.BytesIO()
    document.save(buf)
    items = [Item(path, m, f"p{n}") for n, m in lines.marks]
    for k, grid in enumerate(tables, start=1):
        items += grid.items(path, f"table{k}")
    return Doc(path, _fixed_zip_time(buf.getvalue()), items)


def pptx(path: str, slides: list[Lines]) -> Doc:
    from pptx import Presentation
    from pptx.util import Inches, Pt

    deck = Presentation()
    items: list[Item] = []
    for number, lines in enumerate(slides, start=1):
        slide = deck.slides.add_slide(deck.slide_layouts[6])
        frame = slide.shapes.add_textbox(Inches(0.5), Inches(0.5), Inches(9), Inches(6.5)).text_frame
        frame.word_wrap = True
        for i, line in enumerate(lines.lines):
            para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
            para.text = line
            para.font.size = Pt(14)
        items += lines.items(path, f"slide{number}!TextBox 1:")
    buf = io.BytesIO()
    deck.save(buf)
    return Doc(path, _fixed_zip_time(buf.getvalue()), items)


def html(path: str, title: str, lines: Lines, grid: Grid | None = None, encoding: str = "utf-8") -> Doc:
    parts = ["<!DOCTYPE html>\n<html lang=\"ja\"><head>"
             f"<meta charset=\"{encoding}\"><title>{escape(title)}</title></head><body>",
             f"<h1>{escape(title)}</h1>"]
    parts += [f"<p>{escape(line)}</p>" for line in lines.lines if line]
    items = lines.items(path, None)
    if grid:
        parts.append("<table border=\"1\">")
        for r, row in enumerate(grid.rows):
            tag = "th" if r == 0 else "td"
            parts.append("<tr>" + "".join(f"<{tag}>{escape(c)}</{tag}>" for c in row) + "</tr>")
        parts.append("</table>")
        items += grid.items(path, placed=False)
    parts.append("</body></html>\n")
    return Doc(path, "\n".join(parts).encode(encoding), items)


def json_doc(path: str, payload, marks) -> Doc:
    data = json.dumps(payload, ensure_ascii=False, indent=2).encode("utf-8")
    return Doc(path, data, [Item(path, m, None) for m in marks])


def xml_doc(path: str, root: str, records: list[list[tuple[str, object]]], marks) -> Doc:
    out = ['<?xml version="1.0" encoding="UTF-8"?>', f"<{root}>"]
    for record in records:
        out.append("  <record>")
        for tag, value in record:
            text = value.text if hasattr(value, "text") else str(value)
            out.append(f"    <{tag}>{escape(text)}</{tag}>")
        out.append("  </record>")
    out.append(f"</{root}>\n")
    return Doc(path, "\n".join(out).encode("utf-8"), [Item(path, m, None) for m in marks])


def rtf(path: str, lines: Lines) -> Doc:
    def enc(line: str) -> str:
        return "".join(ch if ord(ch) < 128 and ch not in "\\{}" else
                       ("\\" + ch if ch in "\\{}" else f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?")
                       for ch in line)
    body = "\\par\n".join(enc(line) for line in lines.lines)
    head = "{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0 MS Mincho;}}\\f0\\fs21\n"
    data = (head + body + "\\par\n}\n").encode("ascii")
    return Doc(path, data, lines.items(path))


def odt(path: str, lines: Lines) -> Doc:
    paras = "".join(f"<text:p>{escape(line)}</text:p>" for line in lines.lines)
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               f"<office:body><office:text>{paras}</office:text></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype", (2026, 4, 1, 9, 0, 0)), "application/vnd.oasis.opendocument.text",
                   zipfile.ZIP_STORED)
        for name, body in (("content.xml", content), ("META-INF/manifest.xml", manifest)):
            z.writestr(zipfile.ZipInfo(name, (2026, 4, 1, 9, 0, 0)), body, zipfile.ZIP_DEFLATED)
    return Doc(path, buf.getvalue(), lines.items(path, "body:"))


def pdf(path: str, pages: list[Lines]) -> Doc:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    buf = io.BytesIO()
    page = canvas.Canvas(buf, invariant=1)
    items: list[Item] = []
    for lines in pages:
        page.setFont("HeiseiKakuGo-W5", 10)
        y = 800
        for line in lines.lines:
            page.drawString(40, y, line)
            y -= 16
        page.showPage()
        items += lines.items(path, None)
    page.save()
    return Doc(path, buf.getvalue(), items)


def zipped(path: str, members: list[Doc]) -> Doc:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for m in members:
            z.writestr(zipfile.ZipInfo(m.path, (2026, 3, 2, 10, 0, 0)), m.data, zipfile.ZIP_DEFLATED)
    items = [Item(f"{path}!{i.path}", i.mark, i.location) for m in members for i in m.items]
    return Doc(path, buf.getvalue(), items)


def message(sender: str, to: str, subject: str, body: Lines, when: datetime, attachments: list[Doc] = (),
            charset: str = "utf-8") -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<{when:%Y%m%d%H%M%S}.{len(subject)}@example.jp>"
    msg.set_content(body.text(), charset=charset)
    for a in attachments:
        msg.add_attachment(a.data, maintype="application", subtype="octet-stream", filename=a.path)
    if attachments:  # a fixed boundary: the same bytes for a seed
        msg.set_boundary(f"==c16_{when:%Y%m%d%H%M%S}_{len(attachments)}==")
    return msg


def mail_items(path: str, body: Lines, attachments: list[Doc] = ()) -> list[Item]:
    items = body.items(path, "body:")
    for a in attachments:
        items += [Item(f"{path}!{i.path}", i.mark, i.location) for i in a.items]
    return items


def eml(path: str, msg: EmailMessage, body: Lines, attachments: list[Doc] = ()) -> Doc:
    return Doc(path, bytes(msg), mail_items(path, body, attachments))


def when(rng, year: int = 2026) -> datetime:
    month, day, hour, minute = rng.randrange(1, 12), rng.randrange(1, 28), rng.randrange(8, 19), rng.randrange(60)
    return datetime(year, month, day, hour, minute, tzinfo=JST)


def mbox(path: str, messages: list[tuple[EmailMessage, Lines, list[Doc]]]) -> Doc:
    chunks, items = [], []
    for n, (msg, body, attachments) in enumerate(messages):
        raw = bytes(msg).replace(b"\nFrom ", b"\n>From ")
        chunks.append(b"From office@example.jp Thu Apr  2 09:00:00 2026\n" + raw + b"\n")
        items += mail_items(f"{path}!{n}", body, attachments)
    return Doc(path, b"".join(chunks), items)
