"""Births in a host HR master's short forms, under the label a column reader gave
their column (detectors/columns/coded_dates.py): the host's 元号コード (1 明治, 2 大正,
3 昭和, 4 平成, 5 令和) before the year of the era, month and day (`3450412`,
`3-45-04-12`, `3-450412`, `3 450412`), and a Western year in two digits (`75/04/12`, `750412`).
Seven digits or six are a date only among their like, so a value is read only as a
whole cell under its column's label (生年月日(元号コード), 生年月日(西暦二桁)), never from
a label a document wrote. The 元号コード of 社会保険 forms (1, 3, 5, 7, 9) is
LabelledDateOfBirthRecognizer's; a host's 1–5 code is read here only (5 is 令和 here,
昭和 there)."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from detectors.jp.base import CELL_END
from detectors.jp.date_of_birth import LabelledDateOfBirthRecognizer
from detectors.jp.date_of_birth_forms import full_year
from detectors.jp.wareki import HOST_ERA_CODES, era_date, western_date

ERA_CODE_LABEL = "生年月日(元号コード)"
SHORT_YEAR_LABEL = "生年月日(西暦二桁)"
# the code may stand in a field of its own, a blank before the year (`3 450412`)
_CODED = re.compile(r"(?P<code>[1-5])(?P<s>[-./ ]?)(?P<y>[0-9]{2})(?P<t>[-./]?)(?P<m>[0-9]{2})(?P=t)(?P<d>[0-9]{2})")
_SHORT = re.compile(r"(?P<y>[0-9]{2})(?P<s>[-./]?)(?P<m>[0-9]{2})(?P=s)(?P<d>[0-9]{2})")


@lru_cache(maxsize=4096)
def era_coded(value: str) -> dt.date | None:
    """The date of `3450412`, `3-45-04-12`, `3-450412`; None when it is none."""
    match = _CODED.fullmatch(value.strip())
    if not match or (match["t"] and not match["s"]):
        return None
    return era_date(HOST_ERA_CODES[match["code"]], match["y"], match["m"], match["d"])


def short_year(value: str, today: dt.date) -> dt.date | None:
    """The date of `75/04/12` or `750412` (a year in two digits), at or before today."""
    match = _SHORT.fullmatch(value.strip())
    if not match:
        return None
    date = western_date(str(full_year(match["y"], today)), match["m"], match["d"])
    return date if date and date <= today else None


def _read(value: str) -> dt.date | None:
    return era_coded(value) or short_year(value, dt.date.today())


class CodedDateOfBirthRecognizer(LabelledDateOfBirthRecognizer):
    """A whole cell in a host's short form under its column's label (the context
    word 生年月日 of the label raises the score)."""

    PATTERNS = (
        ("date_era_code", "[1-5](?<=: [1-5])" + r"[-./ ]?[0-9]{2}[-./]?[0-9]{2}[-./]?[0-9]{2}" + CELL_END, 0.15),
        ("date_two_digit_year", "[0-9](?<=: [0-9])" + r"[0-9][-./]?[0-9]{2}[-./]?[0-9]{2}" + CELL_END, 0.15),
    )
    PREFILTER = r"\(元号コード\)|\(西暦二桁\)"
    LABELLED = {"date_era_code": re.escape(ERA_CODE_LABEL) + ": $",
                "date_two_digit_year": re.escape(SHORT_YEAR_LABEL) + ": $"}
    PARSE = staticmethod(_read)
