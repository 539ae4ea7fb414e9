"""A birth column that lost its date format: a sheet exported or pasted as values keeps
Excel's serial number of the day (26024 for 1971-04-01: days since 1899-12-30), and a
生年月日 column of a roster shows five digits. Read only as a whole cell under a birth
label in its cell (a sheet's composed header `生年月日: 26024`): five digits are a date only
there (a count, an amount, a code elsewhere). Five digits run from 1927-05-18 (10000):
a four-digit cell under 生年月日 is a year (1980), never a serial."""

from __future__ import annotations

import datetime as dt
import re

from detectors.jp.base import CELL_END
from detectors.jp.date_of_birth import _BIRTH_LABEL, LabelledDateOfBirthRecognizer

EPOCH = dt.date(1899, 12, 30)  # Excel's day 0 (its 1900 leap-year bug makes 60 the one odd day, long before a birth)
_SERIAL = re.compile(r"[1-9][0-9]{4}")


def serial_date(value: str) -> dt.date | None:
    """The day of an Excel serial number, when it is past (a birth is never ahead)."""
    if not _SERIAL.fullmatch(value.strip()):
        return None
    day = EPOCH + dt.timedelta(days=int(value))
    return day if day <= dt.date.today() else None


class SerialDateOfBirthRecognizer(LabelledDateOfBirthRecognizer):
    PATTERNS = (("date_serial", "[1-9](?<=: [1-9])" + r"[0-9]{4}" + CELL_END, 0.15),)
    PREFILTER = r": [1-9][0-9]{4}(?:\t|\n|$)"
    LABELLED = {"date_serial": rf"(?:{_BIRTH_LABEL}): $"}
    PARSE = staticmethod(serial_date)
