"""Bytes of the formats corpus 13 writes, the same for the same content (fixed
zip times and document properties, fixed mail boundaries)."""

from __future__ import annotations

import base64
import csv
import io
import zipfile
from datetime import datetime
from urllib.parse import quote
from xml.sax.saxutils import escape

from benchmarks.corpus13.marks import Grid

STAMP = (2026, 11, 20, 9, 0, 0)


def zipped(members: list[tuple[str, bytes]], stored_first: bool = False) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for index, (name, data) in enumerate(members):
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_STORED if stored_first and index == 0 else zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return out.getvalue()


def rezipped(data: bytes) -> bytes:
    """An Office file with every member's time fixed."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return zipped([(info.filename, archive.read(info)) for info in archive.infolist()])


def csv_bytes(grid: Grid, encoding: str = "utf-8", delimiter: str = ",") -> bytes:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(grid.rows)
    return out.getvalue().encode(encoding)


def xlsx_bytes(grids: list[Grid], widths: int = 14) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for grid in grids:
        sheet = book.create_sheet(grid.sheet)
        for row in grid.rows:
            sheet.append(row)
        for cells in grid.merged:
            sheet.merge_cells(cells)
    book.properties.creator = "daicho corpus13"
    book.properties.created = book.properties.modified = datetime(*STAMP)
    out = io.BytesIO()
    book.save(out)
    return _fixed_core(rezipped(out.getvalue()))


def _fixed_core(data: bytes) -> bytes:
    """openpyxl stamps the time of saving into docProps/core.xml: put the fixed one."""
    import re

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = [(i.filename, archive.read(i)) for i in archive.infolist()]
    stamp = b"2026-11-20T09:00:00Z"
    fixed = [(name, re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", stamp, body) if name == "docProps/core.xml" else body)
             for name, body in members]
    return zipped(fixed)


def docx_bytes(blocks: list) -> bytes:
    """Paragraphs (str) and tables (Grid) in order."""
    import docx

    document = docx.Document()
    for block in blocks:
        if isinstance(block, Grid):
            table = document.add_table(rows=len(block.rows), cols=max(len(r) for r in block.rows))
            for cells, row in zip(table.rows, block.rows):
                for cell, text in zip(cells.cells, row):
                    cell.text = text
        else:
            document.add_paragraph(block)
    out = io.BytesIO()
    document.save(out)
    return _fixed_core(rezipped(out.getvalue()))


def pptx_bytes(slides: list[list[str]]) -> bytes:
    from pptx import Presentation
    from pptx.util import Inches, Pt

    deck = Presentation()
    for lines in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[6])
        frame = slide.shapes.add_textbox(Inches(0.5), Inches(0.5), Inches(9), Inches(6.5)).text_frame
        frame.text = lines[0]
        for line in lines[1:]:
            frame.add_paragraph().text = line
        for paragraph in frame.paragraphs:
            for run in paragraph.runs:
                run.font.size = Pt(12)
    out = io.BytesIO()
    deck.save(out)
    return _fixed_core(rezipped(out.getvalue()))


def pdf_bytes(lines: list[str]) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    out = io.BytesIO()
    page = canvas.Canvas(out, invariant=1)
    y = 800
    for line in lines:
        if y < 50:
            page.showPage()
            y = 800
        page.setFont("HeiseiKakuGo-W5", 10)
        page.drawString(40, y, line)
        y -= 16
    page.save()
    return out.getvalue()


def odt_bytes(paragraphs: list[str]) -> bytes:
    body = "".join(f"<text:p>{escape(p)}</text:p>" for p in paragraphs)
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
    return zipped([("mimetype", b"application/vnd.oasis.opendocument.text"), ("content.xml", content.encode()),
                   ("META-INF/manifest.xml", manifest.encode())], stored_first=True)


def rtf_bytes(paragraphs: list[str]) -> bytes:
    def escaped(text: str) -> str:
        return "".join(ch if ord(ch) < 128 and ch not in "\\{}" else
                       (f"\\{ch}" if ch in "\\{}" else f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?")
                       for ch in text)

    body = "".join(f"{escaped(p)}\\par\n" for p in paragraphs)
    return ("{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0 MS Mincho;}}\\f0\\fs21\n" + body + "}").encode("ascii")


def mail_bytes(head: dict[str, str], body: str, attachments: list[tuple[str, str, bytes]] = ()) -> bytes:
    """A message: headers, a UTF-8 body and attachments (name, MIME type, bytes), base64."""
    lines = [f"{key}: {value}" for key, value in head.items()] + ["MIME-Version: 1.0"]
    text = base64.encodebytes(body.encode("utf-8")).decode("ascii")
    if not attachments:
        lines += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64", "", text]
        return "\r\n".join(lines).encode("ascii")
    boundary = "==c13-" + head.get("Message-ID", "x").strip("<>").split("@")[0]
    lines += [f'Content-Type: multipart/mixed; boundary="{boundary}"', "", f"--{boundary}",
              "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64", "", text]
    for name, mime, data in attachments:
        lines += [f"--{boundary}", f"Content-Type: {mime}", "Content-Transfer-Encoding: base64",
                  f"Content-Disposition: attachment; filename*=UTF-8''{quote(name)}", "",
                  base64.encodebytes(data).decode("ascii")]
    lines.append(f"--{boundary}--")
    return "\r\n".join(lines).encode("ascii")


def encoded_header(text: str) -> str:
    return "=?UTF-8?B?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="
