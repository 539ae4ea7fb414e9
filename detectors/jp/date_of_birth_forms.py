"""Births in the forms of foreign staff and of hurried hands (issue 12, second dates work).

Beside a birth word only (`LabelledDateOfBirthRecognizer` runs on text holding one):
day-first dates `23/07/1991`, `23.07.1991`, `23-07-1991` (a day above 12 tells a US
`07/23/1991`, read month first; both up to 12 read day first, the order of every
English-speaking country but the US and of the countries most foreign staff come from:
one finding either way), `1991-Jul-23`, a two-digit year after an apostrophe
(`'80年4月1日`); under a birth label in its cell, `80/04/01` (yy/mm/dd).

A year and month of birth (`1980年4月生まれ`, `昭和55年4月生`, `生年月: 1980/04`) identifies
a named person as much as a date does with the name beside it: reported as `1980-04`.
A year alone (`1980年生まれ`) is not (one in eighty people share it), nor a birthday
without a year (`誕生日は4月1日`): neither is DATE_OF_BIRTH.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from detectors.jp.base import alternatives_after, starts_after
from detectors.jp.date_of_birth import (_BIRTH_LABEL, _MONTH, DateOfBirthRecognizer, LabelledDateOfBirthRecognizer)
from detectors.jp.wareki import MONTHS, era_date, western_date

_SEP = "[./-]"
_YEAR4 = r"(?:18|19|20)[0-9]{2}"
_DAY_FIRST = re.compile(rf"(?P<a>[0-9]{{1,2}}) ?(?P<s>{_SEP}) ?(?P<b>[0-9]{{1,2}}) ?(?P=s) ?(?P<y>{_YEAR4})$")
_YEAR_MONTH_NAME = re.compile(rf"(?P<y>{_YEAR4})[ /-](?P<m>{_MONTH})\.?[ /-](?P<d>[0-9]{{1,2}})$", re.IGNORECASE)
_APOSTROPHE = re.compile(r"['’‘`](?P<y>[0-9]{2}) *年 *(?P<m>[0-9]{1,2}) *月 *(?P<d>[0-9]{1,2}) *日?$")
_SHORT = re.compile(r"(?P<y>[0-9]{2})(?P<s>[./-])(?P<m>[0-9]{1,2})(?P=s)(?P<d>[0-9]{1,2})$")
# Excel's d-mmm-yy (4-Mar-80), as a sheet saved to CSV writes a date cell
_DAY_MONTH_YY = re.compile(rf"(?P<d>[0-9]{{1,2}})[ -](?P<m>{_MONTH})[ -](?P<y>[0-9]{{2}})$", re.IGNORECASE)


def full_year(two_digits: str, today: dt.date | None = None) -> int:
    """'80 -> 1980, '05 -> 2005: a birth year is never after this year."""
    year = 2000 + int(two_digits)
    return year if year <= (today or dt.date.today()).year else year - 100


def day_first(first: str, second: str, year: str) -> dt.date | None:
    """DD/MM/YYYY, or MM/DD/YYYY when only that order is a date."""
    return western_date(year, second, first) or western_date(year, first, second)


@lru_cache(maxsize=4096)
def parse_foreign(text: str) -> dt.date | None:
    text = text.strip()
    for shape in (_DAY_FIRST, _YEAR_MONTH_NAME, _APOSTROPHE, _SHORT, _DAY_MONTH_YY):
        match = shape.search(text)
        if not match:
            continue
        if shape is _DAY_FIRST:
            return day_first(match["a"], match["b"], match["y"])
        if shape is _YEAR_MONTH_NAME:
            return western_date(match["y"], str(MONTHS[match["m"].lower()]), match["d"])
        if shape is _DAY_MONTH_YY:
            return western_date(str(full_year(match["y"])), str(MONTHS[match["m"][:3].lower()]), match["d"])
        return western_date(str(full_year(match["y"])), match["m"], match["d"])
    return None


def past_foreign(text: str) -> dt.date | None:
    """The date parse_foreign reads, when it is past: a birth is never ahead (a visa's end is)."""
    date = parse_foreign(text)
    return date if date is not None and date <= dt.date.today() else None


class ForeignDateOfBirthRecognizer(LabelledDateOfBirthRecognizer):
    """Day-first dates and English month names after the year; each shape apart
    (ShortYearDateOfBirthRecognizer) with a prefilter of its own, so a roster's text
    is searched only for the shapes it holds."""

    PATTERNS = (
        ("date_day_first", starts_after("[0-9]", "[0-9A-Za-z]", "[0-9][./-]") + rf"[0-9]? ?({_SEP}) ?[0-9]{{1,2}} ?\1 ?"
         rf"{_YEAR4}(?![0-9])", 0.2),
        ("date_year_month_name", alternatives_after([("18", ""), ("19", ""), ("20", "")], "[0-9A-Za-z]")
         + rf"[0-9]{{2}}[ /-](?i:{_MONTH})\.?[ /-][0-9]{{1,2}}(?![0-9])", 0.2),
    )
    PREFILTER = rf"[0-9] ?[./-] ?[0-9]{{1,2}} ?[./-] ?(?:18|19|20)[0-9]{{2}}|[0-9]{{4}}[ /-](?i:{_MONTH})"
    LABELLED = {}
    NEGATIVE_CONTEXT = (*DateOfBirthRecognizer.NEGATIVE_CONTEXT, "until", "visa", "arrival", "入国", "来日", "due",
                        "invoice", "start")
    PARSE = staticmethod(past_foreign)


class ShortYearDateOfBirthRecognizer(ForeignDateOfBirthRecognizer):
    """A two-digit year: after an apostrophe beside a birth word, or yy/mm/dd under a
    birth label in its cell (the prefilter wants the label before the date)."""

    PATTERNS = (
        ("date_apostrophe_year", r"['’‘`][0-9]{2} *年 *[0-9]{1,2} *月 *[0-9]{1,2}(?: *日)?", 0.2),
        ("date_short_year", starts_after("[0-9]", "[0-9A-Za-z]", "[0-9][./-]", "[明大昭平令'’‘`]")
         + r"[0-9]([./-])[0-9]{1,2}\1[0-9]{1,2}(?![0-9])(?![./-][0-9])", 0.15),
        ("date_day_month_yy", starts_after("[0-9]", "[0-9A-Za-z]") + rf"[0-9]?[ -](?i:{_MONTH})[ -][0-9]{{2}}(?![0-9])",
         0.15),
    )
    PREFILTER = (r"['’‘`][0-9]{2} *年|(?i:生年|誕生日|birth|dob|d\.o\.b)[^\t\n]{0,24}?(?<![0-9])"
                 r"[0-9]{2}[./-][0-9]{1,2}[./-][0-9]{1,2}(?![0-9])"
                 rf"|[0-9][ -](?i:{_MONTH})[ -][0-9]{{2}}(?![0-9])")
    LABELLED = {"date_short_year": _BIRTH_LABEL, "date_day_month_yy": _BIRTH_LABEL}


_ERAS = ("明治", "大正", "昭和", "平成", "令和", *"MTSHR", *"明大昭平令")
_MONTH_BORN = r" *[0-9]{1,2} *月 *生(?:まれ)?(?![産活徒協命地成涯])"
_ERA_YEAR = r"\.? *(?:元|[0-9]{1,2}) *年"
_YEAR_MONTH = re.compile(rf"(?:(?P<era>{'|'.join(_ERAS)})\.? *(?P<ey>元|[0-9]{{1,2}}) *年|(?P<wy>{_YEAR4}) *(?:年|[./-]))"
                         r" *(?P<m>[0-9]{1,2})")


@lru_cache(maxsize=1024)
def birth_month(text: str) -> str | None:
    """`1980-04` of `1980年4月生まれ`, `昭和55年4月生`, `1980/04`; None when not a past month."""
    match = _YEAR_MONTH.search(text)
    if not match:
        return None
    first = era_date(match["era"], match["ey"], match["m"], "1") if match["era"] else \
        western_date(match["wy"], match["m"], "1")
    return f"{first:%Y-%m}" if first and first <= dt.date.today() else None


class BirthMonthRecognizer(DateOfBirthRecognizer):
    """A year and month of birth: said with 生(まれ), or under a 生年月 label."""

    PATTERNS = (
        ("month_born", alternatives_after([(era, _ERA_YEAR) for era in _ERAS]
                                          + [(c, "[0-9]{2} *年") for c in ("18", "19", "20")], "[0-9A-Za-z]")
         + _MONTH_BORN, 0.7),
        ("month_labelled", alternatives_after([(c, "") for c in ("18", "19", "20")], "[0-9A-Za-z]")
         + r"[0-9]{2} *(?:年 *[0-9]{1,2} *月|[./-] *[0-9]{1,2})(?![0-9])(?! *[./-] *[0-9])(?! *[0-9]{1,2} *日)", 0.15),
    )
    PREFILTER = r"月 *生(?!年)|生年月(?!日)"  # not every 生年月日 of a roster
    LABELLED = {"month_labelled": "生年月(?!日)"}
    PARSE = staticmethod(birth_month)
