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
    """A date in one habit: era_letter S45.3.12, era_slash H1/4/1, era_short 昭45.03.12, era
    平成元年4月1日, era_kanji 昭和四十五年三月十二日, era_full and full in 全角 digits, slash
    1970/03/12, kanji_west 1970年3月12日, dot 1970.3.12."""
    name, letter, year = era_of(day)
    y, m, d = day.year, day.month, day.day
    forms = {"era_letter": f"{letter}{year}.{m}.{d}", "era_slash": f"{letter}{year}/{m}/{d}",
             "era_short": f"{name[0]}{year}.{m:02d}.{d:02d}", "era": f"{era_in(day)}{m}月{d}日",
             "era_kanji": f"{name}{_kanji_year(year)}年{kanji_number(m)}月{kanji_number(d)}日",
             "era_full": f"{name}{year}年{m}月{d}日".translate(FULL), "full": f"{y}年{m}月{d}日".translate(FULL),
             "slash": f"{y}/{m:02d}/{d:02d}", "kanji_west": f"{y}年{m}月{d}日", "dot": f"{y}.{m}.{d}"}
    return forms[style]
