"""Dates as ledgers write them: ISO, slashes, spreadsheet date cells, 和暦."""

from __future__ import annotations

import datetime as dt
import re

from detectors.jp.wareki import era_date  # the one era table (a pure helper, no model)
from inventory.ledger.text import normalize_words
from inventory.notes import Note

_WESTERN = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")
_WAREKI = re.compile(r"^(明治|大正|昭和|平成|令和|[MTSHR])\.?\s*(元|\d{1,2})[年./-](\d{1,2})[月./-](\d{1,2})日?$")


class DateFormatError(ValueError):
    def __init__(self, note: Note) -> None:
        super().__init__(str(note))
        self.note = note


def _wareki(era: str, year: str, month: int, day: int) -> dt.date:
    value = era_date(era, year, str(month), str(day))
    if value is None:
        raise DateFormatError(Note.of("date.impossible", era=era, year=year, month=month, day=day))
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
    except DateFormatError:
        raise
    except ValueError as error:
        raise DateFormatError(Note.of("date.invalid", value=value)) from error
    raise DateFormatError(Note.of("date.unreadable", value=value))
