"""Sheets people print and fill in, in the layout of seed 004's ledger: a title,
a few lines about the document, then one table with a frozen, filtered header
row; columns as wide as their Japanese text needs (a full-width character is
two columns); the columns left for people to fill shaded; A4 landscape, one
page wide, the header repeated on every printed page.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
TO_FILL = PatternFill("solid", fgColor="FFF2CC")  # columns a person writes in
_THIN = Side(style="thin", color="999999")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
MIN_WIDTH, MAX_WIDTH = 8, 48  # in character columns; longer text wraps
FILL_WIDTH = 24  # an empty column to be written in


def text_width(value: object) -> int:
    """Columns the longest line of a value takes: full-width characters count two."""
    lines = str(value if value is not None else "").splitlines() or [""]
    return max(sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line) for line in lines)


def fit_columns(sheet: Worksheet, header_row: int, to_fill: Iterable[int] = ()) -> None:
    """Each column as wide as its widest cell from the header down (within limits)."""
    to_fill = set(to_fill)
    for index, column in enumerate(sheet.iter_cols(min_row=header_row), start=1):
        widest = max((text_width(cell.value) for cell in column), default=0)
        width = max(widest + 2, FILL_WIDTH if index in to_fill else MIN_WIDTH)
        sheet.column_dimensions[get_column_letter(index)].width = min(width, MAX_WIDTH)


def print_setup(sheet: Worksheet, header_row: int) -> None:
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4


def titled(sheet: Worksheet, title: str, lines: Sequence[tuple[str, object]] = ()) -> int:
    """The title and `label: value` lines above the table; returns the header row."""
    sheet.append([title])
    sheet.cell(1, 1).font = Font(bold=True, size=14)
    for label, value in lines:
        sheet.append([label, value])
        sheet.cell(sheet.max_row, 1).font = Font(bold=True)
    sheet.append([])
    return sheet.max_row + 1


def table(sheet: Worksheet, header_row: int, header: Sequence[str], rows: Iterable[Sequence[object]],
          to_fill: Iterable[int] = (), freeze_columns: int = 1) -> None:
    """The table from header_row: frozen and filtered header, wrapped cells with
    borders, to_fill (1-based columns) shaded, widths fitted, printable."""
    to_fill = set(to_fill)
    for column, name in enumerate(header, start=1):
        cell = sheet.cell(header_row, column, name)
        cell.font, cell.fill, cell.border = Font(bold=True), HEADER_FILL, BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    last = header_row
    for last, values in enumerate(rows, start=header_row + 1):
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(last, column, value)
            cell.alignment, cell.border = Alignment(wrap_text=True, vertical="top"), BORDER
            if column in to_fill:
                cell.fill = TO_FILL
    sheet.freeze_panes = sheet.cell(header_row + 1, freeze_columns + 1)
    sheet.auto_filter.ref = f"A{header_row}:{get_column_letter(len(header))}{max(last, header_row)}"
    fit_columns(sheet, header_row, to_fill)
    print_setup(sheet, header_row)
