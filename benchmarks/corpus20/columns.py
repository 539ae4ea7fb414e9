"""Columns of corpus 20's registers: each a function (rng, person, row number) -> a cell,
so that a writer states its ledger as a header and a list of columns."""

from __future__ import annotations

import random
from collections.abc import Callable

from benchmarks.corpus16.model import Grid
from benchmarks.corpus20 import common as c
from benchmarks.corpus20 import people
from benchmarks.corpus20.people import Person

Column = Callable[[random.Random, Person, int], object]


def register(rng: random.Random, header: list[str] | None, columns: list[Column], persons: list[Person]) -> Grid:
    grid = Grid(*header) if header else Grid()
    for number, p in enumerate(persons, start=1):
        grid.add(*[column(rng, p, number) for column in columns])
    return grid


def number(prefix: str, start: int = 1) -> Column:
    return lambda rng, p, i: f"{prefix}{start + i:04d}"


def name(style: str = "space") -> Column:
    return lambda rng, p, i: c.name(p, style)


def kana() -> Column:
    return lambda rng, p, i: c.name(p, "kana")


def any_name() -> Column:
    return lambda rng, p, i: c.any_name(rng, p)


def born(style: str | None = None) -> Column:
    return lambda rng, p, i: c.born(rng, p, style)


def tel(mobile: bool | None = None, blank: float = 0.0) -> Column:
    return lambda rng, p, i: "" if rng.random() < blank else c.tel(rng, mobile)


def mail(blank: float = 0.0) -> Column:
    return lambda rng, p, i: "" if rng.random() < blank else c.email(rng, p)


def address(**kw) -> Column:
    return lambda rng, p, i: c.address(rng, **kw)


def postal() -> Column:
    return lambda rng, p, i: c.postal(rng)


def ident(entity_type: str, blank: float = 0.0) -> Column:
    return lambda rng, p, i: "" if rng.random() < blank else c.ident(rng, entity_type)


def sens(categories: tuple[str, ...], rate: float, otherwise: tuple[str, ...] = ("", "特記なし", "なし")) -> Column:
    return lambda rng, p, i: c.pick_sens(rng, categories) if rng.random() < rate else rng.choice(otherwise)


def choice(*options: str) -> Column:
    return lambda rng, p, i: rng.choice(options)


def event(style: str | None = None) -> Column:
    return lambda rng, p, i: c.visit_day(rng, style)


def sex() -> Column:
    return lambda rng, p, i: {"F": "女", "M": "男"}.get(p.sex, rng.choice("男女"))


KIN = {"F": ("母", "妻", "姉", "長女", "祖母"), "M": ("父", "夫", "兄", "長男", "祖父")}
GUARDIANS = {"F": ("母",), "M": ("父",)}


def relative(relations: dict[str, tuple[str, ...]] = KIN) -> Column:
    """Another person of the household: a guardian, an emergency contact (the same surname)."""
    def cell(rng: random.Random, p: Person, i: int):
        sex = rng.choice("FM")
        other = people.of_sex(rng, sex, 30, 80)
        text = f"{p.surname} {other.given}" if not p.abroad else other.name()
        return [c.val("PERSON", text), f"（{rng.choice(relations[sex])}）"]
    return cell


def full_address() -> Column:
    return lambda rng, p, i: ["〒", c.postal(rng), " ", c.address(rng)]
