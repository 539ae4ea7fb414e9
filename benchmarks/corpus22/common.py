"""What corpus 22's writers share: a person's fields as the cells and phrases of a
record (each a mark of truth), an organisation's own letterhead and contacts (its
look-alikes), and the other look-alikes a writer drops in."""

from __future__ import annotations

import random
from dataclasses import dataclass

from benchmarks.corpus16.model import Mark, decoy, maybe, val
from benchmarks.corpus22 import ids, vocab
from benchmarks.corpus22.people import Person, email_of, person

__all__ = ["Org", "Person", "decoy", "field", "letterhead", "maybe", "org", "person", "sens", "val"]


@dataclass(frozen=True)
class Org:
    name: str
    phone: str
    fax: str
    email: str
    postal: str
    address: str


def org(rng: random.Random, name: str, domain: str) -> Org:
    staff = person(rng)
    box = rng.choice(["info", "office", "uketsuke", "contact", "jimukyoku"])
    return Org(name, ids.phone(rng, False, staff.city), ids.phone(rng, False, staff.city), f"{box}@{domain}", staff.postal,
               f"{staff.pref}{staff.city}{staff.street.split(' ')[0]}")


def letterhead(o: Org, with_mail: bool = True) -> list:
    """The organisation's own block: its postal code, address, phone and mail are not a person's."""
    parts = [o.name, "\n〒", decoy("POSTAL_CODE", o.postal, "org_postal"), " ",
             decoy("ADDRESS", o.address, "org_address"), "\nTEL ", decoy("PHONE", o.phone, "org_phone"),
             " FAX ", decoy("PHONE", o.fax, "org_phone")]
    if with_mail:
        parts += ["\nE-mail ", decoy("EMAIL", o.email, "org_email")]
    return parts


def sens(rng: random.Random, category: str) -> Mark:
    return val("SENSITIVE", rng.choice(vocab.SENSITIVE[category]), category=category)


def _account(rng: random.Random, p: Person) -> list:
    words, number = ids.account(rng)
    return [words, " ", number]


FIELDS = {
    "name": lambda r, p: val("PERSON", p.full), "tight": lambda r, p: val("PERSON", p.tight),
    "kana": lambda r, p: val("PERSON", p.kana), "katakana": lambda r, p: val("PERSON", p.katakana),
    "roma": lambda r, p: val("PERSON", p.roma), "sei": lambda r, p: val("PERSON", p.sei),
    "western": lambda r, p: val("PERSON", p.western),
    "tel": lambda r, p: ids.phone_mark(r, False, p.city), "mobile": lambda r, p: ids.phone_mark(r, True),
    "phone": lambda r, p: ids.phone_mark(r, None, p.city), "mail": lambda r, p: val("EMAIL", email_of(r, p)),
    "addr": lambda r, p: val("ADDRESS", p.address), "city": lambda r, p: val("ADDRESS", p.pref + p.city),
    "postal": lambda r, p: val("POSTAL_CODE", p.postal), "postal〒": lambda r, p: ["〒", val("POSTAL_CODE", p.postal)],
    "mynumber": lambda r, p: ids.my_number(r), "pension": lambda r, p: ids.pension(r),
    "koyo": lambda r, p: ids.employment(r), "insurer": lambda r, p: ids.insurer(r),
    "passport": lambda r, p: ids.passport(r), "zairyu": lambda r, p: ids.residence_card(r),
    "licence": lambda r, p: ids.licence(r), "card": lambda r, p: ids.card(r), "bank": _account,
    "sex": lambda r, p: "男" if p.sex == "M" else "女", "country": lambda r, p: p.foreign or "日本",
}


def field(rng: random.Random, p: Person, key: str):
    """A cell of a person's record: 'name', 'dob:wareki', 'sens:病歴' (or '' one time in three with '?')."""
    if key.endswith("?"):
        if rng.random() < 0.35:
            return rng.choice(["", "なし", "特になし", "-"])
        key = key[:-1]
    if key.startswith("dob:"):
        style = key[4:] or rng.choice(ids.STYLES)
        return ids.birth(p.born, style)
    if key.startswith("sens:"):
        return sens(rng, key[5:])
    if key.startswith("date:"):
        return ids.other_date(rng, key[5:] or rng.choice(ids.STYLES[:7]))
    return FIELDS[key](rng, p)


def row(rng: random.Random, p: Person, keys: list[str]) -> list:
    return [field(rng, p, k) if k else "" for k in keys]


def roster(rng: random.Random, grid, n: int, keys: list[str], number: str | None = None, foreign: float = 0.0,
           born: tuple[int, int] = (1940, 2006)) -> list[Person]:
    """n people added to grid as rows of keys, a running number first when number is a format."""
    people = []
    for k in range(n):
        p = person(rng, foreign, *born)
        people.append(p)
        cells = row(rng, p, keys)
        grid.add(*([number.format(k + 1)] if number else []), *cells)
    return people


def notice(rng: random.Random) -> Mark:
    return decoy("SENSITIVE", rng.choice(vocab.NOTICES), "health_notice_about_no_one")


def place_like(rng: random.Random) -> Mark:
    return decoy("PERSON", rng.choice(vocab.PLACES), "place_named_like_person")
