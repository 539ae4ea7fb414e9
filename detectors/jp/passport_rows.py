"""A headerless export of foreign residents (issue 12, ids13).

A host writes its foreign staff as rows with no header line: code, name, nationality,
status of residence, expiry, passport number. The row's own fields (a status of
residence of 入管法's table, 国籍) say it is a stay record; the passport's number there
is written as its country issues it (C1234567, E12345678, P1234567A, AB 1234567). The
row's one field of that shape, past its first (the staff code's place), is the passport.
"""

from __future__ import annotations

import re

from detectors.jp.number_labels import table_heading
from detectors.jp.travel_documents import ROW_FIELDS, STAY_RECORD
from detectors.lines import line_bounds

# a passport as countries issue it, upper case: 1-2 letters, 6-8 digits (6 after two letters), a letter
PASSPORT_FIELD = re.compile(r"^(?:[A-Z]{2}[- ]?[0-9]{6,7}|[A-Z][- ]?[0-9]{7,8})[A-Z]?$")
MIN_FIELDS = 4


def headerless_stay_row(text: str, start: int, end: int, headings: dict[int, str]) -> bool:
    """The number is its row's only field of a passport's shape, not the first, in a
    row of a stay record with no header line above its table."""
    row, row_end = line_bounds(text, start, end)
    fields = [f.strip() for f in ROW_FIELDS.split(text[row:row_end])]
    number = text[start:end]
    if len(fields) < MIN_FIELDS or not fields[1:].count(number) == 1 or fields[0] == number:
        return False
    if sum(1 for f in fields if PASSPORT_FIELD.match(f)) != 1 or not PASSPORT_FIELD.match(number):
        return False
    return STAY_RECORD.search(text, row, row_end) is not None and not ROW_FIELDS.search(table_heading(text, row, headings))
