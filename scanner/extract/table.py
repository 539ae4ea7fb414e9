"""Helpers shared by the table formats (CSV, xlsx, xls, docx/pptx tables)."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import NamedTuple

from detectors.fields import Field, compose_rows, is_field_label
from scanner.extract.base import TextUnit, in_blocks


class TextTable(NamedTuple):
    """A table found in plain text (a host's fixed-width export, a 全銀 file)."""

    rows: list[list[str]]
    lines: list[int]  # each row's line (or record) number in the text, from 1

_DIGITS = re.compile(r"[0-9０-９]{3,}")


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


def looks_like_header(row: list[str]) -> bool:
    cells = [c for c in row if c and c.strip()]
    return bool(cells) and not any(_DIGITS.search(c) for c in cells)


HEADER_SEARCH_ROWS = 10  # a title, a date and blank rows may stand above the header


def _filled(row: list[str]) -> int:
    return sum(1 for c in row if c and c.strip())


def _header_row(rows: list[list[str]]) -> int | None:
    """The first row of field labels (氏名 | 住所 | 電話) in the top rows; else the
    first row when it looks like a header and is not a lone title over wider rows;
    else none."""
    for r, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if looks_like_header(row) and sum(is_field_label(c) for c in row) >= 2:
            return r
    if not rows or not looks_like_header(rows[0]):
        return None
    return 0 if _filled(rows[0]) >= 2 or max(_filled(row) for row in rows) < 2 else None


def table_layout(rows: list[list[str]]) -> tuple[int | None, bool]:
    """(header row index, is a key/value form). A table whose first column holds
    more distinct field labels than its header row is a form (氏名 | 山田 太郎 on
    each row), labelled by row; a label word repeated down the first column
    (控除対象扶養親族 on every row) is data."""
    header = _header_row(rows)
    labels_in_header = sum(is_field_label(c) for c in rows[header]) if header is not None else 0
    labels_in_first_column = len({row[0].strip() for row in rows if row and is_field_label(row[0])})
    if header is None or labels_in_first_column > max(labels_in_header, 1):
        return None, True
    return header, False


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


def _row_labels(row: list[str]) -> list[str]:
    """Labels of the cells of a key/value row: each value is labelled by the nearest
    label cell to its left (氏名 | 山田 太郎 | 生年月日 | 昭和60年3月12日); a label
    cell itself has none. A row that does not start with a label is data (a name
    in a table without a header), not a form's row."""
    if not row or not is_field_label(row[0]):
        return [""] * len(row)
    labels, current = [], ""
    for cell in row:
        if is_field_label(cell):
            labels.append("")
            current = cell.strip()
        else:
            labels.append(current)
    return labels


def _block_unit(block: list[tuple[str, list[Field]]]) -> TextUnit:
    text, spans = compose_rows(block)
    return TextUnit(text=text, location=f"{block[0][0]}-{block[-1][0]}", spans=spans)


def table_units(rows: list[list[str]], sheet: str = "", lines: list[int] | None = None) -> list[TextUnit]:
    """Rows in blocks (one line a row), every cell labelled with its column header,
    or, in a key/value form and in rows above the header, with the label to its left.
    A table read from plain text (lines: each row's line number) is located by line,
    as the file's reader counts them, not by cell."""
    header, _ = table_layout(rows)
    labels = {c: v.strip() for c, v in enumerate(rows[header]) if v and v.strip()} if header is not None else {}
    prefix = f"{sheet}!" if sheet else ""
    records = []
    for r, row in enumerate(rows):
        under_header = header is not None and r > header
        row_labels = _row_labels(row) if header is None or r < header else ()
        fields = [
            Field(location=f"L{lines[r]}" if lines else prefix + cell_ref(r, c), value=value,
                  labels=(labels.get(c, "") if under_header else "", row_labels[c] if row_labels else ""))
            for c, value in enumerate(row) if value and value.strip()
        ]
        if fields:
            records.append((f"{prefix}{r + 1}", fields))
    size = lambda record: sum(len(f.value) + 16 for f in record[1])  # noqa: E731 - labels included
    return [_block_unit(block) for block in in_blocks(records, size)]
