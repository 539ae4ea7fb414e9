"""What of an .xlsx package the cell reader needs, read with openpyxl's own parsers
but without building an openpyxl Workbook.

`load_workbook(read_only=True)` builds a Workbook (default styles, a first sheet),
the whole stylesheet (fonts, fills, borders, named styles bound to it), the
document properties and theme, and parses each sheet once for its size before a
cell is read: on the short sheets of an office share that cost as much as the
cells. The cell reader needs only the sheets (name, part), the shared strings,
the date system and which cell styles are dates or durations; each is read here
by the parser openpyxl uses for it, and the styles are classified exactly as
openpyxl's Stylesheet does (custom number formats first, else built-in ones).
"""

from __future__ import annotations

import datetime
import zipfile
from dataclasses import dataclass
from types import SimpleNamespace

from openpyxl.packaging.manifest import Manifest
from openpyxl.reader.excel import _find_workbook_part
from openpyxl.reader.strings import read_string_table
from openpyxl.reader.workbook import WorkbookParser
from openpyxl.styles.cell_style import CellStyleList
from openpyxl.styles.numbers import NumberFormatList, builtin_format_code, is_date_format, is_timedelta_format
from openpyxl.utils.datetime import MAC_EPOCH, WINDOWS_EPOCH
from openpyxl.xml.constants import ARC_CONTENT_TYPES, ARC_STYLE, SHARED_STRINGS, SHEET_MAIN_NS
from openpyxl.xml.functions import fromstring


@dataclass
class Book:
    sheets: list[tuple[str, str]]  # (title, part name) of each worksheet, in the workbook's order
    shared_strings: list
    epoch: datetime.datetime
    date_formats: set[int]
    timedelta_formats: set[int]


class _SheetsOnly(WorkbookParser):
    """openpyxl's workbook parser with a stand-in for the Workbook it fills (its
    own __init__, not called, builds one): parse() sets the date system, the
    sheets and attributes nothing here reads."""

    def __init__(self, archive: zipfile.ZipFile, part: str) -> None:
        self.archive, self.workbook_part_name, self.keep_links = archive, part, False
        self.defined_names, self.sheets = None, []
        self.wb = SimpleNamespace(epoch=WINDOWS_EPOCH, _external_links=[])


def _styles(archive: zipfile.ZipFile) -> tuple[set[int], set[int]]:
    """Indexes of the cell styles that format a date, and a duration (openpyxl's
    Stylesheet._normalise_numbers); none without a stylesheet, as openpyxl."""
    try:
        root = fromstring(archive.read(ARC_STYLE))
    except KeyError:
        return set(), set()
    found = root.find(f"{{{SHEET_MAIN_NS}}}numFmts")
    custom = {n.numFmtId: n.formatCode for n in NumberFormatList.from_tree(found).numFmt} if found is not None else {}
    found = root.find(f"{{{SHEET_MAIN_NS}}}cellXfs")
    styles = CellStyleList.from_tree(found).xf if found is not None else ()
    dates, durations = set(), set()
    for index, xf in enumerate(styles):
        number_format = xf.to_array().numFmtId
        code = custom[number_format] if number_format in custom else builtin_format_code(number_format)
        if is_date_format(code):
            dates.add(index)
        if is_timedelta_format(code):
            durations.add(index)
    return dates, durations


def read_book(archive: zipfile.ZipFile) -> Book:
    """The book of an opened package; the errors of openpyxl's parsers (a part
    missing: KeyError, bad XML: SyntaxError, a bad value: ValueError/TypeError)."""
    manifest = Manifest.from_tree(fromstring(archive.read(ARC_CONTENT_TYPES)))
    strings = manifest.find(SHARED_STRINGS)
    shared_strings = []
    if strings is not None:
        with archive.open(strings.PartName[1:]) as source:
            shared_strings = read_string_table(source)
    parser = _SheetsOnly(archive, _find_workbook_part(manifest).PartName[1:])
    parser.parse()
    parts = set(archive.namelist())
    sheets = [(sheet.name, rel.target) for sheet, rel in parser.find_sheets()
              if rel.target in parts and "chartsheet" not in rel.Type]
    epoch = WINDOWS_EPOCH if parser.wb.epoch == WINDOWS_EPOCH else MAC_EPOCH
    return Book(sheets, shared_strings, epoch, *_styles(archive))
