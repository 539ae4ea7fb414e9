"""OpenDocument text, spreadsheets and presentations (.odt, .ods, .odp).

Read with zipfile and lxml (both already used for OOXML) from content.xml and,
for headers and footers, styles.xml: ODF keeps its text in a few well-named
elements, so odfpy's object model would add a dependency and a slower parse
for nothing. Spreadsheets give cell locations like xlsx (`Sheet!B7`), at the
cells' real rows and columns; repeated blank rows and cells are not expanded.
Encrypted packages (manifest encryption data) are `encrypted`.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

from lxml import etree

from inventory.uris import escape_name
from scanner.extract.archive import OPEN_ERRORS
from scanner.extract.base import EncryptedObject, Extraction, ExtractionError, TextUnit, text_unit
from scanner.extract.budget import Budget
from scanner.extract.ooxml import read_part
from scanner.extract.table import Cells, Row, table_units
from scanner.redact import sanitise

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "presentation": "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}
_T = "{%s}" % NS["text"]
_TABLE = "{%s}" % NS["table"]
# A value repeated over more rows or columns is read this many times: a few bytes
# of XML must not become a million cells (blank repeats only move the count on).
_MAX_REPEAT = 100
_BLOCKS = (f"{_T}p", f"{_T}h")
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


def _inline(node: etree._Element) -> str:
    if node.tag == f"{_T}s":
        text = " " * int(node.get(f"{_T}c", "1"))
    elif node.tag in (f"{_T}tab", f"{_T}line-break"):
        text = "\t" if node.tag == f"{_T}tab" else "\n"
    elif node.tag == f"{_T}note-citation" or not isinstance(node.tag, str):
        text = ""  # a footnote's number; comments and processing instructions
    else:
        text = (node.text or "") + "".join(_inline(child) for child in node)
    return text + (node.tail or "")


def _paragraph_text(paragraph: etree._Element) -> str:
    return (paragraph.text or "") + "".join(_inline(child) for child in paragraph)


def _blocks_text(root: etree._Element) -> str:
    """Every paragraph and heading outside tables, one per line."""
    return "\n".join(_paragraph_text(p) for p in root.iter(*_BLOCKS)
                     if not any(a.tag == f"{_TABLE}table-cell" for a in p.iterancestors()))


def _repeat(element: etree._Element, attribute: str) -> int:
    try:
        return max(1, int(element.get(f"{_TABLE}{attribute}", "1")))
    except ValueError:
        return 1


def _cells(row: etree._Element) -> Cells:
    """The non-blank cells of a row at their real columns; a value repeated over
    more columns is read _MAX_REPEAT times."""
    cells: Cells = []
    column = 0
    for cell in row.iterchildren(f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell"):
        value = "\n".join(_paragraph_text(p) for p in cell.iter(*_BLOCKS))
        repeat = _repeat(cell, "number-columns-repeated")
        if value.strip():
            cells.extend((column + i, value) for i in range(min(repeat, _MAX_REPEAT)))
        column += repeat
    return cells


def _table_rows(table: etree._Element) -> Iterator[Row]:
    """Rows with values at their real row numbers (blank and repeated-blank rows
    only move the count on)."""
    number = 0
    for row in table.iter(f"{_TABLE}table-row"):
        cells, repeat = _cells(row), _repeat(row, "number-rows-repeated")
        if cells:
            yield from ((number + i, cells) for i in range(min(repeat, _MAX_REPEAT)))
        number += repeat


def _tables(root: etree._Element, prefix: str) -> list[TextUnit]:
    units = []
    for number, table in enumerate(root.iter(f"{_TABLE}table"), start=1):
        name = escape_name(table.get(f"{_TABLE}name") or f"{prefix}{number}")
        units.extend(table_units(_table_rows(table), sheet=name))
    return units


def _slides(root: etree._Element) -> list[TextUnit]:
    units = []
    for number, page in enumerate(root.iter("{%s}page" % NS["draw"]), start=1):
        notes = page.find("presentation:notes", NS)
        if notes is not None:
            page.remove(notes)
            units.append(text_unit(_blocks_text(notes), f"slide{number}!notes:"))
        units.append(text_unit(_blocks_text(page), f"slide{number}:"))
        units.extend(_tables(page, f"slide{number}!table"))
    return units


def _part(package: zipfile.ZipFile, name: str, budget: Budget) -> etree._Element | None:
    """A part parsed whole, once the file's budget admits its declared size."""
    if name not in package.NameToInfo:
        return None
    data = read_part(package, name, "OpenDocument", budget)
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as error:
        raise ExtractionError(cause=error, kind=f"OpenDocument part {sanitise(name)}") from error


def _open(data: bytes, budget: Budget) -> zipfile.ZipFile:
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except OPEN_ERRORS as error:
        raise ExtractionError(cause=error, kind="OpenDocument") from error
    manifest = _part(package, "META-INF/manifest.xml", budget)
    if manifest is not None and manifest.find(".//manifest:encryption-data", NS) is not None:
        raise EncryptedObject("password-protected OpenDocument")
    return package


def extract_odf(data: bytes, budget: Budget) -> Extraction:
    with _open(data, budget) as package:
        content = _part(package, "content.xml", budget)
        styles = _part(package, "styles.xml", budget)
    if content is None:
        raise ExtractionError("corrupt OpenDocument: no content.xml")
    body = content.find("office:body", NS)
    body = body if body is not None else content
    kind = body[0].tag.rsplit("}", 1)[-1] if len(body) else "text"
    units: list[TextUnit] = []
    if kind == "presentation":
        units = _slides(body)
    elif kind == "spreadsheet":
        units = _tables(body, "Sheet")
    else:
        units = [text_unit(_blocks_text(body), "body:"), *_tables(body, "table")]
    if styles is not None and kind != "presentation":  # headers and footers live with the page styles
        master = styles.find(".//office:master-styles", NS)
        units.append(text_unit(_blocks_text(styles if master is None else master), "header:"))
    name = {"presentation": "odp", "spreadsheet": "ods"}.get(kind, "odt")
    return Extraction(format=name, units=[u for u in units if u.text.strip()])
