"""Writing documents in many formats, each remembering where its marks are as daicho's
extraction places them (a line, a cell, a body line); None where the object gives no
fixed place (a Word paragraph, a slide, a page, a web page, a JSON or XML record)."""

from __future__ import annotations

import io
import json
import re
import zipfile
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from html import escape as html_escape
from xml.sax.saxutils import escape as xml_escape

import docx
import openpyxl
import pptx
from openpyxl.styles import Alignment, Font
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from benchmarks.corpus16.model import Doc, Grid, Item, Lines, joined

JST = timezone(timedelta(hours=9))


def txt(path: str, lines: Lines, encoding: str = "utf-8", newline: str = "\n") -> Doc:
    data = lines.text().replace("\n", newline).encode(encoding)
    return Doc(path, data, lines.items(path))


def csv(path: str, grid: Grid, encoding: str = "utf-8", sep: str = ",", newline: str = "\r\n") -> Doc:
    def cell(text: str) -> str:
        return f'"{text}"' if sep in text or '"' in text else text
    data = newline.join(sep.join(cell(c) for c in row) for row in grid.rows) + newline
    return Doc(path, data.encode(encoding), grid.items(path))


def xlsx(path: str, sheets: list[tuple]) -> Doc:
    """Sheets of (name, rows, title[, groups]); a title is a merged band above the header,
    groups (label, first column, last column; from 1) a merged row over the header's columns."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    items = []
    for name, grid, title, *groups in sheets:
        sheet = book.create_sheet(name)
        offset = 0
        if title:
            width = max(len(r) for r in grid.rows)
            sheet.cell(1, 1, title).font = Font(bold=True)
            sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(2, width))
            sheet.cell(1, 1).alignment = Alignment(horizontal="center")
            offset = 1
        if groups:
            offset += 1
            for label, first, last in groups[0]:
                sheet.cell(offset, first, label).alignment = Alignment(horizontal="center")
                if last > first:
                    sheet.merge_cells(start_row=offset, start_column=first, end_row=offset, end_column=last)
        for r, row in enumerate(grid.rows, start=1 + offset):
            for c, text in enumerate(row, start=1):
                if text != "":
                    sheet.cell(r, c, text)
        items += grid.items(path, name, offset=offset)
    out = io.BytesIO()
    book.save(out)
    return Doc(path, stable(out.getvalue()), items)


def word(path: str, blocks: list) -> Doc:
    """blocks: Lines (one paragraph per line) or Grid (a table)."""
    document = docx.Document()
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
    out = io.BytesIO()
    document.save(out)
    return Doc(path, stable(out.getvalue()), items)


def slides(path: str, pages: list[tuple[str, Lines]]) -> Doc:
    deck = pptx.Presentation()
    items = []
    for title, body in pages:
        slide = deck.slides.add_slide(deck.slide_layouts[5])
        slide.shapes.title.text = title
        box = slide.shapes.add_textbox(pptx.util.Inches(0.5), pptx.util.Inches(1.5), pptx.util.Inches(9), pptx.util.Inches(5))
        box.text_frame.text = "\n".join(body.lines)
        items += body.items(path, None)
    out = io.BytesIO()
    deck.save(out)
    return Doc(path, stable(out.getvalue()), items)


def html(path: str, title: str, blocks: list, encoding: str = "utf-8") -> Doc:
    parts = [f"<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"{encoding}\"><title>{html_escape(title)}</title>"
             "</head><body>", f"<h1>{html_escape(title)}</h1>"]
    items = []
    for block in blocks:
        if isinstance(block, Grid):
            parts.append("<table border=\"1\">")
            for r, row in enumerate(block.rows):
                tag = "th" if r == 0 else "td"
                parts.append("<tr>" + "".join(f"<{tag}>{html_escape(c)}</{tag}>" for c in row) + "</tr>")
            parts.append("</table>")
            items += block.items(path, placed=False)
        else:
            parts += [f"<p>{html_escape(line)}</p>" for line in block.lines if line]
            items += block.items(path, None)
    parts.append("</body></html>")
    return Doc(path, "\n".join(parts).encode(encoding), items)


def json_records(path: str, payload, marks: list) -> Doc:
    """payload already holds the marks' texts; marks: those marks (no places)."""
    data = json.dumps(payload, ensure_ascii=False, indent=2).encode("utf-8")
    return Doc(path, data, [Item(path, m, None) for m in marks])


def xml_records(path: str, root: str, records: list[list[tuple[str, str]]], marks: list, record: str = "record") -> Doc:
    out = ['<?xml version="1.0" encoding="UTF-8"?>', f"<{root}>"]
    for fields in records:
        out.append(f"  <{record}>" + "".join(f"<{k}>{xml_escape(v)}</{k}>" for k, v in fields) + f"</{record}>")
    out.append(f"</{root}>")
    return Doc(path, ("\n".join(out) + "\n").encode("utf-8"), [Item(path, m, None) for m in marks])


def rtf(path: str, lines: Lines) -> Doc:
    def encode(text: str) -> str:
        return "".join(ch if ord(ch) < 128 and ch not in "\\{}" else f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?"
                       for ch in text)
    body = "\\par\n".join(encode(line) for line in lines.lines)
    data = "{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0 MS Mincho;}}\\f0\\fs21\n" + body + "\\par\n}"
    return Doc(path, data.encode("ascii"), lines.items(path, None))


def odt(path: str, lines: Lines) -> Doc:
    paragraphs = "".join(f"<text:p>{xml_escape(line)}</text:p>" for line in lines.lines)
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               f"<office:body><office:text>{paragraphs}</office:text></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(_fixed("mimetype"), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        archive.writestr(_fixed("content.xml"), content, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr(_fixed("META-INF/manifest.xml"), manifest, compress_type=zipfile.ZIP_DEFLATED)
    return Doc(path, out.getvalue(), lines.items(path, "body:"))


_FONT = "HeiseiKakuGo-W5"


def pdf(path: str, pages: list[Lines]) -> Doc:
    pdfmetrics.registerFont(UnicodeCIDFont(_FONT))
    out = io.BytesIO()
    sheet = canvas.Canvas(out, invariant=1)
    items = []
    for page in pages:
        sheet.setFont(_FONT, 10)
        y = 800
        for line in page.lines:
            if line:
                sheet.drawString(50, y, line)
            y -= 16
        sheet.showPage()
        items += page.items(path, None)
    sheet.save()
    return Doc(path, out.getvalue(), items)


_STAMP = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)")


def stable(data: bytes) -> bytes:
    """An Office file with fixed member times and document dates: the same bytes each run."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = _STAMP.sub(rb"\g<1>2026-11-20T09:00:00Z\g<2>", body)
            target.writestr(_fixed(info.filename), body)
    return out.getvalue()


def _fixed(name: str) -> zipfile.ZipInfo:
    """A member with a fixed time: the same bytes for the same seed."""
    return zipfile.ZipInfo(name, date_time=(2026, 11, 20, 9, 0, 0))


def archive(path: str, members: list[Doc]) -> Doc:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bundle:
        for member in members:
            bundle.writestr(_fixed(member.path), member.data)
    items = [Item(f"{path}!{i.path}", i.mark, i.location) for m in members for i in m.items]
    return Doc(path, out.getvalue(), items)


def message(sender, to, subject: str, body: Lines, when: datetime, attachments: list[Doc] = (),
            msgid: str = "") -> tuple[bytes, list[tuple[str, Item]]]:
    """The bytes of a mail and its items, each with the path suffix under the mail; sender
    and to: a string or parts (strings and marks), the marks placed in the header unit."""
    mail = EmailMessage()
    (sender, from_marks), (to, to_marks) = joined(sender), joined(to)
    mail["From"], mail["To"], mail["Subject"] = sender, to, subject
    mail["Date"] = format_datetime(when.replace(tzinfo=JST))
    mail["Message-ID"] = f"<{msgid or when.strftime('%Y%m%d%H%M%S')}@mail.invalid>"
    mail.set_content(body.text(), charset="utf-8")
    items = [("", Item("", m, None)) for m in from_marks + to_marks] + [("", i) for i in body.items("", "body:")]
    for doc in attachments:
        maintype, subtype = _mime(doc.path)
        mail.add_attachment(doc.data, maintype=maintype, subtype=subtype, filename=doc.path)
        items += [(f"!{doc.path}{i.path[len(doc.path):]}", i) for i in doc.items]
    if attachments:
        mail.set_boundary(f"=_c17_{msgid or when.strftime('%Y%m%d%H%M%S')}")
    return mail.as_bytes(), items


def _mime(name: str) -> tuple[str, str]:
    suffix = name.rsplit(".", 1)[-1].lower()
    return {"csv": ("text", "csv"), "txt": ("text", "plain"), "pdf": ("application", "pdf"),
            "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
            }.get(suffix, ("application", "octet-stream"))


def eml(path: str, *args, **kw) -> Doc:
    data, items = message(*args, **kw)
    return Doc(path, data, [Item(path + suffix, i.mark, i.location) for suffix, i in items])


def mbox(path: str, messages: list[tuple]) -> Doc:
    """messages: argument tuples of message(); members are numbered from 0."""
    chunks, items = [], []
    for n, args in enumerate(messages):
        data, found = message(*args)
        when = args[4]
        text = data.replace(b"\r\n", b"\n")
        text = b"\n".join(b">" + l if l.startswith(b"From ") else l for l in text.split(b"\n"))
        chunks.append(f"From MAILER-DAEMON {when.strftime('%a %b %d %H:%M:%S %Y')}\n".encode() + text + b"\n")
        items += [Item(f"{path}!{n}{suffix}", i.mark, i.location) for suffix, i in found]
    return Doc(path, b"".join(chunks), items)


def fixed_width_text(fields: list[tuple[int, str]], row: list, encoding: str = "cp932") -> list:
    """The parts of one fixed-width line: marks stay marks, padding strings around them."""
    out = []
    for (width, align), cell in zip(fields, row):
        text = cell.text if hasattr(cell, "text") else str(cell)
        pad = " " * (width - len(text.encode(encoding)))
        out += [cell, pad] if align == "<" else [pad, cell]
    return out
