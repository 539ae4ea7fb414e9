"""What the offices of corpus 28 write again and again: a person's name, reading, address and
contacts as marks; letterheads, issue dates and footers with the office's own details."""

from __future__ import annotations

import random

from benchmarks.corpus16.model import Lines, Mark, maybe, val
from benchmarks.corpus28 import ids
from benchmarks.corpus28 import vocab as v
from benchmarks.corpus28.organisations import Org
from benchmarks.corpus28.people import Person


def name(p: Person, tight: bool = False) -> Mark:
    return val("PERSON", p.name_tight if tight else p.name)


def kana(p: Person) -> Mark:
    return val("PERSON", p.kana)


def addr(p: Person) -> Mark:
    return val("ADDRESS", p.address)


def zipc(p: Person) -> Mark:
    return val("POSTAL_CODE", p.postal)


def tel(p: Person) -> Mark:
    return val("PHONE", p.tel)


def cell(p: Person) -> Mark:
    return val("PHONE", p.cell)


def mail(p: Person) -> Mark:
    return val("EMAIL", p.email)


def dob(rng: random.Random, p: Person, style: int | None = None) -> Mark:
    return ids.birth(rng, p.birth, style)


def sens(rng: random.Random, category: str) -> Mark:
    return v.sensitive(rng, category)


def account(rng: random.Random) -> tuple[str, str, str, Mark]:
    bank, branch, kind, number = ids.bank(rng)
    return bank, branch, kind, val("BANK_ACCOUNT", number)


def nickname(rng: random.Random) -> Mark:
    return maybe("PERSON", rng.choice(v.NICKNAMES))


def head(lines: Lines, org: Org, title: str, rng: random.Random, letter: bool = True) -> Lines:
    """A title, the issue date (no one's birth) and, for letters, the office's letterhead."""
    lines.put(title).put("作成日：", ids.event_date(rng, style=rng.choice([0, 1, 4])))
    if letter:
        lines.put(*org.letterhead())
        lines.put("E-mail: ", org.mail())
    return lines.gap()


def foot(lines: Lines, org: Org, rng: random.Random, policy: bool = True) -> Lines:
    lines.gap()
    if policy:
        lines.put("※", v.policy(rng), "。")
    lines.put("お問い合わせ：", org.name, "（", org.tel(), "／", org.mail(), "）")
    if rng.random() < 0.5:
        lines.put("法人番号 ", org.corp_mark())
    return lines


def address_block(p: Person) -> list:
    return ["〒", zipc(p), " ", addr(p)]
