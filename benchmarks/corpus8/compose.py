"""Rows of a person's values by column key, and outputs of a rendered file, shared
by the document writers of corpus 8."""

from __future__ import annotations

from datetime import date

from benchmarks.corpus8.kit import Kit
from benchmarks.corpus8.mail import Inside, flat
from benchmarks.corpus8.model import Mark
from benchmarks.corpus8.people import Person
from benchmarks.corpus8.render import half_width

TODAY = date(2026, 11, 20)
BLOOD = ["A", "B", "O", "AB"]


def cell(k: Kit, p: Person, key: str):
    """The value of one column for a person (a Mark, or plain text for no personal data)."""
    rng = k.rng
    makers = {
        "name": lambda: k.name(p),
        "tight": lambda: k.name(p, tight=True),
        "kana": lambda: k.kana(p),
        "kana_half": lambda: k.kana(p, half=True),
        "roman": lambda: k.roman(p),
        "birth": lambda: k.birth(p),
        "birth_era": lambda: k.birth(p, rng.choice((0, 1, 5))),
        "birth_west": lambda: k.birth(p, rng.choice((2, 3, 7))),
        "birth_packed": lambda: k.birth(p, 6),
        "age": lambda: f"{p.age_on(TODAY)}",
        "sex": lambda: "女" if p.female else "男",
        "address": lambda: k.address(p),
        "address_half": lambda: Mark("ADDRESS", half_width(p.address(0))),
        "postal": lambda: k.postal(p),
        "postal_bare": lambda: k.postal(p, 1),
        "phone": lambda: k.phone(p, mobile=False),
        "phone_bare": lambda: k.phone(p, mobile=rng.random() < .5, style=1),
        "mobile": lambda: k.phone(p, mobile=True),
        "any_phone": lambda: k.phone(p),
        "email": lambda: k.email(p),
        "blood": lambda: rng.choice(BLOOD),
        "my_number": lambda: k.my_number(),
        "licence": lambda: k.licence(p),
        "pension": lambda: k.pension(),
        "employment": lambda: k.employment(),
        "insurer": lambda: k.insurer(),
        "account": lambda: k.account(),
        "card": lambda: k.card(),
        "passport": lambda: k.passport(p.origin != "JP"),
        "residence": lambda: k.residence(),
    }
    return makers[key]()


def row(k: Kit, p: Person, keys: list[str]) -> list:
    return [cell(k, p, key) for key in keys]


Output = tuple  # (path, bytes, Inside, clean)


def out(path: str, rendered: tuple[bytes, list], clean: bool = False) -> Output:
    data, placed = rendered
    return path, data, flat(placed), clean


def out_inside(path: str, rendered: tuple[bytes, Inside], clean: bool = False) -> Output:
    return path, rendered[0], rendered[1], clean
