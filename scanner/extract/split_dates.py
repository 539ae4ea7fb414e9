"""Dates split over three columns 年 | 月 | 日 (a 生年月日 header merged over them, with
a sub-header row of 年, 月, 日 under it; or headers 生年 | 月 | 日): each row's three
cells read as one date, `昭和55年4月1日`, in the first cell, so the date detectors
see a whole date under its header."""

from __future__ import annotations

import re

SUB_HEADER_CELL = 4  # 年, 月, 日, (年), 和暦: a sub-header's cells are this short
_ENDS = [re.compile(rf"{unit}[)）]?$") for unit in "年月日"]
_DIGITS = re.compile(r"[0-9０-９]")


def with_sub_header(labels: dict[int, str], next_row: list[tuple[int, str]]) -> dict[int, str]:
    """Column labels with a sub-header row (short cells without digits, at least one
    under a blank header cell: the header was merged over it) joined to the header
    above or to its left: 生年月日 | (blank) | (blank) over 年 | 月 | 日."""
    texts = [text.strip() for _, text in next_row]
    if not labels or not texts or any(not t or len(t) > SUB_HEADER_CELL or _DIGITS.search(t) for t in texts):
        return labels
    if all(c in labels for c, _ in next_row):
        return labels
    joined = dict(labels)
    for (c, _), text in zip(next_row, texts):
        left = [column for column in labels if column <= c]
        if left:
            joined[c] = f"{labels[max(left)]} {text}"
    return joined


def date_column_starts(labels: dict[int, str]) -> frozenset[int]:
    """First columns of three adjacent columns labelled …年, …月, …日."""
    return frozenset(c for c in labels if all(
        c + i in labels and _ENDS[i].search(labels[c + i]) for i in range(3)))


def joined_dates(cells: list[tuple[int, str]], starts: frozenset[int]) -> list[tuple[int, str]]:
    """A row's cells with each split date read as one cell (in its first column)."""
    if not starts:
        return cells
    by_column = dict(cells)
    merged = {c for c in starts if all(by_column.get(c + i, "").strip() for i in range(3))}
    if not merged:
        return cells
    inside = {c + i for c in merged for i in (1, 2)}
    return [(c, _date_text(by_column, c) if c in merged else text) for c, text in cells if c not in inside]


def _date_text(by_column: dict[int, str], c: int) -> str:
    year, month, day = (by_column[c + i].strip().rstrip("年月日") for i in range(3))
    return f"{year}年{month}月{day}日"
