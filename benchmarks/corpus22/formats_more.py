"""The rarer formats of corpus 22: RTF, ODF text, PDF, a fixed-width host export,
JSON and XML — each from Lines or Grid, each with its items of truth."""

from __future__ import annotations

import zipfile
import json as _json
import unicodedata
from xml.sax.saxutils import escape

from benchmarks.corpus16.model import Doc, Grid, Item, Lines
from benchmarks.corpus16.render_formats import odt_content, odt_manifest, odt_package, pdf_pages, rtf_escaped
from benchmarks.corpus22.formats import FIXED


def rtf(path: str, lines: Lines) -> Doc:
    """A WordPad-style RTF: every non-ASCII character a \\uN escape with a ? fallback."""
    body = [rtf_escaped(line) + "\\par" for line in lines.lines]
    data = ("{\\rtf1\\ansi\\ansicpg932\\deff0{\\fonttbl{\\f0\\fnil\\fcharset128 MS Mincho;}}\n\\f0\\fs21 "
            + "\n".join(body) + "\n}\n").encode("ascii")
    return Doc(path, data, lines.items(path))


def odt(path: str, lines: Lines) -> Doc:
    # every member stored, the manifest before the content (as corpus 22 first wrote them)
    package = odt_package(odt_content(lines.lines), odt_manifest(), FIXED, manifest_first=True,
                          compress=zipfile.ZIP_STORED)
    return Doc(path, package, lines.items(path, "body:"))


def pdf(path: str, pages: list[Lines]) -> Doc:
    """Pages of text in a CID font (reportlab, invariant output); no places given."""
    items: list[Item] = [item for lines in pages for item in lines.items(path, None)]
    return Doc(path, pdf_pages([lines.lines for lines in pages], left=50), items)


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
