"""Made-up people of corpus 7: names in their written forms, births, addresses,
phones, mail addresses, and the marks that plant them."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

import phonenumbers

from benchmarks.corpus7 import names, places
from benchmarks.corpus7.model import Mark, lookalike, value

ERAS = (("令和", date(2019, 5, 1)), ("平成", date(1989, 1, 8)), ("昭和", date(1926, 12, 25)), ("大正", date(1912, 7, 30)))
KANJI_DIGITS = "〇一二三四五六七八九"
MAIL_HOSTS = ("example.jp", "example.ne.jp", "example.com", "mail.example.org", "example.co.jp")


@dataclass(frozen=True)
class Person:
    family: str
    given: str
    family_kana: str
    given_kana: str
    roman: str  # passport order: FAMILY GIVEN
    sex: str
    born: date
    postal: str
    address: str
    phone: str
    mobile: str
    email: str
    foreign: str = ""  # nationality when from abroad

    @property
    def name(self) -> str:
        return f"{self.family} {self.given}" if self.given else self.family

    @property
    def kana(self) -> str:
        return f"{names.katakana(self.family_kana)} {names.katakana(self.given_kana)}".strip()

    @property
    def age(self) -> int:
        today = date(2026, 11, 1)
        return today.year - self.born.year - ((today.month, today.day) < (self.born.month, self.born.day))


def kanji_number(n: int) -> str:
    if n < 10:
        return KANJI_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else KANJI_DIGITS[tens]) + "十" + (KANJI_DIGITS[ones] if ones else "")


def era_of(day: date) -> tuple[str, int]:
    for era, start in ERAS:
        if day >= start:
            return era, day.year - start.year + 1
    raise ValueError(day)


def birth_text(day: date, style: str) -> str:
    """A date of birth as offices write it."""
    era, year = era_of(day)
    y = "元" if year == 1 else str(year)
    letter = {"令和": "R", "平成": "H", "昭和": "S", "大正": "T"}[era]
    return {
        "iso": day.isoformat(),
        "slash": f"{day.year}/{day.month:02d}/{day.day:02d}",
        "kanji_west": f"{day.year}年{day.month}月{day.day}日",
        "era": f"{era}{y}年{day.month}月{day.day}日",
        "era_dots": f"{letter}{year}.{day.month}.{day.day}",
        "era_short": f"{era[0]}{year:02d}.{day.month:02d}.{day.day:02d}",
        "era_kanji": f"{era}{'元' if year == 1 else kanji_number(year)}年{kanji_number(day.month)}月{kanji_number(day.day)}日",
        "packed": f"{day.year}{day.month:02d}{day.day:02d}",
        "two_digit": f"{day.year % 100:02d}/{day.month:02d}/{day.day:02d}",
        "zen": f"{day.year}年{day.month}月{day.day}日".translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    }[style]


BIRTH_STYLES = ("iso", "slash", "kanji_west", "era", "era_dots", "era_short", "era_kanji", "packed", "zen")


def birth(day: date, style: str) -> Mark:
    return value("DATE_OF_BIRTH", birth_text(day, style), date=day.isoformat())


def not_birth(kind: str, day: date, style: str) -> Mark:
    return lookalike(kind, "DATE_OF_BIRTH", birth_text(day, style))


def valid_phone(text: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text.replace("-", ""), "JP"))
    except phonenumbers.NumberParseException:
        return False


def landline(rng: random.Random, area: str) -> str:
    while True:
        local = 10 - len(area)
        middle = 4 if len(area) == 2 else (3 if len(area) == 3 else 2)
        number = area + str(rng.randint(2, 9)) + "".join(rng.choice("0123456789") for _ in range(local - 1))
        if valid_phone(number):
            return f"{number[:len(area)]}-{number[len(area):len(area) + middle]}-{number[len(area) + middle:]}"


def mobile(rng: random.Random) -> str:
    while True:
        number = rng.choice(("090", "080", "070")) + str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(7))
        if valid_phone(number):
            return f"{number[:3]}-{number[3:7]}-{number[7:]}"


def phone_style(text: str, style: str) -> str:
    plain = text.replace("-", "")
    parts = text.split("-")
    return {"dash": text, "plain": plain, "paren": f"{parts[0]}({parts[1]}){parts[2]}",
            "zen": text.translate(str.maketrans("0123456789-", "０１２３４５６７８９－")),
            "intl": "+81-" + text[1:]}[style]


def town(rng: random.Random):
    return rng.choice(places.TOWNS)


def address_of(rng: random.Random, where=None) -> tuple[str, str, str]:
    """(postal code, address, area code)."""
    pref, city, street, zip3, area = where or town(rng)
    postal = f"{zip3}-{rng.randint(0, 9999):04d}"
    shape = rng.randrange(5)
    if shape == 0:
        rest = f"{rng.randint(1, 5)}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号"
    elif shape == 1:
        rest = f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
    elif shape == 2:
        rest = f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {rng.choice(places.BUILDINGS)}{rng.randint(1, 5)}0{rng.randint(1, 9)}号室"
    elif shape == 3:
        rest = f"{rng.randint(100, 2999)}番地{rng.randint(1, 9)}"
    else:
        rest = f"{rng.randint(1, 5)}丁目{rng.randint(1, 30)}-{rng.randint(1, 20)}-{rng.randint(101, 905)}"
    lead = pref if rng.random() < 0.85 else ""
    return postal, f"{lead}{city}{street}{rest}", area


def japanese(rng: random.Random, sex: str | None = None, born: date | None = None, surname=None) -> Person:
    sex = sex or rng.choice("MF")
    family, family_kana = surname or rng.choice(names.SURNAMES)
    given, given_kana = rng.choice(names.MALE_GIVEN if sex == "M" else names.FEMALE_GIVEN)
    born = born or date(1940, 1, 1) + timedelta(days=rng.randint(0, 365 * 64))
    postal, address, area = address_of(rng)
    user = f"{names.romaji(given_kana).lower()}.{names.romaji(family_kana).lower()}{rng.randint(1, 99)}"
    return Person(family, given, family_kana, given_kana, f"{names.romaji(family_kana)} {names.romaji(given_kana)}",
                  sex, born, postal, address, landline(rng, area), mobile(rng), f"{user}@{rng.choice(MAIL_HOSTS)}")


def from_abroad(rng: random.Random) -> Person:
    """A resident from abroad: Chinese and Korean names in kanji, others in katakana."""
    pick = rng.randrange(3)
    born = date(1965, 1, 1) + timedelta(days=rng.randint(0, 365 * 40))
    postal, address, area = address_of(rng)
    if pick < 2:
        family, given, rf, rg = rng.choice(names.CHINESE if pick == 0 else names.KOREAN)
        nationality = "中国" if pick == 0 else "韓国"
        roman, kana_family, kana_given = f"{rf} {rg}", "", ""
    else:
        roman, kana, nationality = rng.choice(names.OTHERS)
        family, given = kana, ""
        rf, rg = roman.split(" ", 1)[0], roman.split(" ", 1)[1]
        kana_family, kana_given = "", ""
    user = f"{rg.split()[0].lower()}.{rf.lower()}{rng.randint(1, 99)}"
    return Person(family, given, kana_family, kana_given, roman, rng.choice("MF"), born, postal, address,
                  landline(rng, area), mobile(rng), f"{user}@{rng.choice(MAIL_HOSTS)}", nationality)


def child(rng: random.Random, parent: Person, born: date) -> Person:
    kid = japanese(rng, born=born, surname=(parent.family, parent.family_kana))
    return Person(kid.family, kid.given, kid.family_kana, kid.given_kana, kid.roman, kid.sex, born, parent.postal,
                  parent.address, parent.phone, parent.mobile, parent.email)


def org_contact(rng: random.Random, name: str) -> dict:
    """An organisation's own contacts, planted as look-alikes."""
    postal, address, area = address_of(rng)
    phone = landline(rng, area)
    fax = landline(rng, area)
    return {"name": name, "postal": lookalike("org_postal", "POSTAL_CODE", postal),
            "address": lookalike("org_address", "ADDRESS", address), "phone": lookalike("org_phone", "PHONE", phone),
            "fax": lookalike("org_phone", "PHONE", fax),
            "email": lookalike("org_email", "EMAIL", f"info@{rng.choice(('office', 'desk', 'uketsuke'))}{rng.randint(1, 99)}.example.jp")}
