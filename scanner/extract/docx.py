"""Word .docx with python-docx: paragraphs, tables (header row as labels),
headers and footers of every section."""

from __future__ import annotations

import io
import zipfile

import docx

from detectors.fields import compose_lines
from scanner.extract.base import Extraction, ExtractionError, TextUnit, in_blocks
from scanner.extract.ooxml import check_ooxml
from scanner.extract.table import table_units


def _table_rows(table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def _paragraph_units(paragraphs: list[tuple[str, str]]) -> list[TextUnit]:
    lines = [(location, text.replace("\n", " ")) for location, text in paragraphs]  # a paragraph, a line
    return [_block(block) for block in in_blocks(lines, lambda line: len(line[1]) + 1)]


def _block(block: list[tuple[str, str]]) -> TextUnit:
    text, spans = compose_lines(block)
    return TextUnit(text=text, location=block[0][0], spans=spans)


def _part_units(part, name: str) -> list[TextUnit]:
    paragraphs = [(f"{name}p{i + 1}", p.text) for i, p in enumerate(part.paragraphs) if p.text.strip()]
    units = _paragraph_units(paragraphs)
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
