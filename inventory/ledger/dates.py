"""Dates as ledgers write them: ISO, slashes, spreadsheet date cells, 和暦."""

from __future__ import annotations

import datetime as dt
import re

from detectors.jp.wareki import era_date  # the one era table (a pure helper, no model)
from inventory.ledger.text import normalize_words

_WESTERN = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")
_WAREKI = re.compile(r"^(明治|大正|昭和|平成|令和|[MTSHR])\.?\s*(元|\d{1,2})[年./-](\d{1,2})[月./-](\d{1,2})日?$")


class DateFormatError(ValueError):
    pass


def _wareki(era: str, year: str, month: int, day: int) -> dt.date:
    value = era_date(era, year, str(month), str(day))
    if value is None:
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
