"""The rows of a ledger workbook: .xlsx/.xlsm (openpyxl), .xls (xlrd), chosen by
content, not by name. A password-protected or damaged file is a LedgerFormatError
saying so in the officer's words, never a library's traceback."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from inventory.ledger.model import LedgerFormatError
from inventory.notes import Note

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and any password-protected Office file
Sheets = list[list[list[object]]]  # every sheet's rows


def _refused(key: str, path: Path) -> LedgerFormatError:
    return LedgerFormatError([(0, Note.of(key, name=path.name))])


def _xlsx_sheets(data: bytes) -> Sheets:
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        return [[list(row) for row in sheet.iter_rows(values_only=True)] for sheet in workbook.worksheets]
    finally:
        workbook.close()


def _xls_value(book, cell) -> object:
    import xlrd

    if cell.ctype == xlrd.XL_CELL_DATE:
        return xlrd.xldate.xldate_as_datetime(cell.value, book.datemode)
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return None
    return cell.value


def _xls_sheets(data: bytes) -> Sheets:
    import xlrd

    book = xlrd.open_workbook(file_contents=data, on_demand=True)
    try:
        return [[[_xls_value(book, c) for c in sheet.row(r)] for r in range(sheet.nrows)] for sheet in book.sheets()]
    finally:
        book.release_resources()


def _encrypted(data: bytes) -> bool:
    import msoffcrypto

    try:
        return bool(msoffcrypto.OfficeFile(io.BytesIO(data)).is_encrypted())
    except Exception:  # noqa: BLE001 - not an Office container msoffcrypto knows: read it as .xls
        return False


def workbook_sheets(path: Path) -> Sheets:
    """Every sheet's rows, or a LedgerFormatError naming what is wrong with the file."""
    data = path.read_bytes()
    reader: Callable[[bytes], Sheets]
    if data.startswith(ZIP_MAGIC):
        reader = _xlsx_sheets
    elif data.startswith(OLE_MAGIC):
        if _encrypted(data):
            raise _refused("ledger.encrypted", path)
        reader = _xls_sheets
    else:
        raise _refused("ledger.not_workbook", path)
    try:
        return reader(data)
    except Exception as error:  # noqa: BLE001 - BadZipFile, KeyError, xlrd's and openpyxl's own: damaged
        raise _refused("ledger.corrupt_workbook", path) from error
