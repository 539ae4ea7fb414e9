"""Made-up people and the ways documents write their values (marks)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from benchmarks.corpus11.model import Mark
from benchmarks.corpus11.names import CHINESE, FEMALE, KOREAN, MALE, ROMAJI_KANA, ROMAJI_ONLY, SURNAMES
from benchmarks.corpus11.places import BUILDINGS, TOWNS

MAIL_DOMAINS = ("kmail.ne.jp", "hikari-net.jp", "sora-tel.ne.jp", "mb.aonet.jp", "nijiiro.ne.jp", "post-web.jp")
ERAS = (("令和", "R", date(2019, 5, 1)), ("平成", "H", date(1989, 1, 8)), ("昭和", "S", date(1926, 12, 25)))
KANJI = "〇一二三四五六七八九"


@dataclass
class Person:
    kanji: str
    kana: str
    romaji: str
    surname: str
    birth: date
    town: tuple
    block: str
    building: str
    foreign: bool = False

    @property
    def postal(self) -> str:
        return self.town[3]

    def address(self, with_pref: bool = True) -> str:
        pref, city, town, _ = self.town
        return (pref if with_pref else "") + city + town + self.block + self.building


def person(rng: random.Random, origin: str = "jp", born: tuple[int, int] = (1948, 2004), sex: str = "") -> Person:
    """sex: "m" or "f" for a Japanese given name of that sex (a mother, a husband), else either."""
    birth = date(rng.randrange(*born), rng.randrange(1, 13), rng.randrange(1, 29))
    town = rng.choice(TOWNS)
    block = rng.choice((f"{rng.randrange(1, 6)}丁目{rng.randrange(1, 30)}番{rng.randrange(1, 20)}号",
                        f"{rng.randrange(1, 5)}-{rng.randrange(1, 40)}-{rng.randrange(1, 25)}",
                        f"{rng.randrange(100, 2999)}番地{rng.choice(('', 'の' + str(rng.randrange(2, 9))))}",
                        f"{kanji_number(rng.randrange(1, 6))}丁目{kanji_number(rng.randrange(1, 30))}番"
                        f"{kanji_number(rng.randrange(1, 20))}号"))
    building = rng.choice(("", "", f" {rng.choice(BUILDINGS)}{rng.randrange(1, 6)}0{rng.randrange(1, 9)}号室"))
    if origin == "jp":
        sur = rng.choice(SURNAMES)
        given = rng.choice({"m": MALE, "f": FEMALE}.get(sex) or rng.choice((MALE, FEMALE)))
        return Person(f"{sur[0]} {given[0]}", f"{sur[1]} {given[1]}", f"{sur[2]} {given[2]}", sur[0], birth, town,
                      block, building)
    if origin in ("cn", "kr"):
        sur, given, romaji = rng.choice(CHINESE if origin == "cn" else KOREAN)
        return Person(f"{sur} {given}", "", romaji, sur, birth, town, block, building, True)
    romaji = rng.choice(ROMAJI_ONLY)
    return Person(romaji, ROMAJI_KANA[romaji], romaji, romaji.split()[0], birth, town, block, building, True)


def email(rng: random.Random, p: Person) -> str:
    sur, _, given = p.romaji.lower().partition(" ")
    local = rng.choice((f"{given[:1]}.{sur}", f"{sur}{p.birth.year % 100:02d}", f"{given.split()[0]}_{sur[:4]}",
                        f"{sur}.{given.split()[0]}{rng.randrange(1, 99)}"))
    return f"{local}@{rng.choice(MAIL_DOMAINS)}"


def wareki(day: date) -> tuple[str, str, int]:
    for name, short, start in ERAS:
        if day >= start:
            return name, short, day.year - start.year + 1
    raise ValueError(day)


def kanji_number(n: int) -> str:
    tens, ones = divmod(n, 10)
    return ("" if tens == 0 else ("十" if tens == 1 else KANJI[tens] + "十")) + (KANJI[ones] if ones else "") or "〇"


def birth_text(day: date, style: str) -> str:
    era, short, year = wareki(day)
    y = "元" if year == 1 and style == "wareki" else str(year)
    return {
        "iso": f"{day.year}/{day.month:02d}/{day.day:02d}", "dash": f"{day.year}-{day.month}-{day.day}",
        "kanji_west": f"{day.year}年{day.month}月{day.day}日", "wareki": f"{era}{y}年{day.month}月{day.day}日",
        "short": f"{short}{year}.{day.month}.{day.day}", "short2": f"{short}{year:02d}.{day.month:02d}.{day.day:02d}",
        "kanji": f"{era}{kanji_number(year)}年{kanji_number(day.month)}月{kanji_number(day.day)}日",
        "packed": f"{day.year}{day.month:02d}{day.day:02d}", "era_slash": f"{era}{year}/{day.month}/{day.day}",
    }[style]


def birth(day: date, style: str) -> Mark:
    return Mark("DATE_OF_BIRTH", birth_text(day, style), date=day.isoformat())


def not_birth(day: date, style: str, kind: str = "date_not_birth") -> Mark:
    return Mark("DATE_OF_BIRTH", birth_text(day, style), date=day.isoformat(), negative=True, kind=kind)


def name(text: str) -> Mark:
    return Mark("PERSON", text)


def mark(entity_type: str, text: str) -> Mark:
    return Mark(entity_type, text)


def sensitive(category: str, text: str) -> Mark:
    return Mark("SENSITIVE", text, category=category)


def lookalike(entity_type: str, text: str, kind: str, category: str | None = None) -> Mark:
    return Mark(entity_type, text, category=category, negative=True, kind=kind)


def postal(p: Person, style: str) -> Mark:
    code = p.postal
    return Mark("POSTAL_CODE", {"dash": code, "mark": "〒" + code, "plain": code.replace("-", ""),
                                "mark_plain": "〒" + code.replace("-", "")}[style])
