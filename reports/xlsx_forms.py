"""Forms people print and fill in (開示等請求 対応記録, 漏えい等報告書, PMS sheets), in
the layout of the 個人情報管理台帳: a title,
a few lines about the document, then one table with a frozen, filtered header
row; columns as wide as their Japanese text needs (a full-width character is
two columns); the columns left for people to fill shaded; A4 landscape, one
page wide, the header repeated on every printed page.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from reports.xlsx_style import AUTHOR, HEADER_FILL, display_width, prepare_for_print

TO_FILL = PatternFill("solid", fgColor="FFF2CC")  # columns a person writes in
_THIN = Side(style="thin", color="999999")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
MIN_WIDTH, MAX_WIDTH = 6, 30  # in character columns; longer text wraps
FILL_WIDTH = 16  # an empty column to be written in
LINE_HEIGHT = 16  # points per line of 11-point text, with the leading LibreOffice and Excel add


def fit_columns(sheet: Worksheet, header_row: int, to_fill: Iterable[int] = ()) -> None:
    """Each column as wide as its widest cell from the header down (within limits)."""
    to_fill = set(to_fill)
    for index, column in enumerate(sheet.iter_cols(min_row=header_row), start=1):
        widest = max((display_width(cell.value) for cell in column), default=0)
        width = max(widest + 2, FILL_WIDTH if index in to_fill else MIN_WIDTH)
        sheet.column_dimensions[get_column_letter(index)].width = min(width, MAX_WIDTH)


def _lines(value: object, width: float) -> int:
    """Lines a wrapped value takes in a column of width characters."""
    text = str(value if value is not None else "")
    usable = max(int(width * 0.9) - 1, 1)  # fonts draw kanji a little wider than two columns
    return sum(max(1, -(-display_width(line) // usable)) for line in text.splitlines() or [""])


def fit_rows(sheet: Worksheet, header_row: int) -> None:
    """Row heights for wrapped text (neither Excel nor LibreOffice measures rows
    they did not write themselves)."""
    widths = {letter: dimension.width for letter, dimension in sheet.column_dimensions.items()}
    for row in sheet.iter_rows(min_row=header_row):
        lines = max((_lines(c.value, widths.get(c.column_letter, MIN_WIDTH)) for c in row if c.value is not None),
                    default=1)
        if lines > 1:
            sheet.row_dimensions[row[0].row].height = lines * LINE_HEIGHT


def print_setup(sheet: Worksheet, header_row: int) -> None:
    prepare_for_print(sheet, header_row)
    sheet.print_options.gridLines = False  # the form draws its own borders
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4


VALUE_COLUMN = 3  # the value of a line above the table: its label runs over the first two columns


def titled(sheet: Worksheet, title: str, lines: Sequence[tuple[str, object]] = ()) -> int:
    """The title and `label  value` lines above the table (a label unwrapped, so it
    runs over the table's narrow first columns); returns the header row."""
    sheet.append([title])
    sheet.cell(1, 1).font = Font(bold=True, size=14)
    for label, value in lines:
        row = sheet.max_row + 1
        sheet.cell(row, 1, label).font = Font(bold=True)
        if value not in (None, ""):
            sheet.cell(row, VALUE_COLUMN, value)
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
    fit_rows(sheet, header_row)
    print_setup(sheet, header_row)


def form_workbook() -> Workbook:
    """A workbook with its first sheet kept for the form, made by daicho."""
    book = Workbook()
    book.properties.creator = book.properties.lastModifiedBy = AUTHOR
    return book
