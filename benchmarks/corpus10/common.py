"""What every organisation's documents share: their own contacts (look-alikes),
dates that are not births, numbers that pass a check digit but name nobody,
要配慮 phrases drawn by category, bank lines."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from benchmarks.corpus10 import ids
from benchmarks.corpus10.model import Mark, lookalike, sensitive, value
from benchmarks.corpus10.people import address, birth_text
from benchmarks.corpus10.vocab import COMPANIES, SENSITIVE

BANKS = (("みちのく銀行", "0117"), ("北越銀行", "0140"), ("十六銀行", "0153"), ("伊予銀行", "0174"), ("肥後銀行", "0182"),
         ("さわやか信用組合", "2241"), ("琉球銀行", "0187"), ("静岡中央銀行", "0517"))
BRANCHES = ("本店営業部", "駅前支店", "中央支店", "東支店", "大町出張所", "南口支店")
KINDS = ("普通", "当座", "貯蓄")


@dataclass(frozen=True)
class Office:
    """The organisation's own contacts: in letterheads and footers, never a person's."""

    name: str
    postal: Mark
    address: Mark
    phone: Mark
    email: Mark

    def footer(self) -> list:
        return [[self.name], ["〒", self.postal, " ", self.address], ["TEL ", self.phone, "　E-mail ", self.email]]


def office(rng: random.Random, name: str, domain: str) -> Office:
    place = address(rng)
    return Office(name, lookalike("POSTAL_CODE", place.postal, "org_postal"),
                  lookalike("ADDRESS", place.text, "org_address"),
                  lookalike("PHONE", ids.phone_text(ids.landline(rng), 0), "org_phone"),
                  lookalike("EMAIL", f"{rng.choice(('info', 'office', 'jimukyoku', 'uketsuke'))}@{domain}", "org_email"))


def company(rng: random.Random) -> Mark:
    """A firm whose name carries a surname (有限会社柏木鉄工): not a person."""
    return lookalike("PERSON", rng.choice(COMPANIES), "company_name")


def phrase(rng: random.Random, category: str) -> Mark:
    return sensitive(category, rng.choice(SENSITIVE[category]))


def other_date(rng: random.Random, kind: str = "other_date") -> Mark:
    """A date of the office's business (受付日, 撮影日, 入寮日): not a birth."""
    day = date(2024, 1, 1) + timedelta(days=rng.randrange(1000))
    return lookalike("DATE_OF_BIRTH", birth_text(day, rng.choice((0, 1, 3, 5))), kind)


def order_number(rng: random.Random) -> Mark:
    return lookalike("MY_NUMBER", ids.order_like_my_number(rng), "order_number")


def corporate(rng: random.Random) -> Mark:
    return lookalike("MY_NUMBER", ids.corporate_number(rng), "corporate_number")


def serial(rng: random.Random) -> Mark:
    return lookalike("CREDIT_CARD", ids.serial_like_card(rng), "product_serial")


def bank(rng: random.Random) -> tuple[str, str, str, Mark]:
    """(bank, branch, kind, account Mark)."""
    name, _ = rng.choice(BANKS)
    return name, rng.choice(BRANCHES), rng.choice(KINDS[:2]), value("BANK_ACCOUNT", ids.account(rng))


def bank_code(name: str) -> str:
    return dict(BANKS)[name]


def reiwa(day: date) -> str:
    return f"令和{day.year - 2018}年{day.month}月{day.day}日"


def business_day(rng: random.Random) -> date:
    return date(2025, 4, 1) + timedelta(days=rng.randrange(600))


def honorific(rng: random.Random) -> str:
    return rng.choice(("様", "さん", "氏", ""))


def domicile(rng: random.Random) -> Mark:
    """A 本籍: 要配慮 (社会的身分) and an address too (optional as such)."""
    place = address(rng).text.split(" ")[0]
    return Mark(place, "SENSITIVE", category="本籍", twin=Mark(place, "ADDRESS", optional=True))
