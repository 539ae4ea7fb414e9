"""A bare number in a list's field where the list's other rows write phones (contacts24).

A roster typed as one record a line, its fields split by a delimiter (氏名／芸名／電話／口座／生年月日,
name | phone | note, a sheet pasted as tab-separated text with no header row): the field the
other rows fill with written phone numbers (090-…, 0263-91-…, 075(818)0643, a bare mobile) is the list's phone
column, so a bare run of ten digits in that field of one row (0229096328) is a phone as well,
though no label stands before it. The rows read are the neighbours with the same delimiter and
the same number of fields; two of them with a written phone in the field decide.
"""

from __future__ import annotations

import re

from detectors.lines import line_bounds

ROWS_AROUND = 8  # neighbouring lines read on each side
PHONES_NEEDED = 2  # other rows whose field holds a written phone
_DELIMITERS = "／/|｜\t,，;；"
# a written phone: three groups split by dashes or brackets (a postal code's two are not), nothing else in the field; or a bare mobile's
# eleven digits (07099264107), a shape no other number of an office has
_WRITTEN_PHONE = re.compile(r"\(?0[0-9]{1,4}[-(）)（ ][0-9]{1,4}[-)）( ][0-9]{3,4}|0[5789]0[0-9]{8}")


def _delimiter(line: str, start: int, end: int) -> str | None:
    """The delimiter next to the number (before it, else after it), spaces between allowed."""
    before = line[:start].rstrip(" 　")
    if before and before[-1] in _DELIMITERS:
        return before[-1]
    after = line[end:].lstrip(" 　")
    return after[0] if after and after[0] in _DELIMITERS else None


def _field_is(fields: list[str], index: int, value: str) -> bool:
    return fields[index].strip(" 　") == value


def in_phone_column(text: str, start: int, end: int) -> bool:
    """The number at [start, end) fills a field of a delimited row whose field, in two
    neighbouring rows of the same shape, holds a written phone number."""
    line_start, line_end = line_bounds(text, start, end)
    line = text[line_start:line_end]
    delimiter = _delimiter(line, start - line_start, end - line_start)
    if delimiter is None:
        return False
    fields = line.split(delimiter)
    index = line[:start - line_start].count(delimiter)
    if not _field_is(fields, index, text[start:end]):
        return False  # the number shares its field with other words: not a column's cell
    phones = 0
    for row in _neighbours(text, line_start, line_end):
        cells = row.split(delimiter)
        if len(cells) == len(fields) and _WRITTEN_PHONE.fullmatch(cells[index].strip(" 　")):
            phones += 1
            if phones >= PHONES_NEEDED:
                return True
    return False


def _neighbours(text: str, line_start: int, line_end: int):
    """Up to ROWS_AROUND lines above the line, then as many below."""
    end = line_start - 1
    for _ in range(ROWS_AROUND):
        if end < 0:
            break
        begin = text.rfind("\n", 0, end) + 1
        yield text[begin:end]
        end = begin - 1
    begin = line_end + 1
    for _ in range(ROWS_AROUND):
        if begin > len(text):
            break
        end = text.find("\n", begin)
        end = len(text) if end < 0 else end
        yield text[begin:end]
        begin = end + 1
