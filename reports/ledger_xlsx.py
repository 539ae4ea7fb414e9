"""The re-issued 個人情報管理台帳 as a workbook people can work with: the standard
column order, proposed rows marked, found columns shaded, and a sheet of
differences; laid out for an auditor by reports.xlsx_style. `daicho ledger
import` reads it back."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import PatternFill

from inventory.ledger.columns import FOUND_COLUMNS, LEDGER_COLUMNS, MACHINE_COLUMNS
from inventory.ledger.refresh import RefreshRow
from reports.catalogue import t
from reports.xlsx_style import HEADER_ROW, add_table_sheet, new_workbook

FOUND_FILL = PatternFill("solid", fgColor="FFF2CC")
PROPOSED_FILL = PatternFill("solid", fgColor="FCE4D6")


def write_refreshed_ledger(path: Path, rows: list[RefreshRow], differences: list[list[object]],
                           issued: str, lang: str = "ja") -> None:
    extra_columns = list(dict.fromkeys(k for row in rows for k in row.extra))
    header = [*LEDGER_COLUMNS, *MACHINE_COLUMNS, *FOUND_COLUMNS, *extra_columns]
    book = new_workbook()
    table = [[row.values.get(c, row.extra.get(c, "")) for c in header] for row in rows]
    sheet = add_table_sheet(book, t("ledger_doc.sheet", lang), header, table,
                            t("ledger_doc.banner", lang, issued=issued), freeze_columns=2)
    found_start = len(LEDGER_COLUMNS) + len(MACHINE_COLUMNS) + 1
    for r, row in enumerate(rows, start=HEADER_ROW + 1):
        for c in range(1, len(header) + 1):
            if row.proposed:
                sheet.cell(r, c).fill = PROPOSED_FILL
            elif found_start <= c < found_start + len(FOUND_COLUMNS):
                sheet.cell(r, c).fill = FOUND_FILL
    columns = [t(f"ledger_doc.{name}", lang) for name in ("outcome", "path", "row", "name", "details")]
    add_table_sheet(book, t("ledger_doc.differences", lang), columns, differences,
                    t("ledger_doc.differences_banner", lang, issued=issued))
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
