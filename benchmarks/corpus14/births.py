"""Dates of birth as different writers put them, and dates that are not births."""

from __future__ import annotations

import random
from datetime import date, timedelta

from benchmarks.corpus14.model import Mark, fake

ERAS = (("令和", "R", date(2019, 5, 1)), ("平成", "H", date(1989, 1, 8)), ("昭和", "S", date(1926, 12, 25)))
KANJI = "〇一二三四五六七八九"


def era_of(day: date) -> tuple[str, str, int]:
    for name, letter, start in ERAS:
        if day >= start:
            return name, letter, day.year - start.year + 1
    raise ValueError(day)


def kanji_number(n: int) -> str:
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else KANJI[tens]) + "十" if tens else "") + (KANJI[ones] if ones or not tens else "")


def birth_text(rng: random.Random, day: date, style: str | None = None) -> str:
    name, letter, year = era_of(day)
    style = style or rng.choice(("west", "slash", "era", "era", "short", "letter", "kanji", "dash"))
    year_text = "元" if year == 1 and style == "era" else str(year)
    return {"west": f"{day.year}年{day.month}月{day.day}日", "slash": f"{day.year}/{day.month:02d}/{day.day:02d}",
            "dash": f"{day.year}-{day.month}-{day.day}", "packed": f"{day:%Y%m%d}", "era": f"{name}{year_text}年{day.month}月{day.day}日",
            "short": f"{name[0]}{year}.{day.month}.{day.day}",
            "letter": f"{letter}{year:02d}.{day.month:02d}.{day.day:02d}",
            "kanji": f"{name}{kanji_number(year)}年{kanji_number(day.month)}月{kanji_number(day.day)}日"}[style]


def birth(rng: random.Random, day: date, style: str | None = None) -> Mark:
    return Mark("DATE_OF_BIRTH", birth_text(rng, day, style), date=day.isoformat())


def other_date(rng: random.Random, kind: str = "event_date", style: str | None = None) -> Mark:
    """A date of the organisation's business (契約日, 受付日 …): a look-alike of a birth."""
    day = date(2024, 1, 1) + timedelta(days=rng.randint(0, 900))
    return fake("DATE_OF_BIRTH", birth_text(rng, day, style or rng.choice(("west", "slash", "era", "letter"))), kind)


def age_on(day: date, today: date = date(2026, 11, 1)) -> int:
    return today.year - day.year - ((today.month, today.day) < (day.month, day.day))
