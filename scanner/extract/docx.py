"""Word .docx: paragraphs, tables (header row or row labels as context), every
header and footer part.

python-docx's element classes read the text, but only the parts that hold text
are parsed: opening the whole package (styles, numbering, theme, settings) cost
five times as much as reading a short letter.
"""

from __future__ import annotations

import re
import zipfile

from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from detectors.fields import compose_lines
from scanner.extract.base import Extraction, TextUnit, in_blocks
from scanner.extract.ooxml import open_package, parse_part
from scanner.extract.table import table_units

BODY = "word/document.xml"
_HEADER_FOOTER = re.compile(r"word/(header|footer)(\d*)\.xml")
_P, _TBL, _SDT, _SDT_CONTENT = qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:sdtContent")


def _table_rows(table: Table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def _paragraph_units(paragraphs: list[tuple[str, str]]) -> list[TextUnit]:
    lines = [(location, text.replace("\n", " ")) for location, text in paragraphs]  # a paragraph, a line
    return [_block(block) for block in in_blocks(lines, lambda line: len(line[1]) + 1)]


def _block(block: list[tuple[str, str]]) -> TextUnit:
    text, spans = compose_lines(block)
    return TextUnit(text=text, location=block[0][0], spans=spans)


def _blocks(container):
    """Paragraphs and tables in document order; content controls (form fields) opened."""
    for child in container.iterchildren():
        if child.tag == _SDT:
            for content in child.iterchildren(_SDT_CONTENT):
                yield from _blocks(content)
        elif child.tag in (_P, _TBL):
            yield child


def _part_units(container, name: str) -> list[TextUnit]:
    paragraphs, tables = [], []
    for element in _blocks(container):
        if element.tag == _P:
            paragraphs.append(Paragraph(element, None).text)
        else:
            tables.append(Table(element, None))
    units = _paragraph_units([(f"{name}p{i + 1}", text) for i, text in enumerate(paragraphs) if text.strip()])
    for t, table in enumerate(tables):
        units.extend(table_units(_table_rows(table), sheet=f"{name}table{t + 1}"))
    return units


def _parse(package: zipfile.ZipFile, part: str):
    return parse_part(package, part, "docx", parse_xml)


def extract_docx(data: bytes) -> Extraction:
    with open_package(data, "docx") as package:
        document = _parse(package, BODY)
        body = document.find(qn("w:body"))
        units = _part_units(body, "") if body is not None else []
        for part in sorted(package.namelist()):
            match = _HEADER_FOOTER.fullmatch(part)
            if match:
                kind, number = match.groups()
                units.extend(_part_units(_parse(package, part), f"{kind}{number or 1}!"))
    return Extraction(format="docx", units=units)
