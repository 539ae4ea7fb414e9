"""Legacy Excel .xls with xlrd; date cells become ISO dates."""

from __future__ import annotations

import xlrd

from scanner.extract.base import EncryptedObject, Extraction, ExtractionError
from scanner.extract.table import cell_text, table_units


def _value(book: xlrd.Book, cell: xlrd.sheet.Cell) -> str:
    if cell.ctype == xlrd.XL_CELL_DATE:
        return cell_text(xlrd.xldate.xldate_as_datetime(cell.value, book.datemode))
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return ""
    return cell_text(cell.value)


def extract_xls(data: bytes) -> Extraction:
    try:
        book = xlrd.open_workbook(file_contents=data, on_demand=True)
    except xlrd.XLRDError as error:
        if "encrypted" in str(error).lower():
            raise EncryptedObject(kind="xls") from error
        raise ExtractionError(cause=error, kind="xls") from error
    except (ValueError, AssertionError, IndexError) as error:
        raise ExtractionError(cause=error, kind="xls") from error
    units = []
    for sheet in book.sheets():
        rows = [[_value(book, c) for c in sheet.row(r)] for r in range(sheet.nrows)]
        units.extend(table_units(rows, sheet=sheet.name))
    book.release_resources()
    return Extraction(format="xls", units=units)
