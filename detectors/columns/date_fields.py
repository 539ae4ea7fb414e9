"""Dates with separators in a host's fixed-width export, where the layout of the
columns cuts them wrong. A host that suppresses leading zeros writes `S45. 4.12`,
`昭和45年 4月12日` or `1975/ 4/ 9`: the blank inside the date lines up in most records and
looks like the gap between two fields. A date that fills its field runs into the next
one with no blank: `1975/04/122001/04/01`, `1961.05.210439` (a birth, a joining date,
a code). Told here by the column as a whole: fields that most records read as one date
across their boundary are one field; a field that starts with one or more dates in most
records is cut after each of them, so that each date is a column of its own
(detectors.columns types it: a birth, or a later date of the same person)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from detectors.jp.date_of_birth import parse

VALID_SHARE = 0.8  # of the judged records that must read so
MIN_VALUES = 4
MAX_DATES = 4  # dates written edge to edge in one field

_ERAS = "明治|大正|昭和|平成|令和|[MTSHR明大昭平令]"
_YEAR = rf"(?:(?:{_ERAS})\.? *(?:元|[0-9]{{1,2}})|(?:18|19|20)[0-9]{{2}})"
# A day padded with a blank has one digit (` 1` of `2012/ 2/ 10581`, a code after it),
# other days two or one; then one only (`1975/4/92001/…`: no real 92nd).
_DAYS = (r"(?: [0-9](?![0-9]* *日)| *[0-9]{1,2})", r" *[0-9]")
# a kanji field of a CP932 host holds its dates in full-width (昭和４５年０４月１２日): read
# as ASCII, one character for one, so that offsets in the value stay where they were
_HALF_WIDTH = str.maketrans("０１２３４５６７８９／．－ＭＴＳＨＲ\u3000", "0123456789/.-MTSHR ")


def half_width(text: str) -> str:
    """text with full-width digits, date separators and era letters as ASCII (same length)."""
    return text.translate(_HALF_WIDTH)


_LEAD = re.compile(r"[A-Z]?[0-9]*")  # a record type letter and a staff number before the dates
_SEPARATOR = re.compile(r"[0-9] *[年./-] *[0-9]|[MTSHR][0-9]{6}")
# also an era letter and six digits (S450412), which hosts write edge to edge with a grade or a salary
_DATES = [re.compile(rf" *{_YEAR} *[年./-] *[0-9]{{1,2}} *[月./-]{day}(?: *日)?") for day in _DAYS] + [
    re.compile(r" *[MTSHR][0-9]{6}")]


def _date_at(text: str, start: int) -> int:
    """The end of a date with separators that starts at start (blanks before it
    allowed), or start when none does."""
    for pattern in _DATES:
        match = pattern.match(text, start)
        if match and parse(match.group()) is not None:
            return match.end()
    return start


def date_ends(text: str, start: int = 0) -> list[int]:
    """Ends of the dates written one after the other from start in text."""
    ends, text = [start], half_width(text)
    while len(ends) <= MAX_DATES and (end := _date_at(text, ends[-1])) > ends[-1]:
        ends.append(end)
    return ends[1:]


def _spans_boundary(text: str, boundary: int) -> bool:
    """Whether a date runs across boundary: one of the dates written one after the other
    from the text's start or from the end of its leading digits (a staff number written
    edge to edge with them, 00123402013.03.09 cut before its first separator)."""
    for start, ends in _offsets(text).items():
        starts = [start] + ends
        if any(a < boundary < b and text[a:boundary].strip() for a, b in zip(starts, starts[1:])):
            return True
    return False


def parted_dates(fields: Sequence[tuple[str, str]]) -> bool:
    """Whether two adjacent fields are one: (each record's text of the first field, its
    text of both), and in most records that fill both a date runs across the boundary."""
    judged = [(first, both) for first, both in fields if first.strip() and both[len(first):].strip()]
    hits = sum(1 for first, both in judged if _spans_boundary(both, len(first)))
    return len(judged) >= MIN_VALUES and hits >= VALID_SHARE * len(judged)


def _offsets(value: str) -> dict[int, list[int]]:
    """Offsets at which dates start right after the value's leading digits (a staff
    number written edge to edge with a date: 000123S45.04.12, a record type letter
    before it: D0001232013/04/01), with their ends."""
    return {start: ends for start in range(_LEAD.match(half_width(value)).end() + 1) if (ends := date_ends(value, start))}


def date_layout(values: Sequence[str]) -> tuple[int, int] | None:
    """(digits before the dates, dates) that most of a column's values start with, when
    a cut is needed there (digits before them, two or more dates, or more text after
    a date); None otherwise."""
    filled = [value.strip() for value in values if value.strip()]
    separated = sum(1 for value in filled if _SEPARATOR.search(half_width(value)))
    if len(filled) < MIN_VALUES or separated < VALID_SHARE * len(filled):  # most columns: no date to look for
        return None
    found = [_offsets(value) for value in filled]
    starts = Counter(start for offsets in found for start in offsets)
    if not starts or (best := starts.most_common(1)[0])[1] < VALID_SHARE * len(filled):
        return None
    start = best[0]
    counts = sorted((len(offsets.get(start, [])) for offsets in found), reverse=True)
    count = counts[int(VALID_SHARE * len(filled)) - 1]
    followed = sum(1 for value, offsets in zip(filled, found)
                   if len(offsets.get(start, [])) >= count and value[offsets[start][count - 1]:].strip())
    needed = start > 0 or count > 1 or followed >= VALID_SHARE * len(filled)
    return (start, count) if needed else None


def cut_dates(value: str, layout: tuple[int, int]) -> list[str]:
    """The value as its digits before the dates (when the layout has them), count dates
    (blank where a record has fewer) and the rest; a value of another shape whole in
    the first piece."""
    start, count = layout
    text = value.strip()
    head = [text[:start]] if start else []
    ends = date_ends(text, start)[:count] if _LEAD.match(half_width(text)).end() >= start else []
    if not ends:
        return [text] + [""] * (len(head) + count)
    bounds = [start] + ends
    pieces = [text[a:b].strip() for a, b in zip(bounds, bounds[1:])]
    return head + pieces + [""] * (count - len(pieces)) + [text[bounds[-1]:].strip()]
