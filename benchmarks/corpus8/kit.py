"""Marks of every value type in the shapes writers use, and the look-alikes a
document of an organisation carries (its own contacts, order and product numbers
that pass a check, dates that are not births, pets and places called like people)."""

from __future__ import annotations

import random
from datetime import date

from benchmarks.corpus8 import numbers
from benchmarks.corpus8.model import Mark, neg
from benchmarks.corpus8.people import FULL, People, Person, kanji_numeral

ERAS = [(date(2019, 5, 1), "令和", "R", "令"), (date(1989, 1, 8), "平成", "H", "平"), (date(1926, 12, 25), "昭和", "S", "昭"),
        (date(1912, 7, 30), "大正", "T", "大")]
PETS = ["小太郎", "さくら", "マロン", "ハナ", "ゴン太", "チョコ", "ムサシ", "モモ", "コテツ", "きなこ", "レオ", "福丸"]
PLACE_NAMES = ["梶原橋", "二階堂公民館", "真壁運動公園", "宍戸駅", "椎名町", "比嘉商店", "古賀ケアプラザ", "有馬温泉",
               "鳴海球場", "穂積台団地", "相馬中村神社", "五十嵐ストア"]


def era_of(day: date) -> tuple[str, str, str, int]:
    for start, name, letter, short in ERAS:
        if day >= start:
            return name, letter, short, day.year - start.year + 1
    raise ValueError(day)


def birth_text(day: date, style: int) -> str:
    name, letter, short, year = era_of(day)
    y = "元" if year == 1 else str(year)
    forms = [
        f"{name}{y}年{day.month}月{day.day}日",
        f"{letter}{year}.{day.month}.{day.day}",
        f"{day.year}/{day.month:02d}/{day.day:02d}",
        f"{day.year}年{day.month}月{day.day}日",
        f"{name}{'元' if year == 1 else kanji_numeral(year)}年{kanji_numeral(day.month)}月{kanji_numeral(day.day)}日",
        f"{short}{year:02d}.{day.month:02d}.{day.day:02d}",
        f"{day.year}{day.month:02d}{day.day:02d}",
        f"{day.year}-{day.month}-{day.day}",
        f"{name}{y}年{day.month:02d}月{day.day:02d}日".translate(FULL),
    ]
    return forms[style % len(forms)]


class Kit:
    """One document's source of marks (seeded by the corpus)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people = People(rng)

    # people's values
    def name(self, p: Person, tight: bool = False) -> Mark:
        return Mark("PERSON", p.tight if tight else p.name)

    def kana(self, p: Person, half: bool = False) -> Mark:
        from benchmarks.corpus8.render import half_width
        return Mark("PERSON", half_width(p.kana) if half else p.kana)

    def roman(self, p: Person) -> Mark:
        return Mark("PERSON", p.roman)

    def birth(self, p: Person | date, style: int | None = None) -> Mark:
        day = p if isinstance(p, date) else p.birth
        style = self.rng.randrange(9) if style is None else style
        return Mark("DATE_OF_BIRTH", birth_text(day, style), date=day.isoformat())

    def address(self, p: Person, style: int | None = None) -> Mark:
        return Mark("ADDRESS", p.address(self.rng.choice((0, 0, 1, 2)) if style is None else style))

    def postal(self, p: Person, style: int | None = None) -> Mark:
        return Mark("POSTAL_CODE", p.postal_code(self.rng.randrange(3) if style is None else style))

    def phone(self, p: Person, mobile: bool | None = None, style: int | None = None) -> Mark:
        mobile = self.rng.random() < .5 if mobile is None else mobile
        return Mark("PHONE", p.phone(self.rng.randrange(3) if style is None else style, mobile))

    def email(self, p: Person) -> Mark:
        return Mark("EMAIL", p.email)

    # identifiers
    def my_number(self) -> Mark:
        return Mark("MY_NUMBER", numbers.my_number_shaped(self.rng, numbers.my_number(self.rng)))

    def passport(self, foreign: bool = False) -> Mark:
        return Mark("PASSPORT", numbers.foreign_passport(self.rng) if foreign else numbers.passport(self.rng))

    def residence(self) -> Mark:
        return Mark("RESIDENCE_CARD", numbers.residence_card(self.rng))

    def licence(self, p: Person) -> Mark:
        number = numbers.licence(self.rng, p.birth.year + self.rng.randint(18, 30))
        return Mark("DRIVERS_LICENSE", number if self.rng.random() < .7 else f"{number[:4]} {number[4:8]} {number[8:]}")

    def pension(self) -> Mark:
        number = numbers.pension(self.rng)
        return Mark("BASIC_PENSION_NUMBER", number if self.rng.random() < .7 else number.replace("-", ""))

    def employment(self) -> Mark:
        return Mark("EMPLOYMENT_INSURANCE_NUMBER", numbers.employment_insurance(self.rng))

    def insurer(self) -> Mark:
        return Mark("HEALTH_INSURANCE_NUMBER", numbers.insurer(self.rng))

    def account(self) -> Mark:
        return Mark("BANK_ACCOUNT", numbers.account(self.rng))

    def yucho(self) -> Mark:
        return Mark("BANK_ACCOUNT", numbers.yucho(self.rng))

    def card(self) -> Mark:
        return Mark("CREDIT_CARD", numbers.card_shaped(self.rng, numbers.card(self.rng)))

    # look-alikes
    def order_number(self) -> Mark:
        """A 12-digit order or contract number that passes the My Number check."""
        return neg("MY_NUMBER", numbers.my_number(self.rng), "order_number_with_check_digit")

    def product_code(self) -> Mark:
        """A 16-digit member or gift-card code that passes Luhn."""
        body = "9" + numbers.digits(self.rng, 14)
        return neg("CREDIT_CARD", body + numbers.luhn_digit(body), "product_code_luhn")

    def corporate(self) -> Mark:
        return neg("MY_NUMBER", numbers.corporate(self.rng), "corporate_number")

    def reference(self) -> Mark:
        """A 4-6 reference number shaped like a pension number."""
        return neg("BASIC_PENSION_NUMBER", numbers.pension(self.rng), "reference_number")

    def employer(self) -> Mark:
        return neg("EMPLOYMENT_INSURANCE_NUMBER", numbers.employment_insurance(self.rng), "employer_office_number")

    def event_date(self, year: int = 2026) -> Mark:
        day = date(year, self.rng.randint(1, 12), self.rng.randint(1, 28))
        return neg("DATE_OF_BIRTH", birth_text(day, self.rng.choice((0, 2, 3))), "event_date")

    def pet(self) -> Mark:
        return neg("PERSON", self.rng.choice(PETS), "pet_name")

    def place_name(self) -> Mark:
        return neg("PERSON", self.rng.choice(PLACE_NAMES), "place_named_like_person")
