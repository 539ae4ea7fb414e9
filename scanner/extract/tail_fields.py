"""A field of a headerless fixed-width export that the field before it ran into
(issue 12, ids24).

A host pads each field to its width; a value as wide as its field, or wider (a My
Number written 1234-5678-9012 in a field sized for twelve digits), leaves one blank
or none before the next field, and the columns of the records no longer part the two
(scanner.extract.record_layout.bare_fields). The column then holds two values a
record: `123456789012  1234-567890-1` in one record, `1234 5678 9012 1234-567890-1`
in the next. The column as a whole tells them apart: where nearly every value ends
with a number of one shape after a blank (the same count of digits in the same
groups: an employment-insurance number 1234-567890-1, a pension number 1234-567890,
a birth 19750412) and another number before it, that number is a field of its own,
and what stands before it is another. A word before the number (普通預金 2883295)
makes one value with its kind, as a host writes an account, and so does a short
code before it (an era's 3 before 330214): not cut. Each becomes a cell, for the table's reader to type as it types any column.

The other way round, a number written in groups of four (1234 5678 9012, 4111-1111-1111-1111)
in every record has its blanks line up as a field's would, and the columns part it into
groups (scanner.extract.record_layout.bare_fields): three columns side by side or more
that hold four digits each (a joiner after them at most) in nearly every record are one
field again, a My Number's or a card's.
"""

from __future__ import annotations

import re

from scanner.extract.digit_fields import SAMPLE_RECORDS, cut_columns

SHAPE_SHARE = 0.9  # of the column's values that end with a number of the one shape
MIN_VALUES = 5
MIN_TAIL_DIGITS = 6  # a group of four (a card's, a phone's last) is a value's own part, not a field
# a number of digits and joiners after a blank, ending the cell
_TAIL = re.compile(r"(?<=[ \u3000])[0-9][0-9()\-/.]*[0-9]$")
_DIGIT_RUN = re.compile(r"[0-9]+")
# what a field that ran into the next holds: a number as wide as its field (digits, joiners, blanks); a
# word before the number (普通預金 2883295, TEL 03-…) is one value with its kind, not two fields
_NUMBER_HEAD = re.compile(r"[0-9][0-9()\-/. \u3000]*")
_GROUP = re.compile(r"[0-9]{4}[-.]?")
MIN_GROUPS = 3  # a My Number's three groups of four, a card's four


def _shape(number: str) -> str:
    """The number's groups of digits as counts, its joiners kept (1234-567890-1: 4-6-1)."""
    return _DIGIT_RUN.sub(lambda m: str(len(m.group())), number)


def _tail(cell: str) -> re.Match | None:
    """The number that ends cell after a blank, with another number before it that filled its
    own field (six digits or more: an era's code before a packed date, 3 330214, is one value)."""
    match = _TAIL.search(cell)
    head = cell[:match.start()].strip() if match else ""
    return match if _NUMBER_HEAD.fullmatch(head) and sum(c.isdigit() for c in head) >= MIN_TAIL_DIGITS else None


def _tail_shape(values: list[str]) -> str | None:
    """The one shape of the number that ends nearly every value of a column, or None."""
    values = [value for value in values if value]
    if len(values) < MIN_VALUES or not any(" " in value or "\u3000" in value for value in values):
        return None
    tails = [_tail(value) for value in values]
    shapes = [_shape(tail.group()) for tail in tails if tail]
    if len(shapes) < SHAPE_SHARE * len(values):
        return None
    shape = max(set(shapes), key=shapes.count)
    digits = sum(int(n) for n in _DIGIT_RUN.findall(shape))
    return shape if digits >= MIN_TAIL_DIGITS and shapes.count(shape) >= SHAPE_SHARE * len(values) else None


def _cut(cell: str, shape: str) -> list[str]:
    tail = _tail(cell)
    if tail is None or _shape(tail.group()) != shape:
        return [cell, ""]
    return [cell[:tail.start()].strip(), tail.group()]


def split_tail_fields(rows: list[list[str]], records: list[int]) -> list[list[str]]:
    """rows with the cells of the records (rows[i] for i in records) cut before the
    number that ends nearly every value of their column in one shape."""
    return cut_columns(rows, records, lambda values, _: _tail_shape(values), _cut)


def _group_runs(rows: list[list[str]], sample: list[int], width: int) -> list[tuple[int, int]]:
    """(first column, columns) of each run of MIN_GROUPS columns or more whose cells are groups of
    four digits in nearly every sampled record."""
    grouped = [sum(1 for i in sample if _GROUP.fullmatch(rows[i][c])) >= SHAPE_SHARE * len(sample) for c in range(width)]
    runs, c = [], 0
    while c < width:
        end = c
        while end < width and grouped[end]:
            end += 1
        if end - c >= MIN_GROUPS:
            runs.append((c, end - c))
        c = max(end, c + 1)
    return runs


def _joined_groups(cells: list[str], runs: list[tuple[int, int]]) -> list[str]:
    for first, count in reversed(runs):
        parts = [cell for cell in cells[first:first + count] if cell]
        number = "".join(part if part.endswith(("-", ".")) or n == len(parts) - 1 else part + " "
                          for n, part in enumerate(parts))
        cells = cells[:first] + [number] + cells[first + count:]
    return cells


def join_digit_groups(rows: list[list[str]], records: list[int]) -> list[list[str]]:
    """rows with the records' columns that part a number written in groups of four joined again."""
    if not records or len(records) < MIN_VALUES:
        return rows
    width = len(rows[records[0]])
    records = [i for i in records if len(rows[i]) == width]
    runs = _group_runs(rows, records[:SAMPLE_RECORDS], width)
    if not runs:
        return rows
    out = list(rows)
    for i in records:
        out[i] = _joined_groups(rows[i], runs)
    return out
