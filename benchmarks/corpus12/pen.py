"""A writer's pen: the marks of one person's values in the shapes an office uses,
the organisation's own contacts and the look-alikes (numbers, dates and names that
are no one's), all drawn from one seeded random source."""

from __future__ import annotations

import random
from datetime import date, timedelta

from benchmarks.corpus12 import ids
from benchmarks.corpus12.model import Mark, neg, opt, sens, val
from benchmarks.corpus12.names import FOREIGN
from benchmarks.corpus12.people import Person, birth_text, person, phone_shape, valid_phone
from benchmarks.corpus12.places import OWN_PLACES
from benchmarks.corpus12.sensitive import CATEGORIES, CHECKUP_NORMAL


class Pen:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def pick(self, items):
        return self.rng.choice(items)

    def person(self, born=(1950, 2004), foreign: float = 0.0, female: bool | None = None) -> Person:
        return person(self.rng, born, self.rng.random() < foreign, female)

    def compatriot(self, of: Person, born=(1950, 2004)) -> Person:
        """Someone from the same country as a foreign resident (a spouse, a child)."""
        country = of.foreign[2]
        return person(self.rng, born, self.pick([f for f in FOREIGN if f[2] == country and f != of.foreign]))

    def name(self, p: Person, form: str = "kanji") -> Mark:
        text = {"kanji": p.name, "tight": p.tight, "kana": p.kana, "romaji": p.romaji, "family": p.family[0]}[form]
        return val("PERSON", text)

    def birth(self, p: Person, shape: int | None = None) -> Mark:
        return val("DATE_OF_BIRTH", birth_text(p.birth, self.rng.randrange(8) if shape is None else shape), p.iso)

    def phone(self, p: Person, mobile: bool | None = None, shape: int | None = None) -> Mark:
        number = p.mobile if (mobile if mobile is not None else self.rng.random() < 0.5) else p.phone
        return val("PHONE", phone_shape(number, self.rng.choice([0, 0, 0, 1, 2, 3, 4, 5]) if shape is None else shape))

    def postal(self, p: Person, hyphen: bool | None = None) -> Mark:
        plain = self.rng.random() < 0.3 if hyphen is None else not hyphen
        return val("POSTAL_CODE", p.postal.replace("-", "") if plain else p.postal)

    def address(self, p: Person) -> Mark:
        return val("ADDRESS", p.address)

    def email(self, p: Person) -> Mark:
        return val("EMAIL", p.email)

    def ident(self, entity_type: str, text: str) -> Mark:
        return val(entity_type, text)

    def my_number(self) -> Mark:
        number = ids.my_number(self.rng)
        return val("MY_NUMBER", self.pick([number, ids.spaced(number, (4, 4, 4)), ids.spaced(number, (4, 4, 4), "-")]))

    def sensitive(self, category: str, options: list[str] | None = None) -> Mark:
        return sens(category, self.pick(options or CATEGORIES[category]))

    def honseki(self) -> list[Mark]:
        """A 本籍: 要配慮 (本籍) and optional as an address."""
        p = self.person()
        text = f"{p.pref}{p.city}{p.street.split('-')[0].split('丁目')[0]}{self.rng.randint(1, 900)}番地"
        return [sens("本籍", text), opt("ADDRESS", text)]

    def normal_checkup(self) -> Mark:
        return opt("SENSITIVE", self.pick(CHECKUP_NORMAL), "健康診断結果")

    # --- look-alikes -------------------------------------------------------------
    def own(self, name: str) -> dict[str, Mark]:
        """The organisation's own address, phone, fax, mail and postal code."""
        pref, city, town, area = OWN_PLACES[sum(map(ord, name)) % len(OWN_PLACES)]
        local = random.Random(name)
        return {"address": neg("ADDRESS", f"{pref}{city}{town}{local.randint(1, 4)}-{local.randint(1, 20)}-{local.randint(1, 9)}",
                               "org_contact"),
                "postal": neg("POSTAL_CODE", f"{local.randrange(100, 999)}-{local.randrange(10 ** 4):04d}", "org_contact"),
                "phone": neg("PHONE", valid_phone(local, area, False), "org_contact"),
                "fax": neg("PHONE", valid_phone(local, area, False), "org_contact"),
                "email": neg("EMAIL", f"info@{name}.example.jp", "org_contact")}

    def order_number(self) -> Mark:
        """A 12-digit order or receipt number that happens to pass the My Number check."""
        return neg("MY_NUMBER", ids.my_number(self.rng), "order_number")

    def product_code(self) -> Mark:
        """A 16-digit product or voucher code that passes Luhn."""
        return neg("CREDIT_CARD", ids.with_luhn(self.pick(["4", "52", "3550"]), 16, self.rng), "product_code")

    def contract_number(self) -> Mark:
        return neg("EMPLOYMENT_INSURANCE_NUMBER", ids.employment(self.rng), "contract_number")

    def other_date(self, start: date = date(2024, 4, 1), shapes: tuple[int, ...] = (0, 2, 3, 5)) -> Mark:
        """A date that is no one's birth (a visit, a deadline, a release)."""
        day = start + timedelta(days=self.rng.randrange(600))
        return neg("DATE_OF_BIRTH", birth_text(day, self.pick(shapes)), "other_date")

    def thing(self, names: list[str], kind: str = "named_thing") -> Mark:
        return neg("PERSON", self.pick(names), kind)

    def article(self, texts: list[str]) -> Mark:
        return neg("SENSITIVE", self.pick(texts), "health_article")
