"""Word .docx: paragraphs, tables (header row or row labels as context), text
boxes, every header and footer part.

Only the parts that hold text are parsed: opening the whole package (styles,
numbering, theme, settings) cost five times as much as reading a short letter.
python-docx reads the table grid (merged cells); the text of a paragraph is read
here in one pass over its elements, because python-docx's reading misses text
that Word forms and edited documents keep in a paragraph: inline content
controls (form fields), tracked insertions, smart tags, simple fields; and it
costs an XPath query per run.
"""

from __future__ import annotations

import re

from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.table import Table

from detectors.fields import compose_lines
from scanner.extract.base import Extraction, TextUnit, in_blocks, library_errors
from scanner.extract.budget import Budget
from scanner.extract.ooxml import open_package, parse_part
from scanner.extract.table import dense_rows, table_units

BODY = "word/document.xml"
_HEADER_FOOTER = re.compile(r"word/(header|footer)(\d*)\.xml")
_P, _TBL, _TR, _TC, _R = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc"), qn("w:r")
_SDT, _SDT_CONTENT, _TEXT_BOX = qn("w:sdt"), qn("w:sdtContent"), qn("w:txbxContent")
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_BR, _BREAK_TYPE = qn("w:br"), qn("w:type")
# Run content and its text (python-docx's reading); deleted text (w:delText) and
# field codes (w:instrText) are not text of the document.
_RUN_TEXT = {qn("w:t"): None, qn("w:tab"): "\t", qn("w:ptab"): "\t", _BR: "\n",
             qn("w:cr"): "\n", qn("w:noBreakHyphen"): "-"}


def paragraph_text(paragraph) -> str:
    """The text of a w:p: its runs wherever they are nested (hyperlinks, content
    controls, insertions, smart tags, fields), not those of a text box anchored
    in it (a text box is read as a block of its own, see _text_boxes)."""
    parts = []
    for element in paragraph.iter(*_RUN_TEXT):
        run = element.getparent()
        if run.tag != _R or _paragraph_of(run) is not paragraph:
            continue  # a tab stop in the paragraph's properties, or a text box's run
        text = _RUN_TEXT[element.tag]
        if text is None:
            text = element.text or ""
        elif element.tag == _BR and element.get(_BREAK_TYPE, "textWrapping") != "textWrapping":
            text = ""  # page and column breaks
        parts.append(text)
    return "".join(parts)


def _paragraph_of(element):
    while element is not None and element.tag != _P:
        element = element.getparent()
    return element


def _blocks(container):
    """Paragraphs and tables in document order; content controls (form fields) opened."""
    for child in container.iterchildren():
        if child.tag == _SDT:
            for content in child.iterchildren(_SDT_CONTENT):
                yield from _blocks(content)
        elif child.tag in (_P, _TBL):
            yield child


def _cell_text(cell) -> str:
    """A cell's paragraphs, one line each; a nested table's rows as lines."""
    lines = []
    for block in _blocks(cell):
        if block.tag == _P:
            lines.append(paragraph_text(block))
        else:
            lines += [" ".join(_cell_text(tc) for tc in tr.iterchildren(_TC)) for tr in block.iterchildren(_TR)]
    return "\n".join(lines)


def _table_rows(table) -> list[list[str]]:
    # python-docx's grid: a merged cell repeats in every column and row it spans
    return [[_cell_text(cell._tc) for cell in row.cells] for row in Table(table, None).rows]


def _paragraph_units(paragraphs: list[tuple[str, str]]) -> list[TextUnit]:
    lines = [(location, text.replace("\n", " ")) for location, text in paragraphs]  # a paragraph, a line
    return [_block(block) for block in in_blocks(lines, lambda line: len(line[1]) + 1)]


def _block(block: list[tuple[str, str]]) -> TextUnit:
    text, spans = compose_lines(block)
    return TextUnit(text=text, location=block[0][0], spans=spans)


def _part_units(container, name: str) -> list[TextUnit]:
    paragraphs, tables = [], []
    for element in _blocks(container):
        if element.tag == _P:
            paragraphs.append(paragraph_text(element))
        else:
            tables.append(element)
    units = _paragraph_units([(f"{name}p{i + 1}", text) for i, text in enumerate(paragraphs) if text.strip()])
    for t, table in enumerate(tables):
        units.extend(table_units(dense_rows(_table_rows(table)), sheet=f"{name}table{t + 1}"))
    return units


def _text_boxes(part) -> list:
    """Text boxes of a part, each once: Word writes a VML copy of every DrawingML
    text box for older readers (mc:Fallback), which is skipped."""
    return [box for box in part.iter(_TEXT_BOX) if next(box.iterancestors(_FALLBACK), None) is None]


def _units(part, name: str) -> list[TextUnit]:
    units = _part_units(part, name)
    for number, box in enumerate(_text_boxes(part), start=1):
        units.extend(_part_units(box, f"{name}textbox{number}!"))
    return units


def extract_docx(data: bytes, budget: Budget) -> Extraction:
    with open_package(data, "docx") as package, library_errors("docx"):
        document = parse_part(package, BODY, "docx", parse_xml, budget)
        body = document.find(qn("w:body"))
        units = _units(body, "") if body is not None else []
        del document, body  # one part's tree at a time
        for part in sorted(package.namelist()):
            match = _HEADER_FOOTER.fullmatch(part)
            if match:
                kind, number = match.groups()
                units.extend(_units(parse_part(package, part, "docx", parse_xml, budget), f"{kind}{number or 1}!"))
    return Extraction(format="docx", units=units)
