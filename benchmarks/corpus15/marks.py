"""A person's values as marks, written the ways offices write them."""

from __future__ import annotations

import random

from benchmarks.corpus15 import ids
from benchmarks.corpus15.model import Mark, fake, sensitive, value
from benchmarks.corpus15.people import Person
from benchmarks.corpus15.vocab import LETTERHEADS, ORIGINS, SENSITIVE


def letterhead(index: int) -> list:
    """The office's own name, address, phone and mail, as a footer line's parts: look-alikes."""
    org, postal, where, tel, mail = LETTERHEADS[index]
    return [f"{org}　〒", fake("POSTAL_CODE", postal, "own_contact"), " ", fake("ADDRESS", where, "own_contact"),
            "　TEL ", fake("PHONE", tel, "own_contact"), "　", fake("EMAIL", mail, "own_contact")]


def name(p: Person, spaced: bool = False) -> Mark:
    return value("PERSON", p.spaced if spaced else p.name)


def kana(p: Person) -> Mark:
    return value("PERSON", p.kana or p.romaji)


def romaji(p: Person) -> Mark:
    return value("PERSON", p.romaji)


def address(p: Person) -> Mark:
    return value("ADDRESS", p.address)


def postal(p: Person, rng: random.Random) -> Mark:
    return value("POSTAL_CODE", p.postal if rng.random() < 0.6 else p.postal.replace("-", ""))


def phone(number: str, rng: random.Random) -> Mark:
    style = rng.randrange(5)
    if style == 1:
        number = number.replace("-", "")
    elif style == 2:
        first, mid, last = number.split("-")
        number = f"{first}({mid}){last}"
    return value("PHONE", number)


def email(p: Person) -> Mark:
    return value("EMAIL", p.email)


def born(p: Person, rng: random.Random, styles: tuple[int, ...] = (0, 1, 2, 3, 4, 5, 6)) -> Mark:
    return ids.birth(p.birth, rng.choice(styles))


def my_number(rng: random.Random) -> Mark:
    return value("MY_NUMBER", ids.grouped(ids.my_number_digits(rng), rng))


def account(rng: random.Random) -> Mark:
    return value("BANK_ACCOUNT", ids.account(rng))


def condition(rng: random.Random, category: str) -> Mark:
    if category == "本籍":
        return sensitive("本籍", rng.choice(ORIGINS).split(" ", 1)[1])
    return sensitive(category, rng.choice(SENSITIVE[category]))


def any_condition(rng: random.Random, categories: list[str] | None = None) -> Mark:
    return condition(rng, rng.choice(categories or list(SENSITIVE) + ["本籍"]))
