"""A made-up person and the Marks of their values as a writer puts them down."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from benchmarks.corpus10 import ids
from benchmarks.corpus10.model import Mark, value
from benchmarks.corpus10.people import FOREIGN, MEN, SURNAMES, WOMEN, Address, address, birth_text, random_day

DOMAINS = ("kazemail.jp", "hoshizora.ne.jp", "mail.tsubame-net.jp", "aoisora.or.jp", "umineko.co.jp", "ktr-mobile.ne.jp")
SEPARATORS = (" ", "　", "")
_FULL = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォッャュョー"
_HALF = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｯｬｭｮｰ"
_TO_HALF = str.maketrans(_FULL + "\u3099\u309a", _HALF + "ﾞﾟ")


def half_width(kana: str) -> str:
    """ガ -> ｶﾞ: the voiced marks split off (NFD), then every letter narrowed."""
    return unicodedata.normalize("NFD", kana).translate(_TO_HALF)


@dataclass
class Person:
    rng: random.Random
    family: tuple
    given: tuple
    woman: bool
    birth: date
    home: Address
    foreign: tuple | None = None
    _cache: dict = field(default_factory=dict)

    @property
    def kanji(self) -> str:
        return self.foreign[0] if self.foreign else self.family[0] + self.given[0]

    def name(self, style: int = 0) -> Mark:
        """0 kanji with a space, 1 kana, 2 passport capitals, 3 kanji run together, 4 given-family title case."""
        if self.foreign:
            text = self.foreign[1] if style in (2, 4) else self.foreign[0]
            return value("PERSON", text, kind="foreign")
        sep = SEPARATORS[style % 3] if style in (0, 3) else " "
        text = (f"{self.family[0]}{sep}{self.given[0]}", f"{self.family[1]} {self.given[1]}",
                f"{self.family[2]} {self.given[2]}", f"{self.family[0]}{self.given[0]}",
                f"{self.given[2].title()} {self.family[2].title()}")[style % 5]
        return value("PERSON", text)

    def half_kana(self) -> Mark:
        """The reading in half-width katakana, as old host systems keep it."""
        return value("PERSON", half_width(f"{self.family[1]} {self.given[1]}") if not self.foreign else self.foreign[1])

    def kana(self) -> Mark:
        if self.foreign:
            return value("PERSON", self.foreign[1])
        return value("PERSON", f"{self.family[1]}{self.rng.choice(SEPARATORS[:2])}{self.given[1]}")

    def born(self, style: int | None = None) -> Mark:
        style = self.rng.randrange(9) if style is None else style
        return value("DATE_OF_BIRTH", birth_text(self.birth, style), date=self.birth.isoformat())

    def address(self) -> Mark:
        return value("ADDRESS", self.home.text)

    def postal(self, style: int = 0) -> Mark:
        code = self.home.postal
        return value("POSTAL_CODE", (code, code.replace("-", ""), ids.wide(code))[style % 3])

    def phone(self, style: int | None = None, mobile: bool = True) -> Mark:
        key = "mobile" if mobile else "home"
        if key not in self._cache:
            self._cache[key] = ids.mobile(self.rng) if mobile else ids.landline(self.rng)
        style = self.rng.randrange(6) if style is None else style
        return value("PHONE", ids.phone_text(self._cache[key], style))

    def email(self) -> Mark:
        if "email" not in self._cache:
            roman = self.foreign[1].split() if self.foreign else [self.family[2], self.given[2]]
            local = self.rng.choice((f"{roman[-1]}.{roman[0]}", f"{roman[0][:1]}{roman[-1]}{self.rng.randint(1, 99)}",
                                     f"{roman[0]}_{self.birth:%m%d}")).lower()
            self._cache["email"] = f"{local}@{self.rng.choice(DOMAINS)}"
        return value("EMAIL", self._cache["email"])

    def number(self, entity_type: str, maker) -> Mark:
        """An identifier kept for this person (the same each time it is written)."""
        if entity_type not in self._cache:
            self._cache[entity_type] = maker(self.rng)
        return value(entity_type, self._cache[entity_type])

    def my_number(self, spaced: bool = False) -> Mark:
        text = self.number("MY_NUMBER", ids.my_number).text
        return value("MY_NUMBER", f"{text[:4]} {text[4:8]} {text[8:]}" if spaced else text)


def person(rng: random.Random, first: int = 1935, last: int = 2004, foreign: float = 0.0) -> Person:
    woman = rng.random() < 0.5
    who = rng.choice(FOREIGN) if rng.random() < foreign else None
    return Person(rng, rng.choice(SURNAMES), rng.choice(WOMEN if woman else MEN), woman, random_day(rng, first, last),
                  address(rng), who)


def kin_word(rng: random.Random, who: Person) -> str:
    """How a patient's or client's relative is called, by the relative's sex."""
    return rng.choice(("長女", "妻", "次女", "姪", "姉") if who.woman else ("長男", "夫", "次男", "甥", "弟"))


def relative(rng: random.Random, head: Person, first: int, last: int) -> Person:
    """A family member: the same surname and home."""
    woman = rng.random() < 0.5
    return Person(rng, head.family, rng.choice(WOMEN if woman else MEN), woman, random_day(rng, first, last), head.home)
