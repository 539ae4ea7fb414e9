"""Word .docx with python-docx: paragraphs, tables (header row as labels),
headers and footers of every section."""

from __future__ import annotations

import io
import zipfile

import docx

from scanner.extract.base import Extraction, ExtractionError, TextUnit, text_unit
from scanner.extract.ooxml import check_ooxml
from scanner.extract.table import table_units


def _table_rows(table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def _part_units(part, name: str) -> list[TextUnit]:
    units = [text_unit(p.text, f"{name}p{i + 1}") for i, p in enumerate(part.paragraphs) if p.text.strip()]
    for t, table in enumerate(part.tables):
        units.extend(table_units(_table_rows(table), sheet=f"{name}table{t + 1}"))
    return units


def extract_docx(data: bytes) -> Extraction:
    check_ooxml(data, "docx")
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise ExtractionError(f"corrupt docx: {error}") from error
    units = _part_units(document, "")
    for s, section in enumerate(document.sections):
        for kind, part in (("header", section.header), ("footer", section.footer)):
            if not part.is_linked_to_previous or s == 0:
                units.extend(_part_units(part, f"{kind}{s + 1}!"))
    return Extraction(format="docx", units=units)
