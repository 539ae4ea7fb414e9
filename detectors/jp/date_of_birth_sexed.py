"""A date beside a person's sex, each alone in its field, in a row whose header was lost (a
PDF's lines, a headerless export, a roster pasted into a mail): 「CL　山田 太郎　男　1972/07/06
　長野県…」, 「山田花子,女,S50.10.29,…」, 「1985/5/6　女性」. A roster gives a person's sex and
birth side by side (氏名 性別 生年月日, or 生年月日 性別) — no other day of a person is written
against their sex. A row composed under its header (性別: 男, 入社日: …) says its own labels and
is no match; a date fewer than ten years back is an event's more often than a birth (a
visit's, a check-up's; a child's says 出生 or 生まれ, or stands under its label), and so is a
later date of a row that holds an earlier one. Only the date is reported."""

from __future__ import annotations

import datetime as dt

from detectors.jp.date_of_birth import ANY_DATE, _BIRTH_HEADER, _VALUE_CELL, DATE_START, DateWithinRecognizer, parse
from detectors.jp.number_labels import ColumnHeaders

_SEX = "(?:男性|女性|男|女)"
_FIELD = r"[ \t]*[,|｜\t][ \t]*|[ \t]+"  # the fields' separator: a comma, a bar, a tab, blanks
# the sex alone in its field (長男, 女子 are none): a line's start or a separator either side
_SEX_FIELD_BEFORE = rf"(?<![^\s,|｜]){_SEX}(?:{_FIELD})"
_SEX_FIELD_AFTER = rf"(?:{_FIELD}){_SEX}(?=[\s,|｜]|\Z)"
YOUNGEST = 10  # years: a nearer date beside the sex is a visit's or a check-up's in a headerless row


class SexedDateOfBirthRecognizer(DateWithinRecognizer):
    PATTERNS = (("date_beside_sex", rf"{_SEX_FIELD_BEFORE}{ANY_DATE}(?![0-9])|{ANY_DATE}(?![0-9]){_SEX_FIELD_AFTER}",
                 0.7),)
    PREFILTER = "男|女"

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = [r for r in super().analyze(text, entities, nlp_artifacts, regex_flags) if earliest_of_row(text, r.start)]
        if results and "\t" in text:  # a table's header row above (an HTML table's, not composed): its label decides
            columns = ColumnHeaders(text, _VALUE_CELL)
            results = [r for r in results if _BIRTH_HEADER.search(columns.header(r.start) or "生年月日")]
        return results

    def is_valid(self, value: str) -> bool:
        date = DATE_START.search(value)
        born = parse(date.group()) if date else None
        return born is not None and born.year <= dt.date.today().year - YOUNGEST


def earliest_of_row(text: str, start: int) -> bool:
    """Whether the date at start is the earliest date of its line (a birth comes before
    every other day of a person's row: a join, a visit, an expiry)."""
    row = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    line = text[row:len(text) if end < 0 else end]
    dates = [parse(m.group()) for m in DATE_START.finditer(line)]
    born = parse(DATE_START.match(text, start).group())
    return all(d is None or d >= born for d in dates)
