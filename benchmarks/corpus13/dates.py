"""Dates of corpus 13 in the ways Japanese offices write them: 和暦 in full or
abbreviated, Western, packed, kanji numerals, two-digit years."""

from __future__ import annotations

import random
from datetime import date, timedelta

ERAS = (("令和", "R", date(2019, 5, 1)), ("平成", "H", date(1989, 1, 8)), ("昭和", "S", date(1926, 12, 25)),
        ("大正", "T", date(1912, 7, 30)))
KANJI = "〇一二三四五六七八九"


def day_between(rng: random.Random, first: int, last: int) -> date:
    start = date(first, 1, 1)
    return start + timedelta(days=rng.randrange((date(last, 12, 31) - start).days))


def era_of(day: date) -> tuple[str, str, int]:
    for name, letter, start in ERAS:
        if day >= start:
            return name, letter, day.year - start.year + 1
    raise ValueError(day)


def kanji_number(n: int) -> str:
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else KANJI[tens]) + "十" if tens else "") + (KANJI[ones] if ones else "") or "〇"


def wareki(day: date) -> str:
    name, _, year = era_of(day)
    return f"{name}{'元' if year == 1 else year}年{day.month}月{day.day}日"


def wareki_short(day: date, sep: str = ".") -> str:
    _, letter, year = era_of(day)
    return f"{letter}{year:02d}{sep}{day.month:02d}{sep}{day.day:02d}"


def wareki_kanji_era(day: date) -> str:
    name, _, year = era_of(day)
    return f"{name[0]}{year}.{day.month}.{day.day}"


def kanji_date(day: date) -> str:
    name, _, year = era_of(day)
    return f"{name}{kanji_number(year)}年{kanji_number(day.month)}月{kanji_number(day.day)}日"


def kanji_digits(day: date) -> str:
    """一九七二年三月十四日: the year digit by digit, as prose writes it."""
    return "".join(KANJI[int(d)] for d in str(day.year)) + f"年{kanji_number(day.month)}月{kanji_number(day.day)}日"


def western(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def slashed(day: date) -> str:
    return f"{day.year}/{day.month:02d}/{day.day:02d}"


def packed(day: date) -> str:
    return f"{day.year}{day.month:02d}{day.day:02d}"


def two_digit(day: date) -> str:
    return f"{day.year % 100:02d}.{day.month:02d}.{day.day:02d}"


def any_form(rng: random.Random, day: date) -> str:
    return rng.choice((wareki, wareki_short, western, slashed, wareki_kanji_era, kanji_date))(day)
