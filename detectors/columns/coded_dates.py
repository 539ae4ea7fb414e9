"""A column of dates in a host's short forms (`3450412` in its 元号コード, `75/04/12`,
`750412`; detectors/jp/date_of_birth_coded.py), which no detector reads by themselves:
seven digits or six are a date only among their like, so they are read here as a whole
column (a table without a header) where most values parse, and the column is labelled
for what it holds; CodedDateOfBirthRecognizer reads its values under that label only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from detectors.jp.date_of_birth_coded import ERA_CODE_LABEL, SHORT_YEAR_LABEL, era_coded, short_year

_CODES = frozenset("12345")
# codes of the eras of living people (host 3 昭和 4 平成 5 令和, 社会保険 5 昭和 7 平成 9 令和) and
# letters: not 1 or 2, a sex's codes
_ERA_MARKS = frozenset("34579MTSHRmtshr明大昭平令")
MIN_YEARS = 3  # staff numbers 000510, 000511 … read as days of one month are no dates


def _era_codes(column: Sequence[str] | None, share: float) -> bool:
    """Whether a column holds an era's code or letter in most of its filled cells (3, 5,
    7, S, H: the column before a YYMMDD, which is then no two-digit Western year)."""
    filled = [value.strip() for value in column or () if value.strip()]
    return bool(filled) and sum(1 for value in filled if len(value) == 1 and value in _ERA_MARKS) >= share * len(filled)


def coded_dates(column: Sequence[str], today: dt.date, min_dates: int, share: float,
                before: Sequence[str] | None = None) -> tuple[str, list[dt.date | None]] | None:
    """(the column's label, each record's date) when at least share of its filled values
    and min_dates in all are dates in one of the short forms, over MIN_YEARS years or
    more; None otherwise. Seven digits are tried as the era code first (a two-digit year
    has six); six digits after a column of era codes (before) are no Western year."""
    filled = [value for value in column if value]
    needed = max(min_dates, share * len(filled))
    forms = [(ERA_CODE_LABEL, era_coded), (SHORT_YEAR_LABEL, lambda v: short_year(v, today))]
    for label, read in forms[:1] if _era_codes(before, share) else forms:
        dates = [read(value) if value else None for value in column]
        found = [date for date in dates if date is not None]
        if len(found) >= needed and len({date.year for date in found}) >= MIN_YEARS:
            return label, dates
    return None


def parted_era_codes(fields: Sequence[tuple[str, str]], min_dates: int, share: float) -> bool:
    """Whether two adjacent fields are one date (each record's text of the first field,
    its text of both): a host's 元号コード in a field of its own (1–5) before the year,
    month and day (`3 450412`), in share of the records that fill both."""
    judged = [(first, both) for first, both in fields if first.strip() and both[len(first):].strip()]
    hits = sum(1 for first, both in judged if first.strip() in _CODES and era_coded(both.strip()) is not None)
    return len(judged) >= min_dates and hits >= share * len(judged)
