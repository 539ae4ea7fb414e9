"""Dates as people write them on forms: 和暦 with a letter (S45.3.12, H1/4/1),
元年, kanji numerals (昭和四十五年三月十二日), 全角 digits, Western forms."""

from __future__ import annotations

from datetime import date

from benchmarks.corpus4.land import FULL, kanji_number

ERAS = [(date(2019, 5, 1), "令和", "R"), (date(1989, 1, 8), "平成", "H"), (date(1926, 12, 25), "昭和", "S")]


def era_of(day: date) -> tuple[str, str, int]:
    """(name, letter, year of the era) of a date."""
    for start, name, letter in ERAS:
        if day >= start:
            return name, letter, day.year - start.year + 1
    raise ValueError(f"no era for {day}")


def era_in(day: date) -> str:
    """The year alone: 平成元年, 昭和45年."""
    name, _, year = era_of(day)
    return f"{name}{'元' if year == 1 else year}年"


def _kanji_year(year: int) -> str:
    return "元" if year == 1 else kanji_number(year)


def date_in(day: date, style: str) -> str:
    name, letter, year = era_of(day)
    y, m, d = day.year, day.month, day.day
    if style == "era_letter":
        return f"{letter}{year}.{m}.{d}"
    if style == "era_slash":
        return f"{letter}{year}/{m}/{d}"
    if style == "era_short":
        return f"{name[0]}{year}.{m:02d}.{d:02d}"
    if style == "era":
        return f"{name}{'元' if year == 1 else year}年{m}月{d}日"
    if style == "era_kanji":
        return f"{name}{_kanji_year(year)}年{kanji_number(m)}月{kanji_number(d)}日"
    if style == "era_full":
        return f"{name}{year}年{m}月{d}日".translate(FULL)
    if style == "full":
        return f"{y}年{m}月{d}日".translate(FULL)
    if style == "slash":
        return f"{y}/{m:02d}/{d:02d}"
    if style == "kanji_west":
        return f"{y}年{m}月{d}日"
    if style == "dot":
        return f"{y}.{m}.{d}"
    raise ValueError(style)
