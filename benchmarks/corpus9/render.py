"""Files of corpus 9 from lines and tables of strings and marks: each renderer
returns the bytes and the items (object path, location as daicho locates it, or
None where a format's own layout decides the line)."""

from __future__ import annotations

import io
import json
import re
import unicodedata
import zipfile
import zlib
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from xml.sax.saxutils import escape

import docx
import openpyxl
import pptx
from openpyxl.utils import get_column_letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from benchmarks.corpus9.model import Item, marks_of, text_of

FIXED_TIME = datetime(2026, 10, 1, 9, 0, 0)
PDF_FONT = "HeiseiKakuGo-W5"
JST = timezone(timedelta(hours=9))


def _items(path: str, location, piece) -> list[Item]:
    return [Item(path, location, m) for m in marks_of(piece)]


def repack(data: bytes) -> bytes:
    """The same zip with fixed member times, so that a seed gives the same bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the time of saving
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-10-01T09:00:00Z", body)
            dst.writestr(fixed, body)
    return out.getvalue()


def _saved(document) -> bytes:
    """An Office document's bytes (openpyxl, python-docx, python-pptx), repacked."""
    out = io.BytesIO()
    document.save(out)
    return repack(out.getvalue())


def txt(path: str, lines, encoding: str = "utf-8", newline: str = "\n", located: bool = True):
    text = newline.join(text_of(line) for line in lines) + newline
    items = [i for n, line in enumerate(lines) for i in _items(path, f"L{n + 1}" if located else None, line)]
    return text.encode(encoding), items


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def fixed(path: str, rows, widths: list[int], encoding: str = "cp932"):
    """A host export: each field padded to its width (full-width characters count two)."""
    lines = [[(cell, " " * max(w - width(text_of(cell)), 1)) for cell, w in zip(row, widths)] for row in rows]
    return txt(path, lines, encoding, "\r\n")


def csv(path: str, rows, encoding: str = "utf-8", sep: str = ",", quote_all: bool = False):
    def cell(piece) -> str:
        text = text_of(piece)
        if quote_all or sep in text or '"' in text:
            return '"' + text.replace('"', '""') + '"'
        return text
    data = "\r\n".join(sep.join(cell(c) for c in row) for row in rows) + "\r\n"
    items = [i for r, row in enumerate(rows) for c, piece in enumerate(row)
             for i in _items(path, f"{get_column_letter(c + 1)}{r + 1}", piece)]
    return data.encode(encoding), items


def xlsx(path: str, sheets, merged: dict[str, list[str]] | None = None):
    """sheets: [(name, rows)], a row a list of cells (None leaves a cell empty);
    merged: the ranges merged on a sheet (a header over its sub-headers)."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    items = []
    for name, rows in sheets:
        sheet = book.create_sheet(name)
        for cells in (merged or {}).get(name, []):
            sheet.merge_cells(cells)
        for r, row in enumerate(rows):
            for c, piece in enumerate(row):
                if piece is None or text_of(piece) == "":
                    continue
                ref = f"{get_column_letter(c + 1)}{r + 1}"
                sheet[ref] = text_of(piece)
                items += _items(path, f"{name}!{ref}", piece)
    book.properties.created = book.properties.modified = FIXED_TIME
    return _saved(book), items


def docx_(path: str, blocks):
    """blocks: ("p", line) paragraphs and ("table", rows); no empty paragraph."""
    document = docx.Document()
    items, paragraphs, tables = [], 0, 0
    for kind, body in blocks:
        if kind == "p":
            paragraphs += 1
            document.add_paragraph(text_of(body))
            items += _items(path, f"p{paragraphs}", body)
            continue
        tables += 1
        table = document.add_table(rows=len(body), cols=max(len(r) for r in body))
        for r, row in enumerate(body):
            for c, piece in enumerate(row):
                table.cell(r, c).text = text_of(piece)
                items += _items(path, f"table{tables}!{get_column_letter(c + 1)}{r + 1}", piece)
    document.core_properties.created = document.core_properties.modified = FIXED_TIME
    return _saved(document), items


def pdf(path: str, pages):
    """pages: lists of lines, drawn top down; the location is left to the reader."""
    pdfmetrics.registerFont(UnicodeCIDFont(PDF_FONT))
    out = io.BytesIO()
    page = canvas.Canvas(out, invariant=1)
    items = []
    for lines in pages:
        page.setFont(PDF_FONT, 10)
        for n, line in enumerate(lines):
            page.drawString(40, 800 - 16 * n, text_of(line))
            items += _items(path, None, line)
        page.showPage()
    page.save()
    return out.getvalue(), items


def pptx_(path: str, slides):
    """slides: (title, lines, notes)."""
    deck = pptx.Presentation()
    items = []
    for title, lines, notes in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[5])
        slide.shapes.title.text = text_of(title)
        box = slide.shapes.add_textbox(pptx.util.Inches(0.5), pptx.util.Inches(1.6), pptx.util.Inches(9),
                                       pptx.util.Inches(5)).text_frame
        box.text = "\n".join(text_of(line) for line in lines)
        if notes:
            slide.notes_slide.notes_text_frame.text = "\n".join(text_of(line) for line in notes)
        for piece in [title, *lines, *(notes or [])]:
            items += _items(path, None, piece)
    deck.core_properties.created = deck.core_properties.modified = FIXED_TIME
    deck.core_properties.last_modified_by = "kanri"
    return _saved(deck), items


def odt(path: str, lines):
    body = "".join(f"<text:p>{escape(text_of(line))}</text:p>" for line in lines)
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               f"<office:body><office:text>{body}</office:text></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", manifest)
    return repack(out.getvalue()), [i for line in lines for i in _items(path, None, line)]


def rtf(path: str, lines):
    def escaped(text: str) -> str:
        return "".join(ch if ord(ch) < 128 and ch not in "\\{}" else
                       (f"\\{ch}" if ch in "\\{}" else f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?")
                       for ch in text)
    body = "\\par\n".join(escaped(text_of(line)) for line in lines)
    data = "{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0 MS Mincho;}}\\f0\\fs21\n" + body + "\\par\n}"
    return data.encode("ascii"), [i for line in lines for i in _items(path, None, line)]


def html(path: str, title: str, blocks, encoding: str = "utf-8"):
    """blocks: ("p", line), ("h", line) and ("table", rows)."""
    out, items = [], []
    for kind, body in blocks:
        if kind == "table":
            rows = "".join("<tr>" + "".join(f"<td>{escape(text_of(c))}</td>" for c in row) + "</tr>" for row in body)
            out.append(f"<table border=\"1\">{rows}</table>")
            items += [i for row in body for c in row for i in _items(path, None, c)]
        else:
            tag = "h2" if kind == "h" else "p"
            out.append(f"<{tag}>{escape(text_of(body))}</{tag}>")
            items += _items(path, None, body)
    charset = "Shift_JIS" if encoding == "cp932" else encoding
    page = (f"<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"{charset}\"><title>{escape(title)}</title>"
            f"</head><body>\n" + "\n".join(out) + "\n</body></html>\n")
    return page.encode(encoding), items


def json_(path: str, records: list[dict]):
    """records: dicts of field → piece; written with its values as text."""
    plain = [{k: text_of(piece) for k, piece in record.items()} for record in records]
    items = [i for record in records for piece in record.values() for i in _items(path, None, piece)]
    return json.dumps(plain, ensure_ascii=False, indent=1).encode("utf-8"), items


def xml(path: str, root: str, row: str, records: list[dict]):
    body = "".join("<" + row + ">" + "".join(f"<{k}>{escape(text_of(p))}</{k}>" for k, p in r.items()) +
                   "</" + row + ">\n" for r in records)
    data = f'<?xml version="1.0" encoding="UTF-8"?>\n<{root}>\n{body}</{root}>\n'
    items = [i for record in records for piece in record.values() for i in _items(path, None, piece)]
    return data.encode("utf-8"), items


def eml(path: str, sender, to, subject: str, lines, attachments=(), day: int = 1):
    """A message: `sender` and `to` pieces (an address, a mark), the body's lines located
    body:L<n>, attachments (name, bytes, items made at their own path)."""
    message = EmailMessage()
    message["From"] = text_of(sender)
    message["To"] = text_of(to)
    message["Subject"] = subject
    message["Date"] = format_datetime(datetime(2026, 9, day % 28 + 1, 10, 30, tzinfo=JST))
    message["Message-ID"] = f"<{zlib.crc32(path.encode())}.{day}@mail.example.jp>"
    message.set_content("\n".join(text_of(line) for line in lines) + "\n", charset="utf-8", cte="8bit")
    items = _items(path, None, sender) + _items(path, None, to)
    items += [i for n, line in enumerate(lines) for i in _items(path, f"body:L{n + 1}", line)]
    for name, data, inner in attachments:
        main, sub = _mime(name)
        message.add_attachment(data, maintype=main, subtype=sub, filename=name)
        items += [Item(f"{path}!{i.path}", i.location, i.mark) for i in inner]
    return message.as_bytes(), items


def _mime(name: str) -> tuple[str, str]:
    suffix = name.rsplit(".", 1)[-1].lower()
    return {"csv": ("text", "csv"), "txt": ("text", "plain"), "pdf": ("application", "pdf"),
            "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")}.get(
        suffix, ("application", "octet-stream"))


def mbox(path: str, messages):
    """messages: (bytes, items made at the path `MSG`): each becomes `path!<index>`."""
    out, items = b"", []
    for n, (data, inner) in enumerate(messages):
        out += b"From kanri@example.jp Thu Oct  1 09:00:00 2026\n" + data.replace(b"\nFrom ", b"\n>From ") + b"\n"
        items += [Item(f"{path}!{n}" + i.path[len("MSG"):], i.location, i.mark) for i in inner]
    return out, items


def zip_(path: str, members):
    """members: (name, bytes, items made at the member's name)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data, _ in members:
            archive.writestr(zipfile.ZipInfo(name, date_time=FIXED_TIME.timetuple()[:6]), data)
    items = [Item(f"{path}!{i.path}", i.location, i.mark) for _, _, inner in members for i in inner]
    return out.getvalue(), items
