"""Japanese dates: 和暦 (era) and Western, with kanji numerals; impossible dates
(昭和64年1月8日, H31.5.1, R1.4.30) are None, never guessed."""

from __future__ import annotations

import datetime as dt

ERAS = {"明治": (1868, dt.date(1868, 1, 25)), "大正": (1912, dt.date(1912, 7, 30)),
        "昭和": (1926, dt.date(1926, 12, 25)), "平成": (1989, dt.date(1989, 1, 8)),
        "令和": (2019, dt.date(2019, 5, 1))}
ERA_LETTERS = {"M": "明治", "T": "大正", "S": "昭和", "H": "平成", "R": "令和",
               "明": "明治", "大": "大正", "昭": "昭和", "平": "平成", "令": "令和"}  # S55.4.1, 昭55・4・1
# 元号コード of 社会保険 forms and host exports (5-550401: 昭和55年4月1日)
ERA_CODES = {"1": "明治", "3": "大正", "5": "昭和", "7": "平成", "9": "令和"}
# 元号コード of host HR masters (1 明治 … 5 令和): 3580302 is 昭和58年3月2日 there
HOST_ERA_CODES = dict(zip("12345", ("明治", "大正", "昭和", "平成", "令和")))
MONTHS = {name: n for n, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
     ("dec", "december")], 1) for name in names}
KANJI_DIGITS = {"〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def number(text: str) -> int | None:
    """`12`, `十二`, `二十三`, `三十`, `元` -> int."""
    if text.isascii() and text.isdigit():
        return int(text)
    if text == "元":
        return 1
    if "十" in text:
        tens, _, ones = text.partition("十")
        tens_value = KANJI_DIGITS.get(tens, None) if tens else 1
        ones_value = KANJI_DIGITS.get(ones, None) if ones else 0
        return None if tens_value is None or ones_value is None else tens_value * 10 + ones_value
    if all(ch in KANJI_DIGITS for ch in text):
        return int("".join(str(KANJI_DIGITS[ch]) for ch in text))
    return None


def era_date(era: str, year: str, month: str, day: str) -> dt.date | None:
    era = ERA_LETTERS.get(era.upper(), ERA_CODES.get(era, era))
    y, m, d = number(year), number(month), number(day)
    if era not in ERAS or None in (y, m, d):
        return None
    first_year, starts = ERAS[era]
    try:
        value = dt.date(first_year + y - 1, m, d)
    except ValueError:
        return None
    later = [s for _, s in ERAS.values() if s > starts]
    if value < starts or (later and value >= min(later)):
        return None
    return value


def coded_date(code: str, year: str, month: str, day: str) -> dt.date | None:
    """The date of an era code before YYMMDD: the 社会保険 forms' code (1, 3, 5, 7, 9)
    first, else a host's (1 to 5) when only that reads as a date (3580302: 大正58年 is
    none, 昭和58年 is; 4050302 is 平成 in a host's code only)."""
    return era_date(code, year, month, day) or (
        era_date(HOST_ERA_CODES[code], year, month, day) if code in HOST_ERA_CODES else None)


def western_date(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
