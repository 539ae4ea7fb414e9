"""Made-up people of the third corpus and the ways office workers write their
names and birth dates."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from benchmarks.corpus3.names import ABROAD, FAMILY, GIVEN_F, GIVEN_M
from benchmarks.corpus3.places import Home, kanji_numeral, landline_digits, make_home, mobile_digits, wide

ERAS = [("令和", "R", date(2019, 5, 1)), ("平成", "H", date(1989, 1, 8)), ("昭和", "S", date(1926, 12, 25))]
MAIL_HOSTS = ["kumomail.jp", "sorabox.ne.jp", "hanadayori.jp", "midori-net.ne.jp", "tsubame.example.jp"]


def _half_width_table() -> dict[str, str]:
    """Full-width katakana to the half-width forms a bank's transfer data uses (ｶﾞ for ガ)."""
    table = {"\u3000": " "}
    for code in range(0xFF66, 0xFFA0):
        half = chr(code)
        for mark in ("", "\uff9e", "\uff9f"):
            full = unicodedata.normalize("NFKC", half + mark)
            if len(full) == 1:
                table.setdefault(full, half + mark)
    return table


HALF_WIDTH = _half_width_table()


def half_width(text: str) -> str:
    return "".join(HALF_WIDTH.get(ch, ch) for ch in text)


@dataclass(frozen=True)
class Person:
    family: tuple[str, str, str]  # kanji (or whole foreign name), katakana, romaji
    given: tuple[str, str, str] | None
    born: date
    home: Home
    mobile: str
    landline: str
    mail: str

    @property
    def abroad(self) -> bool:
        return self.given is None

    def name(self, style: str = "space") -> str:
        """space / tight / wide_space / kana / kana_space / half_kana / romaji / romaji_upper / surname
        (foreign names as written)."""
        if self.abroad:
            whole, kana, romaji = self.family
            if style in ("kana", "kana_space", "half_kana") and kana:
                return half_width(kana) if style == "half_kana" else kana
            return romaji.title() if style == "romaji" else romaji if style == "romaji_upper" else whole
        (fk, fr, fo), (gk, gr, go) = self.family, self.given
        return {"space": f"{fk} {gk}", "tight": fk + gk, "wide_space": f"{fk}\u3000{gk}", "kana": f"{fr}\u3000{gr}",
                "kana_space": f"{fr} {gr}", "romaji": f"{go} {fo}", "romaji_upper": f"{fo.upper()} {go}",
                "surname": fk, "half_kana": half_width(f"{fr} {gr}")}[style]

    @property
    def female(self) -> bool:
        return self.given in GIVEN_F

    @property
    def surname(self) -> str:
        return self.family[0] if not self.abroad else self.family[0].split("・")[0].split(" ")[0]

    @property
    def age(self) -> int:
        today = date(2026, 10, 1)
        return today.year - self.born.year - ((today.month, today.day) < (self.born.month, self.born.day))


def era_of(day: date) -> tuple[str, str, int]:
    """(era, its letter, year of the era) of a day from 1926-12-25 on."""
    name, letter, start = next(era for era in ERAS if day >= era[2])
    return name, letter, day.year - start.year + 1


def date_written(day: date, style: str) -> str:
    """A date as offices write it: era / era_gen / era_letter / era_kanji / west / slash / iso / dots / wide."""
    name, letter, year = era_of(day)
    y = "元" if year == 1 else str(year)
    return {"era": f"{name}{y}年{day.month}月{day.day}日", "era_gen": f"{name}{y}年{day.month}月{day.day}日生",
            "era_letter": f"{letter}{year}.{day.month}.{day.day}", "era_pad": f"{letter}{year:02d}/{day.month:02d}/{day.day:02d}",
            "era_kanji": f"{name}{kanji_numeral(year) if year > 1 else '元'}年{kanji_numeral(day.month)}月{kanji_numeral(day.day)}日",
            "west": f"{day.year}年{day.month}月{day.day}日", "slash": f"{day.year}/{day.month:02d}/{day.day:02d}",
            "iso": day.isoformat(), "dots": f"{day.year}.{day.month}.{day.day}",
            "wide": wide(f"{day.year}") + "年" + wide(f"{day.month}") + "月" + wide(f"{day.day}") + "日"}[style]


BIRTH_HABITS = ["era", "era_gen", "era_letter", "era_pad", "era_kanji", "west", "slash", "iso", "dots", "wide"]


class Crowd:
    """Makes people from one random stream; no two share a name."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def make(self, abroad: float = 0.12, oldest: int = 1940, youngest: int = 2004) -> Person:
        rng = self.rng
        for _ in range(200):
            family = rng.choice(ABROAD) if rng.random() < abroad else rng.choice(FAMILY)
            given = None if family in ABROAD else rng.choice(GIVEN_F if rng.random() < 0.5 else GIVEN_M)
            key = family[0] + (given[0] if given else "")
            if key not in self.used or len(self.used) > 600:
                break
        self.used.add(key)
        born = date(oldest, 1, 1) + timedelta(days=rng.randint(0, (date(youngest, 12, 31) - date(oldest, 1, 1)).days))
        home = make_home(rng)
        romaji = (given[2] if given else family[2].split()[0]).lower()
        mail = f"{romaji}.{(family[2].split()[-1]).lower()}{rng.randint(1, 99)}@{rng.choice(MAIL_HOSTS)}"
        return Person(family, given, born, home, mobile_digits(rng), landline_digits(rng, home.area_code), mail)
