"""The rarer formats of corpus 22: RTF, ODF text, PDF, a fixed-width host export,
JSON and XML — each from Lines or Grid, each with its items of truth."""

from __future__ import annotations

import io
import json as _json
import unicodedata
from xml.sax.saxutils import escape

from benchmarks.corpus16.model import Doc, Grid, Item, Lines
from benchmarks.corpus22.formats import zipped


def rtf(path: str, lines: Lines) -> Doc:
    """A WordPad-style RTF: every non-ASCII character a \\uN escape with a ? fallback."""
    body = []
    for line in lines.lines:
        out = []
        for ch in line:
            code = ord(ch)
            if ch in "\\{}":
                out.append("\\" + ch)
            elif code < 128:
                out.append(ch)
            else:
                out.append(f"\\u{code if code < 32768 else code - 65536}?")
        body.append("".join(out) + "\\par")
    data = ("{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0\\fnil\\fcharset128 MS Mincho;}}\n\\f0\\fs21 "
            + "\n".join(body) + "\n}\n").encode("ascii")
    return Doc(path, data, lines.items(path))


_ODT_MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                 'opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
                 'manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:'
                 'full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')


def odt(path: str, lines: Lines) -> Doc:
    paragraphs = "".join(f"<text:p>{escape(line)}</text:p>" for line in lines.lines)
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content xmlns:office="urn:oasis:names:tc:'
               'opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               f'office:version="1.2"><office:body><office:text>{paragraphs}</office:text></office:body>'
               '</office:document-content>')
    members = [("mimetype", b"application/vnd.oasis.opendocument.text"),
               ("META-INF/manifest.xml", _ODT_MANIFEST.encode()), ("content.xml", content.encode("utf-8"))]
    return Doc(path, zipped(path, members), lines.items(path, "body:"))


def pdf(path: str, pages: list[Lines]) -> Doc:
    """Pages of text in a CID font (reportlab, invariant output); no places given."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    raw = io.BytesIO()
    sheet = canvas.Canvas(raw, pagesize=A4, invariant=1)
    items: list[Item] = []
    for lines in pages:
        sheet.setFont("HeiseiKakuGo-W5", 10)
        y = 800
        for line in lines.lines:
            sheet.drawString(50, y, line)
            y -= 16
        sheet.showPage()
        items += lines.items(path, None)
    sheet.save()
    return Doc(path, raw.getvalue(), items)


def width(text: str) -> int:
    """Columns a CP932 host counts: two for a full-width character."""
    return sum(2 if unicodedata.east_asian_width(ch) in "FWA" else 1 for ch in text)


def fixed_width(path: str, grid: Grid, widths: list[int], encoding: str = "cp932") -> Doc:
    """A host export: every field padded to its width, no header, one record a line."""
    lines = Lines()
    for row in grid.rows:
        lines.lines.append("".join(cell + " " * max(1, w - width(cell)) for cell, w in zip(row, widths)))
    items = [Item(path, m, f"L{r}") for r, _, m in grid.marks]
    data = ("\r\n".join(lines.lines) + "\r\n").encode(encoding)
    return Doc(path, data, items)


def json_records(path: str, records: list[dict], marks: list[tuple[int, object]]) -> Doc:
    """Records one to a line (JSON Lines); marks are (record index, Mark)."""
    body = "\n".join(_json.dumps(r, ensure_ascii=False) for r in records) + "\n"
    return Doc(path, body.encode("utf-8"), [Item(path, m, f"L{n + 1}") for n, m in marks])


def json_document(path: str, document: object, marks: list) -> Doc:
    """An indented JSON document; the marks' lines are found in the text written."""
    body = _json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    return Doc(path, body.encode("utf-8"), _placed(path, body, marks))


def xml(path: str, body: str, marks: list) -> Doc:
    return Doc(path, body.encode("utf-8"), _placed(path, body, marks))


def _placed(path: str, body: str, marks: list) -> list[Item]:
    items, cursor = [], 0
    for mark in marks:
        at = body.find(mark.text if "&" not in mark.text else escape(mark.text), cursor)
        at = body.find(mark.text) if at < 0 else at
        items.append(Item(path, mark, f"L{body[:at].count(chr(10)) + 1}"))
        cursor = max(cursor, at)
    return items
