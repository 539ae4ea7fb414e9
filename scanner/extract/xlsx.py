"""Excel .xlsx/.xlsm with openpyxl (read-only): every sheet, hidden ones too.

Cells are read as the sheet's XML lists them, never as a grid: a sheet may
declare `<dimension ref="A1:XFD1048576"/>` (or hold one cell far out), and
openpyxl's rows are padded to that grid, 16,384 cells a row for a million rows.
Its sheet parser yields each row's cells as they are stored; that is what is
read here (python-calamine was measured too: it builds the dense range of the
used cells in memory, the same grid). Each part is admitted by the file's
Budget first; sheets are streamed, the other parts are held whole.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections.abc import Iterator

from openpyxl import load_workbook
from openpyxl.worksheet._reader import WorkSheetParser  # the cells as stored; see above

from inventory.uris import escape_name
from scanner.extract.archive import MEMBER_ERRORS
from scanner.extract.base import Extraction, ExtractionError, TextUnit
from scanner.extract.budget import Budget
from scanner.extract.ooxml import check_ooxml
from scanner.extract.table import Row, cell_text, table_units

_STREAMED = "xl/worksheets/"
_MEDIA = (".png", ".jpeg", ".jpg", ".gif", ".emf", ".wmf", ".bin", ".tif", ".tiff", ".bmp", ".svg")


def _admit_parts(data: bytes, budget: Budget) -> None:
    """Every part openpyxl may inflate, by its declared size: sheets up to the
    size of an object, the parts it holds whole up to a part's limit."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for info in package.infolist():
            name = info.filename.lower()
            if info.is_dir() or name.endswith(_MEDIA) or posixpath.dirname(name).endswith("media"):
                continue
            limit = budget.limits.max_size if name.startswith(_STREAMED) else budget.limits.max_part
            budget.take("xlsx part", info.file_size, info.compress_size, limit)


def _rows(workbook, sheet) -> Iterator[Row]:
    """(0-based row, its non-blank cells) in the order the sheet stores them."""
    with sheet._get_source() as source:
        parser = WorkSheetParser(source, sheet._shared_strings, data_only=True, epoch=workbook.epoch,
                                 date_formats=workbook._date_formats,
                                 timedelta_formats=workbook._timedelta_formats)
        for number, cells in parser.parse():
            texts = [(cell["column"] - 1, cell_text(cell["value"])) for cell in cells if cell["value"] is not None]
            texts = [(column, text) for column, text in texts if text.strip()]
            if texts:
                yield number - 1, texts


def _units(workbook) -> Iterator[TextUnit]:
    try:
        for sheet in workbook.worksheets:
            yield from table_units(_rows(workbook, sheet), sheet=escape_name(sheet.title))
    except (*MEMBER_ERRORS, SyntaxError) as error:
        raise ExtractionError(cause=error, kind="xlsx") from error
    finally:
        workbook.close()


def extract_xlsx(data: bytes, budget: Budget) -> Extraction:
    check_ooxml(data, "xlsx")
    try:
        _admit_parts(data, budget)
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    except (*MEMBER_ERRORS, SyntaxError) as error:
        raise ExtractionError(cause=error, kind="xlsx") from error
    return Extraction(format="xlsx", units=_units(workbook))
