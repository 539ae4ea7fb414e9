"""A city and its block as one field of a headerless record, a phone number in the next
field (a host's fixed-width or CSV export: number, name, 土浦市桜町一丁目11-3, 0466394276):
the record is a person's, its address written without the prefecture or a label
(contact10). The phone is told by its shape, bare or in groups, and must be the whole
next field: an address in a sentence before a number is not a record's."""

from __future__ import annotations

import re

from detectors.jp.base import OWN_COLUMN_SCORE

# the next field: two spaces or more (fixed width), a tab or a comma, then a phone number
_PHONE_FIELD = re.compile(r"(?: {2,}|\t|,)0[0-9]{1,4}-?[0-9]{1,4}-?[0-9]{3,4}(?=[ \t,]|$)", re.MULTILINE)


def before_phone_field(text: str, results: list, low: float) -> None:
    """Raise each result below `low` whose next field is a phone number."""
    for result in results:
        if result.score < low and _PHONE_FIELD.match(text, result.end) is not None:
            result.score = OWN_COLUMN_SCORE
