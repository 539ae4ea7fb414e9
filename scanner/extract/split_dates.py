"""Dates split over three columns 年 | 月 | 日 (a 生年月日 header merged over them, with
a sub-header row of 年, 月, 日 under it; or headers 生年 | 月 | 日): each row's three
cells read as one date, `昭和55年4月1日`, in the first cell, so the date detectors
see a whole date under its header. An era in a column of its own before them or
before a date without it (元号 | 生年月日 over 昭和 | 55年4月1日) is read with it."""

from __future__ import annotations

import re

from detectors.fields import is_field_label

SUB_HEADER_CELL = 4  # 年, 月, 日, (年), 和暦: a sub-header's cells are this short
# or they name numbers (社会保険 merged over 基礎年金番号 | 雇用保険被保険者番号)
NUMBER_SUB_HEADER, _NUMBER_NAME = 12, re.compile(r"(?:番号|No\.?|NO\.?|記号)$")
_ENDS = [re.compile(rf"{unit}[)）]?$") for unit in "年月日"]
_DIGITS = re.compile(r"[0-9０-９]")
_ERA_LABEL = re.compile(r"(?:元号|和暦|年号)$")
_ERA_CELL = re.compile(r"^(?:明治|大正|昭和|平成|令和|[明大昭平令MTSHR])$")
_DATE_LABEL = re.compile(r"生年月日|生年|誕生|birth", re.IGNORECASE)


def with_sub_header(labels: dict[int, str], next_row: list[tuple[int, str]]) -> dict[int, str]:
    """Column labels with a sub-header row (short cells without digits, at least one
    under a blank header cell: the header was merged over it) joined to the header
    above or to its left: 生年月日 | (blank) | (blank) over 年 | 月 | 日; a sub-header cell
    left of every header cell (group titles over the later columns only) is its own label."""
    texts = [text.strip() for _, text in next_row]
    if not labels or not texts or not all(_sub_header_cell(t) for t in texts):
        return labels
    if all(c in labels for c, _ in next_row):
        return labels
    joined = dict(labels)
    for (c, _), text in zip(next_row, texts):
        left = [column for column in labels if column <= c]
        # before the first group title (一般健診 over 所見 | 判定, nothing over 氏名 | 生年月日): its own label
        joined[c] = f"{labels[max(left)]} {text}" if left else text
    return joined


def _sub_header_cell(text: str) -> bool:
    """A cell of a sub-header row: short (年, 月, 日), a number's name (基礎年金番号), or any field's
    label (マイナンバー, 振込先銀行 under group titles 番号 | 給与振込, 現住所 under その他); a data
    cell has digits or is a value (山田 太郎, 営業部), no field's label."""
    if is_field_label(text):  # a note of its width too: 基礎年金番号（10桁）
        return True
    return bool(text) and not _DIGITS.search(text) and (
        len(text) <= SUB_HEADER_CELL or len(text) <= NUMBER_SUB_HEADER and _NUMBER_NAME.search(text) is not None)


def date_column_starts(labels: dict[int, str]) -> frozenset[int]:
    """First columns of three adjacent columns labelled …年, …月, …日, and era columns
    (元号) right before such columns or before a birth column."""
    starts = {c for c in labels if all(c + i in labels and _ENDS[i].search(labels[c + i]) for i in range(3))}
    eras = {c for c, label in labels.items() if _ERA_LABEL.search(label.strip()) and c + 1 in labels
            and (c + 1 in starts or _DATE_LABEL.search(labels[c + 1]))}
    return frozenset(starts | eras)


def joined_dates(cells: list[tuple[int, str]], starts: frozenset[int]) -> list[tuple[int, str]]:
    """A row's cells with each split date read as one cell (in its first column)."""
    if not starts:
        return cells
    by_column = dict(cells)
    spans = {c: _span(by_column, c, starts) for c in starts}
    merged = {c: width for c, width in spans.items() if width and spans.get(c - 1) != 4}
    if not merged:
        return cells
    # an era's date stands in the column after the era's (its label is the date's: 生年月日)
    at = {c + (merged[c] in (2, 4)): c for c in merged}
    inside = {c + i for c, width in merged.items() for i in range(width)} - set(at)
    return [(c, _date_text(by_column, at[c], merged[at[c]]) if c in at else text)
            for c, text in cells if c not in inside]


def _span(by_column: dict[int, str], c: int, starts: frozenset[int]) -> int:
    """How many cells from c one date fills in this row (0: none)."""
    if _ERA_CELL.match(by_column.get(c, "").strip()):
        if c + 1 in starts and _span(by_column, c + 1, frozenset()):
            return 4  # 昭和 | 55 | 4 | 1
        return 2 if by_column.get(c + 1, "").strip() else 0  # 昭和 | 55年4月1日
    return 3 if all(by_column.get(c + i, "").strip() for i in range(3)) else 0


def _date_text(by_column: dict[int, str], c: int, width: int) -> str:
    if width == 2:
        return by_column[c].strip() + by_column[c + 1].strip()
    era = by_column[c].strip() if width == 4 else ""
    year, month, day = (by_column[c + i].strip().rstrip("年月日") for i in range(width - 3, width))
    return f"{era}{year}年{month}月{day}日"
