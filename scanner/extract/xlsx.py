"""Excel .xlsx/.xlsm with openpyxl's parsers: every sheet, hidden ones too.

Cells are read as the sheet's XML lists them, never as a grid: a sheet may
declare `<dimension ref="A1:XFD1048576"/>` (or hold one cell far out), and
openpyxl's rows are padded to that grid, 16,384 cells a row for a million rows.
Its sheet parser yields each row's cells as they are stored; that is what is
read here (python-calamine was measured too: it builds the dense range of the
used cells in memory, the same grid). Each part is admitted by the file's
Budget first; sheets are streamed, the other parts are held whole. The workbook
around the sheets is read by scanner.extract.xlsx_book, not load_workbook.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections.abc import Iterator

from openpyxl.worksheet._reader import WorkSheetParser  # the cells as stored; see above

from inventory.uris import escape_name
from scanner.extract.archive import MEMBER_ERRORS
from scanner.extract.base import Extraction, ExtractionError, TextUnit
from scanner.extract.budget import Budget
from scanner.extract.ooxml import check_ooxml
from scanner.extract.table import Row, cell_text, table_units
from scanner.extract.xlsx_book import Book, read_book

_STREAMED = "xl/worksheets/"
_MEDIA = (".png", ".jpeg", ".jpg", ".gif", ".emf", ".wmf", ".bin", ".tif", ".tiff", ".bmp", ".svg")


def _admit_parts(package: zipfile.ZipFile, budget: Budget) -> None:
    """Every part openpyxl may inflate, by its declared size: sheets up to the
    size of an object, the parts it holds whole up to a part's limit."""
    for info in package.infolist():
        name = info.filename.lower()
        if info.is_dir() or name.endswith(_MEDIA) or posixpath.dirname(name).endswith("media"):
            continue
        limit = budget.limits.max_size if name.startswith(_STREAMED) else budget.limits.max_part
        budget.take("xlsx part", info.file_size, info.compress_size, limit)


def _rows(package: zipfile.ZipFile, book: Book, part: str) -> Iterator[Row]:
    """(0-based row, its non-blank cells) in the order the sheet stores them."""
    with package.open(part) as source:
        parser = WorkSheetParser(source, book.shared_strings, data_only=True, epoch=book.epoch,
                                 date_formats=book.date_formats, timedelta_formats=book.timedelta_formats)
        for number, cells in parser.parse():
            texts = [(cell["column"] - 1, cell_text(cell["value"])) for cell in cells if cell["value"] is not None]
            texts = [(column, text) for column, text in texts if text.strip()]
            if texts:
                yield number - 1, texts


def _units(package: zipfile.ZipFile, book: Book) -> Iterator[TextUnit]:
    try:
        for title, part in book.sheets:
            yield from table_units(_rows(package, book, part), sheet=escape_name(title))
    except (*MEMBER_ERRORS, SyntaxError) as error:
        raise ExtractionError(cause=error, kind="xlsx") from error
    finally:
        package.close()


def extract_xlsx(data: bytes, budget: Budget) -> Extraction:
    check_ooxml(data, "xlsx")
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except (*MEMBER_ERRORS, SyntaxError) as error:
        raise ExtractionError(cause=error, kind="xlsx") from error
    try:
        _admit_parts(package, budget)
        book = read_book(package)
    except (*MEMBER_ERRORS, SyntaxError) as error:
        package.close()
        raise ExtractionError(cause=error, kind="xlsx") from error
    except BaseException:
        package.close()
        raise
    return Extraction(format="xlsx", units=_units(package, book))
