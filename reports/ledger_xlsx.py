"""The re-issued 個人情報管理台帳 as a workbook people can work with: seed 004's
column order, a frozen header with filters, widths, proposed rows marked, and a
sheet of differences. `daicho ledger import` reads it back."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from inventory.ledger.columns import LEDGER_COLUMNS, MACHINE_COLUMNS
from inventory.ledger.refresh import FOUND_COLUMNS, RefreshRow
from reports.catalogue import t

HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
FOUND_FILL = PatternFill("solid", fgColor="FFF2CC")
PROPOSED_FILL = PatternFill("solid", fgColor="FCE4D6")
WIDTHS = {"個人情報名": 28, "個人情報の項目": 30, "保管期間": 18, "対象パス": 34, "検出場所": 40,
          "判定": 26, "備考": 30, "利用目的": 18}


def add_sheet(book: Workbook, title: str, header: list[str], rows: list[list[str]], banner: str):
    sheet = book.create_sheet(title)
    sheet.append([banner])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([])
    sheet.append(header)
    for cell in sheet[3]:
        cell.font, cell.fill = Font(bold=True), HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for row in rows:
        sheet.append(row)
    for index, name in enumerate(header, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = WIDTHS.get(name, max(10, len(name) * 2 + 2))
    sheet.freeze_panes = "C4"
    sheet.auto_filter.ref = f"A3:{get_column_letter(len(header))}{3 + len(rows)}"
    for row in sheet.iter_rows(min_row=4):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    return sheet


def write_refreshed_ledger(path: Path, rows: list[RefreshRow], differences: list[list[str]],
                           issued: str, lang: str = "ja") -> None:
    extra_columns = list(dict.fromkeys(k for row in rows for k in row.extra))
    header = [*LEDGER_COLUMNS, *MACHINE_COLUMNS, *FOUND_COLUMNS, *extra_columns]
    book = Workbook()
    book.remove(book.active)
    table = [[row.values.get(c, row.extra.get(c, "")) for c in header] for row in rows]
    sheet = add_sheet(book, t("ledger_doc.sheet", lang), header, table, t("ledger_doc.banner", lang, issued=issued))
    found_start = len(LEDGER_COLUMNS) + len(MACHINE_COLUMNS) + 1
    for r, row in enumerate(rows, start=4):
        for c in range(1, len(header) + 1):
            if row.proposed:
                sheet.cell(r, c).fill = PROPOSED_FILL
            elif found_start <= c < found_start + len(FOUND_COLUMNS):
                sheet.cell(r, c).fill = FOUND_FILL
    columns = [t(f"ledger_doc.{name}", lang) for name in ("outcome", "path", "row", "name", "details")]
    add_sheet(book, t("ledger_doc.differences", lang), columns, differences,
              t("ledger_doc.differences_banner", lang, issued=issued))
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
