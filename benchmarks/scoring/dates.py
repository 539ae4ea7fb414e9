"""The calendar date in a reported text: Western (1987年4月3日, 1987/04/03, 1987-4-3,
19870403) and 和暦 (昭和62年4月3日, 昭62.4.3, S62.04.03, 平成元年, ㍼62.4.3, kanji
numerals), so that a date of birth is scored by the day it names."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

ERAS = {"明治": date(1868, 1, 25), "大正": date(1912, 7, 30), "昭和": date(1926, 12, 25), "平成": date(1989, 1, 8),
        "令和": date(2019, 5, 1)}
_ERA_NAMES = {"明": "明治", "大": "大正", "昭": "昭和", "平": "平成", "令": "令和", "M": "明治", "T": "大正", "S": "昭和",
              "H": "平成", "R": "令和", **{name: name for name in ERAS}}
_YEAR_SEP, _MONTH_SEP = r"\s*[年./\-]\s*", r"\s*[月./\-]\s*"
_ERA = re.compile(r"(明治|大正|昭和|平成|令和|[明大昭平令MTSHR])\s*(元|\d{1,2})" + _YEAR_SEP + r"(\d{1,2})" + _MONTH_SEP +
                  r"(\d{1,2})")
_WEST = re.compile(r"(?<!\d)(\d{4})" + _YEAR_SEP + r"(\d{1,2})" + _MONTH_SEP + r"(\d{1,2})(?!\d)")
_PACKED = re.compile(r"(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")
_KANJI_NUMBER = re.compile(r"[〇一二三四五六七八九十]+")
_KANJI_DIGITS = {ch: i for i, ch in enumerate("〇一二三四五六七八九")}


def kanji_number(text: str) -> int:
    """六十二 -> 62, 十 -> 10, 二〇〇一 -> 2001."""
    if "十" not in text:
        return int("".join(str(_KANJI_DIGITS[ch]) for ch in text))
    tens, _, ones = text.partition("十")
    return (_KANJI_DIGITS[tens] if tens else 1) * 10 + (_KANJI_DIGITS[ones] if ones else 0)


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _era_day(era: str, year: int, month: int, day: int) -> date | None:
    name = _ERA_NAMES[era]
    result = _day(ERAS[name].year + year - 1, month, day)
    later = [start for start in ERAS.values() if start > ERAS[name]]
    if result is None or result < ERAS[name] or (later and result >= min(later)):
        return None
    return result


def parse_date(text: str) -> date | None:
    """The first date written in text, or None."""
    text = unicodedata.normalize("NFKC", text or "").upper()
    text = _KANJI_NUMBER.sub(lambda m: str(kanji_number(m.group())), text)
    era = _ERA.search(text)
    if era:
        year = 1 if era.group(2) == "元" else int(era.group(2))
        return _era_day(era.group(1), year, int(era.group(3)), int(era.group(4)))
    for pattern in (_WEST, _PACKED):
        found = pattern.search(text)
        if found:
            return _day(*(int(g) for g in found.groups()))
    return None
