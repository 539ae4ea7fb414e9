"""Dates as ledgers write them: ISO, slashes, spreadsheet date cells, 和暦."""

from __future__ import annotations

import datetime as dt
import re

from inventory.ledger.text import normalize_words

ERAS = {"明治": (1868, dt.date(1868, 1, 25)), "大正": (1912, dt.date(1912, 7, 30)),
        "昭和": (1926, dt.date(1926, 12, 25)), "平成": (1989, dt.date(1989, 1, 8)),
        "令和": (2019, dt.date(2019, 5, 1))}
_ERA_LETTERS = {"M": "明治", "T": "大正", "S": "昭和", "H": "平成", "R": "令和"}
_WESTERN = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")
_WAREKI = re.compile(r"^(明治|大正|昭和|平成|令和|[MTSHR])\.?\s*(元|\d{1,2})[年./-](\d{1,2})[月./-](\d{1,2})日?$")


class DateFormatError(ValueError):
    pass


def _wareki(era: str, year: str, month: int, day: int) -> dt.date:
    era = _ERA_LETTERS.get(era.upper(), era)
    first_year, starts = ERAS[era]
    value = dt.date(first_year + (1 if year == "元" else int(year)) - 1, month, day)
    following = [s for _, s in ERAS.values() if s > starts]
    if value < starts or (following and value >= min(following)):
        raise DateFormatError(f"{era}{year}年{month}月{day}日 は存在しない日付です")
    return value


def parse_date(value: object) -> dt.date | None:
    """None for empty; DateFormatError for what is not a date."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = normalize_words(str(value)).replace(" ", "")
    try:
        if m := _WESTERN.match(text):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := _WAREKI.match(text):
            return _wareki(m[1], m[2], int(m[3]), int(m[4]))
    except ValueError as error:
        raise DateFormatError(f"日付として不正です: {value} ({error})") from error
    raise DateFormatError(f"日付として読めません: {value} (YYYY-MM-DD または和暦)")
