"""Workbooks ready for an auditor, shared by every xlsx daicho writes (the
officer's report, the re-issued ledger, and any later one): columns as wide as
their content in East Asian width (a kanji is two columns wide), numbers stored
as numbers, a frozen header with filters, A4 landscape print with the header
row repeated and the columns fitted to the page width, author "daicho"."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

AUTHOR = "daicho"
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
HEADER_ROW = 3  # row 1: a banner saying what and when; row 2: blank
MIN_WIDTH, MAX_WIDTH, PADDING = 6, 60, 2
_NOT_IN_TITLES = re.compile(r"[\[\]:*?/\\]")


def display_width(value: object) -> int:
    """Columns a value takes on screen: wide and full-width characters count two;
    the widest line of a multi-line cell."""
    if value is None:
        return 0
    text = f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else str(value)
    return max((sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)
                for line in text.splitlines()), default=0)


def new_workbook() -> Workbook:
    book = Workbook()
    book.remove(book.active)
    book.properties.creator = AUTHOR
    book.properties.lastModifiedBy = AUTHOR
    return book


def sheet_title(text: str) -> str:
    """A valid sheet name: at most 31 characters, none of []:*?/\\."""
    return _NOT_IN_TITLES.sub("・", text)[:31]


def fit_columns(sheet: Worksheet, from_row: int = HEADER_ROW) -> None:
    """Each column as wide as its widest cell from the header down (not the banner)."""
    widths: dict[int, int] = {}
    for row in sheet.iter_rows(min_row=from_row):
        for cell in row:
            widths[cell.column] = max(widths.get(cell.column, 0), display_width(cell.value))
    for column, width in widths.items():
        sheet.column_dimensions[get_column_letter(column)].width = min(MAX_WIDTH, max(MIN_WIDTH, width + PADDING))


def prepare_for_print(sheet: Worksheet, header_row: int = HEADER_ROW, columns: int | None = None) -> None:
    """A4 landscape, the header row on every page, fitted to the page width."""
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = sheet.ORIENTATION_LANDSCAPE
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as it takes
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.print_options.gridLines = True
    last = get_column_letter(columns or sheet.max_column)
    sheet.print_area = f"A1:{last}{max(sheet.max_row, header_row)}"


def add_table_sheet(book: Workbook, title: str, header: Sequence[str], rows: Sequence[Sequence[object]],
                    banner: str, freeze_columns: int = 0) -> Worksheet:
    """A sheet of one table under a banner: header styled, frozen and filtered;
    values kept as given (an int stays a number); sized and set up for print."""
    sheet = book.create_sheet(sheet_title(title))
    sheet.append([banner])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([])
    sheet.append(list(header))
    for cell in sheet[HEADER_ROW]:
        cell.font, cell.fill = Font(bold=True), HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for row in rows:
        sheet.append(list(row))
    for row in sheet.iter_rows(min_row=HEADER_ROW + 1):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = f"{get_column_letter(freeze_columns + 1)}{HEADER_ROW + 1}"
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(header))}{HEADER_ROW + len(rows)}"
    fit_columns(sheet)
    prepare_for_print(sheet, columns=len(header))
    return sheet
