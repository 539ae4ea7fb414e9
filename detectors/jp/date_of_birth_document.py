"""A date right after a person's identity document's number on their line (issue 12,
ids24): 「赴任者：山田 花子　旅券 TK1234567　1970/04/01」, 「YAMADA HANAKO / TK1234567 /
1970-04-01」, 「王 秀英, AB12345678CD, 1952/1/26」. An identity check copies the holder's
name, the document's number and the holder's birth, in that order, and labels none when
the form's labels were lost (a mail's line, a list pasted from a sheet). The other dates a
document's number is written with are its own issue and expiry: a passport is valid ten
years at most, a residence card seven, so a date more than ELDEST_DOCUMENT years back is
no valid document's and is the holder's birth; it must also be the earliest of its line
(a birth comes before every other day of a person). The numbers read are the two whose
shape is their own: a passport's (two letters, seven digits) and a residence card's (two
letters, eight digits, two letters). A birth before the number (YAMADA HANAKO 1970/04/01
TK1234567: a manifest's order) is read the same way. Only the date is reported. "Back" is
counted from a day passed in (the scan's: `as_of`), today where none is: a test passes its own."""

from __future__ import annotations

import datetime as dt
import re

from detectors.jp.date_of_birth import ANY_DATE, DATE_START, DateOfBirthRecognizer, parse
from detectors.jp.date_of_birth_sexed import earliest_of_row

ELDEST_DOCUMENT = 11  # years: a passport's issue is ten years back at most (its expiry ahead)
DATE_REACH = 28  # characters from a date's start to the document's number after it
_DOCUMENT = r"(?<![A-Za-z0-9])[A-Z]{2}[0-9]{7}(?:[0-9][A-Z]{2})?(?![A-Za-z0-9])"
_DOCUMENT_AT = re.compile(r"[A-Z]{2}[0-9]{7}(?:[0-9][A-Z]{2})?")
_FIELD = r"(?:[ \t]{0,3}[,、/／|｜][ \t]{0,3}|[ \t]{1,4})"  # a field's separator: a comma, a slash, a bar, blanks


_BIRTH_AFTER = re.compile(rf"{_FIELD}({ANY_DATE})(?![0-9])(?=[\s,、/／|｜]|\Z)")


def older_than_any_document(born: dt.date | None, as_of: dt.date | None = None) -> bool:
    """Whether a date lies further back than any valid document's issue, counted from as_of
    (the scan's day; today where none is given)."""
    return born is not None and born.year <= (as_of or dt.date.today()).year - ELDEST_DOCUMENT


def birth_follows(text: str, end: int, as_of: dt.date | None = None) -> bool:
    """Whether a date that can only be the holder's birth follows the document's number ending
    at end, in the next field (the residence card's recognizer reads its number by it)."""
    match = _BIRTH_AFTER.match(text, end)
    return older_than_any_document(parse(match.group(1)) if match else None, as_of)


class DocumentDateOfBirthRecognizer(DateOfBirthRecognizer):
    PATTERNS = (("date_after_document", rf"{_DOCUMENT}{_FIELD}{ANY_DATE}(?![0-9])(?=[\s,、/／|｜]|\Z)", 0.7),
                # name, birth, document: a manifest's order (the date starts its field)
                ("date_before_document", rf"(?<![^\s,、/／|｜:：]){ANY_DATE}{_FIELD}{_DOCUMENT}", 0.7))
    # the second pattern is tried only before a document's number (its date opens with no fixed letter)
    ANCHORED = {"date_before_document": ("[A-Z](?=[A-Z][0-9]{7})", DATE_REACH)}
    PREFILTER = r"[A-Z]{2}[0-9]{7}"
    # the pattern leaves no label between the number and the date, and the date's age rules out the
    # document's own issue and expiry: words near it (旅券番号 before, 期限 2031/… after) decide nothing
    NEGATIVE_CONTEXT = ()
    as_of: dt.date | None = None  # the day ages are counted from (the scan's); None: today

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for result in results:  # the date alone, without the document's number
            result.start, result.end = _date_span(text[result.start:result.end], result.start)
        return [r for r in results if earliest_of_row(text, r.start)]

    def is_valid(self, value: str) -> bool:
        start, end = _date_span(value, 0)
        return older_than_any_document(parse(value[start:end]), self.as_of)


def _date_span(match: str, offset: int) -> tuple[int, int]:
    """The span of the date in a match that opens with a document's number or with the date."""
    number = _DOCUMENT_AT.match(match)
    date = DATE_START.search(match, number.end()) if number else DATE_START.match(match)
    return offset + date.start(), offset + date.end()
