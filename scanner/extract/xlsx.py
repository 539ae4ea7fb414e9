"""Excel .xlsx/.xlsm with openpyxl (read-only): every sheet, hidden ones too."""

from __future__ import annotations

import io
import zipfile

from openpyxl import load_workbook

from scanner.extract.base import Extraction, ExtractionError
from scanner.extract.ooxml import check_ooxml
from scanner.extract.table import cell_text, table_units


def extract_xlsx(data: bytes) -> Extraction:
    check_ooxml(data, "xlsx")
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise ExtractionError(cause=error, kind="xlsx") from error
    units = []
    try:
        for sheet in workbook.worksheets:
            rows = [[cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
            units.extend(table_units(rows, sheet=sheet.title))
    finally:
        workbook.close()
    return Extraction(format="xlsx", units=units)
