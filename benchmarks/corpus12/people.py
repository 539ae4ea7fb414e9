"""A made-up person and the ways offices write their values: names in kanji, kana,
katakana and romaji; addresses whole or in parts; phones with and without
separators; births in 和暦, Western, abbreviated and kanji-numeral forms."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

import phonenumbers

from benchmarks.corpus12.names import FEMALE, FOREIGN, MALE, SURNAMES
from benchmarks.corpus12.places import BUILDINGS, CITIES

KANJI_DIGITS = "〇一二三四五六七八九"
ERAS = [("令和", "R", date(2019, 5, 1)), ("平成", "H", date(1989, 1, 8)), ("昭和", "S", date(1926, 12, 25)),
        ("大正", "T", date(1912, 7, 30))]


@dataclass
class Person:
    family: tuple[str, str, str]
    given: tuple[str, str, str]
    female: bool
    birth: date
    pref: str
    city: str
    street: str
    postal: str
    phone: str
    mobile: str
    email: str
    foreign: tuple[str, str, str] | None = None

    @property
    def name(self) -> str:
        return self.foreign[0] if self.foreign else f"{self.family[0]} {self.given[0]}"

    @property
    def tight(self) -> str:
        return self.name.replace(" ", "") if not self.foreign else self.foreign[0]

    @property
    def kana(self) -> str:
        return self.foreign[0] if self.foreign else f"{hira_to_kata(self.family[1])} {hira_to_kata(self.given[1])}"

    @property
    def romaji(self) -> str:
        return self.foreign[1] if self.foreign else f"{self.family[2]} {self.given[2]}"

    @property
    def address(self) -> str:
        return f"{self.pref}{self.city}{self.street}"

    @property
    def iso(self) -> str:
        return self.birth.isoformat()


def hira_to_kata(text: str) -> str:
    return "".join(chr(ord(ch) + 96) if "ぁ" <= ch <= "ゖ" else ch for ch in text)


def valid_phone(rng: random.Random, area: str, mobile: bool) -> str:
    while True:
        if mobile:
            number = rng.choice(["090", "080", "070"]) + "-" + f"{rng.randrange(2000, 9999)}-{rng.randrange(10 ** 4):04d}"
        else:
            local = 10 - len(area)
            middle = local - 4
            number = f"{area}-{rng.randrange(2 * 10 ** (middle - 1), 10 ** middle)}-{rng.randrange(10 ** 4):04d}"
        if phonenumbers.is_valid_number(phonenumbers.parse(number, "JP")):
            return number


def street(rng: random.Random, town: str) -> str:
    shape = rng.randrange(5)
    if shape == 0:
        return f"{town}{rng.randint(1, 6)}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号"
    if shape == 1:
        return f"{town}{rng.randint(1, 5)}-{rng.randint(1, 28)}-{rng.randint(1, 19)}"
    if shape == 2:
        return f"{town}{rng.randint(100, 2400)}番地{rng.randint(1, 9)}"
    if shape == 3:
        room = f"{rng.randint(1, 5)}0{rng.randint(1, 8)}号室"
        return f"{town}{rng.randint(1, 4)}-{rng.randint(2, 40)}-{rng.randint(1, 9)} {rng.choice(BUILDINGS)}{room}"
    return f"{town}{rng.randint(1, 7)}丁目{rng.randint(1, 25)}-{rng.randint(1, 12)}"


def person(rng: random.Random, born: tuple[int, int] = (1950, 2004), foreign: bool | tuple = False,
           female: bool | None = None) -> Person:
    """A made-up person; foreign: True for any name of FOREIGN, or the entry to use."""
    female = rng.random() < 0.5 if female is None else female
    family, given = rng.choice(SURNAMES), rng.choice(FEMALE if female else MALE)
    pref, city, towns, area = rng.choice(CITIES)
    birth = date(born[0], 1, 1) + timedelta(days=rng.randrange((born[1] - born[0]) * 365))
    mail_name = f"{given[2].lower()}.{family[2].lower()}{rng.randrange(10, 99)}"
    domain = rng.choice(["example.jp", "example.ne.jp", "example.com", "mail.example.org"])
    entry = rng.choice(FOREIGN) if foreign is True else foreign or None
    return Person(family, given, female, birth, pref, city, street(rng, rng.choice(towns)),
                  f"{rng.randrange(100, 999)}-{rng.randrange(10 ** 4):04d}", valid_phone(rng, area, False),
                  valid_phone(rng, area, True), f"{mail_name}@{domain}", entry)


def era_of(day: date) -> tuple[str, str, int]:
    for name, letter, start in ERAS:
        if day >= start:
            return name, letter, day.year - start.year + 1
    raise ValueError(day)


def kanji_number(n: int) -> str:
    tens, ones = divmod(n, 10)
    return ("" if tens == 0 else ("" if tens == 1 else KANJI_DIGITS[tens]) + "十") + (KANJI_DIGITS[ones] if ones else "")


def birth_text(day: date, shape: int) -> str:
    """The day written in one of eight office shapes."""
    name, letter, year = era_of(day)
    year_text = "元" if year == 1 else str(year)
    shapes = [f"{name}{year_text}年{day.month}月{day.day}日", f"{letter}{year}.{day.month}.{day.day}",
              f"{day.year}/{day.month:02d}/{day.day:02d}", f"{day.year}年{day.month}月{day.day}日",
              f"{name}{kanji_number(year) if year > 1 else '元'}年{kanji_number(day.month)}月{kanji_number(day.day)}日",
              f"{day.year}-{day.month:02d}-{day.day:02d}", f"{letter}{year:02d}/{day.month:02d}/{day.day:02d}",
              f"{day.year}.{day.month}.{day.day}"]
    return shapes[shape % len(shapes)]


def phone_shape(number: str, shape: int) -> str:
    digits = number.replace("-", "")
    head, mid, tail = number.split("-")
    return [number, digits, f"{head}({mid}){tail}", f"({head}){mid}-{tail}", f"+81-{head[1:]}-{mid}-{tail}",
            number.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))][shape % 6]


def age_on(day: date, birth: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


_FULL = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンャュョッァィゥェォー"
_HALF = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｬｭｮｯｧｨｩｪｫｰ"
_VOICED = dict(zip("ガギグゲゴザジズゼゾダヂヅデドバビブベボ", "カキクケコサシスセソタチツテトハヒフヘホ"))
_SEMI = dict(zip("パピプペポ", "ハヒフヘホ"))


def half_kana(text: str) -> str:
    """Katakana as a host prints it: half-width, voiced marks apart."""
    table = dict(zip(_FULL, _HALF))
    out = []
    for ch in text:
        if ch in _VOICED:
            out.append(table[_VOICED[ch]] + "ﾞ")
        elif ch in _SEMI:
            out.append(table[_SEMI[ch]] + "ﾟ")
        else:
            out.append(table.get(ch, ch))
    return "".join(out)
