"""What the writers of corpus 11 share: their own offices' contacts (look-alikes),
phones and accounts of people, a 要配慮 phrase of a category, a document."""

from __future__ import annotations

import random

from benchmarks.corpus11 import ids
from benchmarks.corpus11.model import Document, Mark
from benchmarks.corpus11.people import Person, lookalike, mark, sensitive
from benchmarks.corpus11.places import OFFICES
from benchmarks.corpus11.vocab import CATEGORIES

BANKS = (("北洋銀行", "0501"), ("七十七銀行", "0125"), ("群馬銀行", "0128"), ("八十二銀行", "0143"), ("京都銀行", "0158"),
         ("伊予銀行", "0174"), ("肥後銀行", "0182"), ("みずほ銀行", "0001"), ("りそな銀行", "0010"), ("常陽銀行", "0130"))
BRANCHES = ("本店営業部", "駅前支店", "中央支店", "東口支店", "北支店", "市役所出張所", "南町支店", "緑が丘支店")


def made(path: str, result: tuple, kind: str, clean: bool = False) -> Document:
    data, items = result
    return Document(path, data, items, clean=clean, kind=kind)


class Office:
    """An organisation's own contacts: written in its documents, never personal."""

    def __init__(self, key: str) -> None:
        self.name, self.postal_text, self.address_text, self.phone_text, self.domain = OFFICES[key]

    def phone(self) -> Mark:
        return lookalike("PHONE", self.phone_text, "own_phone")

    def fax(self) -> Mark:
        head, mid, last = self.phone_text.split("-")
        return lookalike("PHONE", f"{head}-{mid}-{int(last) + 1:04d}", "own_fax")

    def postal(self) -> Mark:
        return lookalike("POSTAL_CODE", self.postal_text, "own_postal")

    def address(self) -> Mark:
        return lookalike("ADDRESS", self.address_text, "own_address")

    def email(self, local: str = "info") -> Mark:
        return lookalike("EMAIL", f"{local}@{self.domain}", "own_email")

    def footer(self) -> list:
        return [f"{self.name}　", self.postal(), " ", self.address(), "　TEL ", self.phone(), "　FAX ", self.fax()]


def phone(rng: random.Random, style: str = "mobile") -> Mark:
    if style == "mobile":
        return mark("PHONE", ids.mobile(rng, rng.choice(("-", "-", "", " "))))
    if style == "paren":
        head, mid, last = ids.landline(rng, "-").split("-")
        return mark("PHONE", f"{head}({mid}){last}")
    if style == "bare":
        return mark("PHONE", rng.choice((ids.mobile, ids.landline))(rng, ""))
    return mark("PHONE", ids.landline(rng, rng.choice(("-", "-", ""))))


def sens(rng: random.Random, category: str) -> Mark:
    return sensitive(category, rng.choice(CATEGORIES[category]))


def account(rng: random.Random) -> tuple[str, str, str, Mark]:
    """(bank, branch, type, account number) of a person's account."""
    bank = rng.choice(BANKS)[0]
    return bank, rng.choice(BRANCHES), rng.choice(("普通", "普通", "当座", "貯蓄")), mark("BANK_ACCOUNT", ids.digits(rng, 7))


def address(p: Person, with_pref: bool = True) -> Mark:
    return mark("ADDRESS", p.address(with_pref))


def full_name(p: Person) -> Mark:
    return mark("PERSON", p.kanji)


def kana_name(p: Person) -> Mark:
    return mark("PERSON", p.kana or p.romaji)


def order_lookalike(rng: random.Random, kind: str = "order_number") -> Mark:
    """A 12-digit number that passes the My Number check but is an order or a contract."""
    return lookalike("MY_NUMBER", ids.order_number(rng), kind)


def card_lookalike(rng: random.Random) -> Mark:
    """A membership or gift card number passing Luhn (a store's, not a person's credit card)."""
    body = "9" + ids.digits(rng, 14)
    return lookalike("CREDIT_CARD", body + ids.luhn_digit(body), "member_card")
