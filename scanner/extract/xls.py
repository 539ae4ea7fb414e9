"""Legacy Excel .xls with xlrd; date cells become ISO dates.

Rows are read ragged (each only to its last cell) and cell by cell, one sheet
loaded at a time: padded to the widest row, a sheet with one far cell (IV65536)
is 16 million cells."""

from __future__ import annotations

from collections.abc import Iterator

import xlrd

from inventory.uris import escape_name
from scanner.extract.base import PARSER_ERRORS, EncryptedObject, Extraction, ExtractionError, TextUnit
from scanner.extract.table import Row, cell_text, table_units

_EMPTY = (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR)
_ERRORS = (xlrd.XLRDError, xlrd.compdoc.CompDocError, *PARSER_ERRORS)


def _value(book: xlrd.Book, kind: int, value: object) -> str:
    if kind == xlrd.XL_CELL_DATE:
        return cell_text(xlrd.xldate.xldate_as_datetime(value, book.datemode))
    return "" if kind in _EMPTY else cell_text(value)


def _rows(book: xlrd.Book, sheet) -> Iterator[Row]:
    for r in range(sheet.nrows):
        texts = [(c, _value(book, kind, value))
                 for c, (kind, value) in enumerate(zip(sheet.row_types(r), sheet.row_values(r))) if kind not in _EMPTY]
        texts = [(c, text) for c, text in texts if text.strip()]
        if texts:
            yield r, texts


def _units(book: xlrd.Book) -> Iterator[TextUnit]:
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            yield from table_units(_rows(book, sheet), sheet=escape_name(sheet.name))
            book.unload_sheet(index)
    except _ERRORS as error:
        raise ExtractionError(cause=error, kind="xls") from error
    finally:
        book.release_resources()


def extract_xls(data: bytes) -> Extraction:
    try:
        book = xlrd.open_workbook(file_contents=data, on_demand=True, ragged_rows=True)
    except xlrd.XLRDError as error:
        if "encrypted" in str(error).lower():
            raise EncryptedObject(kind="xls") from error
        raise ExtractionError(cause=error, kind="xls") from error
    except _ERRORS as error:
        raise ExtractionError(cause=error, kind="xls") from error
    return Extraction(format="xls", units=_units(book))
