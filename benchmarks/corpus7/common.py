"""Pieces the document kinds of corpus 7 share: a person's name in the forms
offices write, dates that are not births, numbers that look like identifiers."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from benchmarks.corpus7 import formats, numbers, people
from benchmarks.corpus7.model import Blob, Mark, lookalike, value
from benchmarks.corpus7.people import Person, birth, not_birth, phone_style

YEAR = 2026


def name(p: Person, form: str = "kanji") -> Mark:
    text = {"kanji": p.name, "tight": p.name.replace(" ", ""), "kana": p.kana or p.roman, "roman": p.roman,
            "roman_title": p.roman.title(), "surname": p.family}[form]
    return value("PERSON", text)


def phone(text: str, style: str = "dash") -> Mark:
    return value("PHONE", phone_style(text, style))


def postal(p: Person, style: str = "dash") -> Mark:
    return value("POSTAL_CODE", {"dash": p.postal, "plain": p.postal.replace("-", ""), "mark": "〒" + p.postal}[style])


def address(p: Person) -> Mark:
    return value("ADDRESS", p.address)


def email(p: Person) -> Mark:
    return value("EMAIL", p.email)


def day_in(rng: random.Random, year: int = YEAR) -> date:
    return date(year, 1, 1) + timedelta(days=rng.randint(0, 330))


def sent_at(rng: random.Random, first_hour: int = 8, last_hour: int = 20) -> datetime:
    """When a mail of the year was sent."""
    day = day_in(rng)
    return datetime(day.year, day.month, day.day, rng.randint(first_hour, last_hour), rng.randint(0, 59))


def other_date(rng: random.Random, kind: str, style: str = "kanji_west", year: int = YEAR) -> Mark:
    """A date that is not anyone's birth (a visit, a contract, a death, a joining)."""
    return not_birth(kind, day_in(rng, year), style)


def contract(rng: random.Random) -> Mark:
    """A 12-digit contract number that passes the My Number check."""
    return lookalike("contract_number", "MY_NUMBER", numbers.my_number(rng))


def receipt_like_license(rng: random.Random) -> Mark:
    return lookalike("receipt_number", "DRIVERS_LICENSE", numbers.license_number(rng))


def born(p: Person, style: str) -> Mark:
    return birth(p.born, style)


def sex_text(p: Person) -> str:
    return "男" if p.sex == "M" else "女"


def pick(rng: random.Random, options):
    return options[rng.randrange(len(options))]


def memo_mails(rng: random.Random, count: tuple[int, int], to: str, subject: str, opening: list, about, closing,
               hours: tuple[int, int] = (8, 20), charsets: tuple[str, ...] = ("utf-8",)) -> list[Blob]:
    """Mails of notes on a few people each: the opening lines, about(rng, person) for each
    person, closing(rng, writer); sent from the writer's address."""
    mails = []
    for i in range(rng.randint(*count)):
        writer = people.japanese(rng)
        lines = list(opening)
        for _ in range(rng.randint(2, 4)):
            lines += about(rng, people.japanese(rng))
        lines += closing(rng, writer)
        mails.append(formats.mail(writer.email, to, f"{subject}（{i + 1}）", lines, sent_at(rng, *hours),
                                  charset=pick(rng, charsets)))
    return mails
