"""OpenDocument text, spreadsheets and presentations (.odt, .ods, .odp).

Read with zipfile and lxml (both already used for OOXML) from content.xml and,
for headers and footers, styles.xml: ODF keeps its text in a few well-named
elements, so odfpy's object model would add a dependency and a slower parse
for nothing. Spreadsheets give cell locations like xlsx (`Sheet!B7`), with
repeated rows and cells expanded only up to the last one holding a value.
Encrypted packages (manifest encryption data) are `encrypted`.
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from scanner.extract.base import EncryptedObject, Extraction, ExtractionError, TextUnit, text_unit
from scanner.extract.table import table_units

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
_MAX_REPEAT = 1000  # repeated empty rows/cells (to the sheet's end) are not expanded
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


def _cells(row: etree._Element) -> list[str]:
    cells: list[str] = []
    for cell in row.iterchildren(f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell"):
        value = "\n".join(_paragraph_text(p) for p in cell.iter(*_BLOCKS))
        repeat = min(int(cell.get(f"{_TABLE}number-columns-repeated", "1")), _MAX_REPEAT)
        cells.extend([value] * (repeat if value else min(repeat, 1)))
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _table_rows(table: etree._Element) -> list[list[str]]:
    rows: list[list[str]] = []
    for row in table.iter(f"{_TABLE}table-row"):
        cells = _cells(row)
        repeat = int(row.get(f"{_TABLE}number-rows-repeated", "1"))
        rows.extend([cells] * (min(repeat, _MAX_REPEAT) if cells else 1))
    while rows and not rows[-1]:
        rows.pop()
    return rows


def _tables(root: etree._Element, prefix: str) -> list[TextUnit]:
    units = []
    for number, table in enumerate(root.iter(f"{_TABLE}table"), start=1):
        name = table.get(f"{_TABLE}name") or f"{prefix}{number}"
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


def _part(package: zipfile.ZipFile, name: str) -> etree._Element | None:
    try:
        return etree.fromstring(package.read(name), _PARSER)
    except KeyError:
        return None
    except (etree.XMLSyntaxError, zipfile.BadZipFile, OSError) as error:
        raise ExtractionError(f"corrupt OpenDocument: {name}: {error}") from error


def _open(data: bytes) -> zipfile.ZipFile:
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError) as error:
        raise ExtractionError(f"corrupt OpenDocument: {error}") from error
    manifest = _part(package, "META-INF/manifest.xml")
    if manifest is not None and manifest.find(".//manifest:encryption-data", NS) is not None:
        raise EncryptedObject("password-protected OpenDocument")
    return package


def extract_odf(data: bytes) -> Extraction:
    with _open(data) as package:
        content = _part(package, "content.xml")
        styles = _part(package, "styles.xml")
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
