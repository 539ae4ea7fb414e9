"""Helpers shared by the table formats (CSV, xlsx, xls, docx/pptx tables)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import chain, islice
from typing import NamedTuple

from detectors.fields import Field, compose_rows, field_label_word, is_field_label
from scanner.extract.base import TextUnit, in_blocks
from scanner.extract.footer_rows import footer_labels, is_footer_row
from scanner.extract.form_tables import InnerTables, joined_boxes
from scanner.extract.record_columns import (bare_layout, header_documents, header_labels_of, is_record, kinds_after,
                                            labels_of)
from scanner.extract.split_dates import date_column_starts, joined_dates, with_sub_header



class TextTable(NamedTuple):
    """A table found in plain text (a host's fixed-width export, a 全銀 file)."""

    rows: list[list[str]]
    lines: list[int]  # each row's line (or record) number in the text, from 1


_DIGITS = re.compile(r"[0-9０-９]{3,}")
# a date in a cell (昭和60年4月12日, S60.4.12, 4月12日): a value, never a column's header, so a
# one- or two-row form (氏名 | 山田 | 生年月日 | 昭和60年4月12日) is no header over data
_DATE_CELL = re.compile(r"[0-9０-９元一二三四五六七八九十]\s*[年.．/／・-]\s*[0-9０-９一二三四五六七八九十]{1,3}\s*[月.．/／・-]\s*[0-9０-９一二三四五六七八九十]")


@lru_cache(maxsize=1024)
def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def cell_ref(row: int, column: int) -> str:
    """0-based (row, column) -> `B7`."""
    return f"{column_letter(column)}{row + 1}"


Cells = list[tuple[int, str]]  # (0-based column, text) of the non-blank cells of a row, by column
Row = tuple[int, Cells]  # (0-based row, its cells); blank rows may be left out


def dense_rows(rows: Iterable[list[str]]) -> Iterator[Row]:
    """Rows given cell by cell (CSV, Word and PowerPoint tables) as rows of their
    non-blank cells."""
    for r, row in enumerate(rows):
        cells = [(c, value) for c, value in enumerate(row) if value and value.strip()]
        if cells:
            yield r, cells


def looks_like_header(cells: Cells) -> bool:
    return bool(cells) and not any(_DIGITS.search(text) or _DATE_CELL.search(text) for _, text in cells)


def _first_column(cells: Cells) -> str:
    return cells[0][1] if cells and cells[0][0] == 0 else ""


HEADER_SEARCH_ROWS = 10  # a title, a date and blank rows may stand above the header
MIN_HEADER_CELLS = 4  # a header with one field label: a key/value form's row has fewer cells
LAYOUT_ROWS = 1000  # rows read before the layout is decided: a form is short, a long table stays a table


def _header_position(rows: list[Row]) -> int | None:
    """The first row of field labels (氏名 | 住所 | 電話) in the top rows; else the
    first row when it looks like a header and is not a lone title over wider rows;
    else none."""
    for position, (r, cells) in enumerate(rows):
        if r >= HEADER_SEARCH_ROWS:
            break
        if looks_like_header(cells) and sum(is_field_label(text) for _, text in cells) >= 2:
            return position
    position = _one_label_header(rows)
    if position is None:
        position = _header_under_titles(rows)
    if position is not None:
        return position
    if not rows or not looks_like_header(rows[0][1]):
        return None
    return 0 if len(rows[0][1]) >= 2 or max(len(cells) for _, cells in rows) < 2 else None


def _one_label_header(rows: list[Row]) -> int | None:
    """A row of MIN_HEADER_CELLS or more header cells, one of them a field label, that
    the row below it fills nearly as wide (来館日 | 時刻 | お名前 | 会社 | 用件 under a title
    row 入館記録 | 2026年11月): a visitors' log names one personal field only."""
    for position, (r, cells) in enumerate(rows[:-1]):
        if r >= HEADER_SEARCH_ROWS:
            break
        below = rows[position + 1][1]
        if (len(cells) >= MIN_HEADER_CELLS and below and below[-1][0] >= cells[-1][0] - 1 and looks_like_header(cells)
                and any(is_field_label(text) for _, text in cells)):
            return position
    return None


_COUNT_HEADER = re.compile(r"人数|件数|割合|比率|構成比|合計|小計|[率%％]$")
MIN_TITLED_HEADER_CELLS = 3  # a two-cell row under a title is as often a form's 氏名 | 山田 太郎


def _header_under_titles(rows: list[Row]) -> int | None:
    """The first row wider than the title rows above it, where no row of two field labels and no wide
    row of one was found (組合員 | 職場 | 加入年 under 第3支部 名簿, leftovers20): MIN_TITLED_HEADER_CELLS
    cells or more without digits or dates nor a tally's word (人数, 割合: a table of counts names no one),
    the row below it filled nearly as wide. Without it the one-cell title was taken for a form's label
    and the header row for its values (組合員: 職場), and the data rows went out with no column's header."""
    for position, (r, cells) in enumerate(rows[:-1]):
        if r >= HEADER_SEARCH_ROWS:
            return None
        if len(cells) < 2:
            continue  # a title, a date, a note above the table
        below = rows[position + 1][1]
        wide = len(cells) >= MIN_TITLED_HEADER_CELLS and len(below) >= 2 and below[-1][0] >= cells[-1][0] - 1
        counts = any(_COUNT_HEADER.search(text) for _, text in cells)  # 判定 | 人数 | 割合: a tally, no roster
        return position if position > 0 and wide and not counts and looks_like_header(cells) else None
    return None


def table_layout(rows: list[Row]) -> tuple[int | None, bool]:
    """(header row, is a key/value form). A table whose first column names more
    distinct fields than its header row is a form (氏名 | 山田 太郎 on each row),
    labelled by row; one field word down the first column is data, whether the cells
    repeat it (控除対象扶養親族 on every row) or differ around it (a union's posts:
    …労働組合の支部長, …労働組合の書記 under 役職)."""
    header = _header_position(rows)
    labels_in_header = sum(is_field_label(text) for _, text in rows[header][1]) if header is not None else 0
    firsts = (_first_label(cells) for _, cells in rows)
    labels_in_first_column = len({field_label_word(first) for first in firsts} - {None})
    if header is None or labels_in_first_column > max(labels_in_header, 1):
        return None, True
    return rows[header][0], False


def cell_text(value: object) -> str:
    """A spreadsheet value as text; dates as ISO dates so date detectors see them."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _row_labels(cells: Cells) -> list[str]:
    """Labels of the cells of a key/value row: each value is labelled by the nearest
    label cell to its left (氏名 | 山田 太郎 | 生年月日 | 昭和60年3月12日); a label
    cell itself has none. A row that does not start with a label is data (a name
    in a table without a header), not a form's row."""
    start = _label_start(cells)
    if start is None:
        start = _later_label(cells)
    if start is None:
        return [""] * len(cells)
    labels, current = [""] * start, ""
    for position, (_, text) in enumerate(cells[start:], start=start):
        if is_field_label(text) or _label_between_values(cells, position, labels):
            # labels side by side name one field (運転免許証 | 番号 | 1234…)
            current = f"{current} {text.strip()}" if position > start and labels[-1] == "" else text.strip()
            labels.append("")
        else:
            labels.append(current)
    return labels


def _label_start(cells: Cells) -> int | None:
    """Where a key/value row's labels begin: its first cell, or the label after a blank
    first column or one group title without digits (源泉徴収票: 控除対象配偶者 | 氏名 |
    森 恵 | 個人番号 | 1234…, or | 個人番号 | 1234… with column A empty)."""
    if is_field_label(_first_column(cells)):
        return 0
    position = 0 if cells and cells[0][0] != 0 else 1  # after a blank column A, or after one title
    if position == 1 and (not cells or any(ch.isdigit() for ch in cells[0][1])):
        return None
    return position if len(cells) > position + 1 and is_field_label(cells[position][1]) else None


SHORT_LABEL = 12
# Labels of the other dates of a form (受診日, 有効期限, 次回面談): not field labels
# of personal data, but labels all the same.
_DATE_LABEL = re.compile(r"日$|日付|期限|予定|次回|受診|面談|date|expir", re.IGNORECASE)


def _later_label(cells: Cells) -> int | None:
    """In a form's row whose first label is no field word (利用者名 | 眞栄田 結芽 | 生年月日 |
    昭和二十二年…), the first field label with a value after it."""
    return next((p for p in range(1, len(cells) - 1) if is_field_label(cells[p][1])), None)


def _first_label(cells: Cells) -> str:
    """The text where a key/value row's labels begin (see _label_start): a form's rows
    under a group title (患者 | 氏名 | … over | 生年月日 | …) have their labels in column B."""
    start = _label_start(cells)
    return cells[start][1].strip() if start is not None else ""


def _label_between_values(cells: Cells, position: int, labels: list[str]) -> bool:
    """A date's label right after a value and before another value labels that
    value (生年月日 | 昭和55年4月1日 | 受診日 | 2026/04/20): the date after 受診日 is
    not under 生年月日."""
    text = cells[position][1].strip()
    follows_value = position > 0 and labels[-1] != ""
    return (follows_value and position + 1 < len(cells) and 0 < len(text) <= SHORT_LABEL
            and not any(ch.isdigit() for ch in text) and _DATE_LABEL.search(text) is not None)


MAX_HEADER_ROWS = 4  # a group row, a sub-group row, a column row (and a unit row 年 | 月 | 日) at most


def _sub_headers(head: list[Row], header: int | None, labels: dict[int, str]) -> tuple[int | None, dict[int, str]]:
    """(last header row, column labels) of a header of several rows: group titles merged over the
    columns (本人 | 番号 | 給与振込 over 氏名 | マイナンバー | 振込先銀行 | 口座), as deep as they go;
    each sub-header row is no data."""
    header_end = header
    while header_end is not None and header_end - header < MAX_HEADER_ROWS - 1:
        joined = with_sub_header(labels, next((cells for r, cells in head if r == header_end + 1), []))
        if joined == labels:
            break
        header_end, labels = header_end + 1, joined
    return header_end, labels


def _block_unit(block: list[tuple[str, list[Field]]]) -> TextUnit:
    text, spans = compose_rows(block)
    return TextUnit(text=text, location=f"{block[0][0]}-{block[-1][0]}", spans=spans)


def table_units(rows: Iterable[Row], sheet: str = "", lines: list[int] | None = None,
                typed: bool = False) -> Iterator[TextUnit]:
    """Rows in blocks (one line a row), every cell labelled with its column header,
    or, in a key/value form and in rows above the header, with the label to its left;
    read as they come (the layout is decided on the first LAYOUT_ROWS rows), so a
    long table is never held. A table read from plain text (lines: each row's line
    number) is located by line, as the file's reader counts them, not by cell.
    typed: a table of records (CSV, TSV, a fixed-width export) whose header is
    missing has its columns labelled by their values (scanner.extract.record_columns)."""
    rows = iter(rows)
    head = list(islice(rows, LAYOUT_ROWS))
    header, _ = table_layout(head)
    header, typed_labels = bare_layout(head, header) if typed else (header, {})
    header_cells = next((cells for r, cells in head if r == header), [])
    labels = {c: text.strip() for c, text in header_cells}
    header_end, labels = _sub_headers(head, header, labels)
    date_starts = date_column_starts(labels)
    documents = header_documents(labels, head, header_end) if header is not None else set()
    prefix = f"{sheet}!" if sheet else ""
    where = (lambda r, c: f"L{lines[r]}") if lines else (lambda r, c: prefix + cell_ref(r, c))

    inner = InnerTables()

    def records() -> Iterator[tuple[str, list[Field]]]:
        for r, cells in chain(head, rows):
            under_header = header is not None and r > header_end
            typed_row = not under_header and bool(typed_labels) and is_record(cells)
            footer = under_header and is_footer_row(cells)
            columns = ({} if footer else header_labels_of(labels, documents, cells) if under_header
                       else labels_of(typed_labels, cells) if typed_row
                       else inner.column_labels(r, cells))
            cells = joined_boxes(joined_dates(cells, date_starts) if under_header else cells, columns)
            form_row = (header is None or r < header) and (typed_row or not columns)  # not a row of a form's table
            row_labels = (footer_labels(cells) if footer else kinds_after(cells, _row_labels(cells)) if form_row
                          else [""] * len(cells))
            yield f"{prefix}{r + 1}", [
                # a typed record's value is labelled by its column alone: a word left of it is another
                # field's value (本人確認書類: 旅券 | 19720819 is no passport's number)
                Field(location=where(r, c), value=value, labels=(columns.get(c, ""), "" if typed_row and c in columns
                                                                 else row_label))
                for (c, value), row_label in zip(cells, row_labels)]

    size = lambda record: sum(len(f.value) + 16 for f in record[1])  # noqa: E731 - labels included
    for block in in_blocks(records(), size):
        yield _block_unit(block)
