"""What every writer has at hand: the organisation's own letterhead (its phone, mail, address,
postal code, account and corporate number are nobody's personal data) and a person's record."""

from __future__ import annotations

import random
from dataclasses import dataclass

from benchmarks.corpus16.model import Mark, decoy, val
from benchmarks.corpus24 import ids, people


@dataclass(frozen=True)
class Org:
    name: str
    phone: Mark
    email: Mark
    address: Mark
    postal: Mark
    account: Mark
    corp: Mark


def org(name: str, domain: str, seed: int) -> Org:
    rng = random.Random(seed)
    address, postal = people.address(rng)
    return Org(name, decoy("PHONE", ids.phone(rng, mobile=False), "org_phone"),
               decoy("EMAIL", f"info@{domain}", "org_email"),
               decoy("ADDRESS", address.text, "org_address"), decoy("POSTAL_CODE", postal.text, "org_postal"),
               decoy("BANK_ACCOUNT", ids.account(rng), "org_bank_account"), ids.corporate(rng))


def letterhead(lines, o: Org, full: bool = True) -> None:
    lines.put(o.name)
    lines.put("〒", o.postal, " ", o.address)
    lines.put("TEL ", o.phone, "　E-mail ", o.email)
    if full:
        lines.put("法人番号 ", o.corp)


@dataclass
class Rec:
    person: people.Person
    name: Mark
    kana: Mark
    birth: Mark
    phone: Mark
    email: Mark
    address: Mark
    postal: Mark


def rec(rng, style: int | None = None, young: bool = False, birth_style: int | None = None) -> Rec:
    p = people.person(rng)
    style = rng.randrange(5) if style is None else style
    text = [p.kanji(True), p.kanji(False), p.kanji(True), p.roman(), p.kanji(False)][style % 5]
    if style == 9:
        text = rng.choice(people.FOREIGN)
    address, postal = people.address(rng)
    return Rec(p, val("PERSON", text), val("PERSON", p.katakana() if rng.random() < 0.6 else p.kana()),
               ids.birth(rng, birth_style, young), val("PHONE", ids.phone(rng)), people.email(rng, p), address, postal)


def pick(rng, *marks):
    return rng.choice(marks)
