"""What every writer of corpus 13 shares: the organisation's own contacts (look-alikes),
a person's values as marks, and documents made from lines and grids."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from benchmarks.corpus13 import files
from benchmarks.corpus13.dates import day_between
from benchmarks.corpus13.marks import Document, Grid, Lines
from benchmarks.corpus13.people import PLACES, Person, street, valid_phone
from benchmarks.corpus13.say import alike, not_birth, value, where, who
from benchmarks.corpus13.vocab import FAMILY_BUSINESSES, NOTICES_NAMING_NO_ONE

OWN = "organisation's own contact"


@dataclass(frozen=True)
class Org:
    name: str
    address: str
    postal: str
    phone: str
    fax: str
    email: str


def organisation(rng: random.Random, name: str, mailbox: str) -> Org:
    pref, city, towns, postal3, area = rng.choice(PLACES)
    place = pref + city + street(rng, rng.choice(towns)).split(" ")[0]
    return Org(name, place, f"{postal3}-{rng.randint(0, 9999):04d}",
               valid_phone(rng, area), valid_phone(rng, area), f"{mailbox}@{mailbox.split('.')[0]}.example.or.jp")


def org_lines(org: Org) -> list:
    """The letterhead or signature lines: the organisation's own contacts, look-alikes."""
    return [[org.name], ["〒", alike("POSTAL_CODE", org.postal, OWN), " ", alike("ADDRESS", org.address, OWN)],
            ["TEL ", alike("PHONE", org.phone, OWN), " / FAX ", alike("PHONE", org.fax, OWN)],
            ["E-mail: ", alike("EMAIL", org.email, OWN)]]


def add_org(lines: Lines, org: Org) -> None:
    for parts in org_lines(org):
        lines.add(*parts)


def notice_line(rng: random.Random) -> list:
    """A reminder to staff about an illness in general: it names no one (a look-alike of 要配慮)."""
    return ["※", alike("SENSITIVE", rng.choice(NOTICES_NAMING_NO_ONE), "notice naming no one"), "。"]


def family_business(rng: random.Random):
    """A clinic or shop named after a family: not a person (a look-alike)."""
    return alike("PERSON", rng.choice(FAMILY_BUSINESSES), "business named after a family")


def written_on(rng: random.Random, label: str = "作成日") -> tuple[str, list]:
    day = day_between(rng, 2024, 2026)
    text = f"{day.year}年{day.month}月{day.day}日"
    return text, [f"{label}：", not_birth(day, text, "date of a document")]


def a_day(rng: random.Random, kind: str, first: int = 2023, last: int = 2026, fmt=None) -> object:
    day = day_between(rng, first, last)
    text = fmt(day) if fmt else f"{day.year}/{day.month:02d}/{day.day:02d}"
    return not_birth(day, text, kind)


def name(p: Person, spaced: bool = False):
    return who(p.spaced if spaced else p.name)


def kana(p: Person):
    return who(p.kana)


def home(p: Person):
    return where(p.address)


def postal(p: Person, hyphen: bool = True):
    return value("POSTAL_CODE", p.postal_hyphen if hyphen else p.postal)


def phone(p: Person, mobile: bool = True, bare: bool = False, style: str = ""):
    """A phone as written: with hyphens, bare (host exports), `0166(23)4567` or `+81 90-…`."""
    text = p.mobile if mobile else p.home
    if bare:
        text = text.replace("-", "")
    elif style == "paren":
        area, local, line = text.split("-")
        text = f"{area}({local}){line}"
    elif style == "international":
        text = "+81 " + text[1:]
    return value("PHONE", text)


def email(p: Person):
    return value("EMAIL", p.email)


def text_doc(path: str, lines: Lines, encoding: str = "utf-8") -> Document:
    return Document(path, lines.text.encode(encoding), lines.items(path))


def csv_doc(path: str, grid: Grid, encoding: str = "utf-8", delimiter: str = ",") -> Document:
    return Document(path, files.csv_bytes(grid, encoding, delimiter), grid.items(path))


def xlsx_doc(path: str, grids: list[Grid]) -> Document:
    return Document(path, files.xlsx_bytes(grids), [i for g in grids for i in g.items(path)])


def flowing_doc(path: str, lines: Lines, writer) -> Document:
    """A document whose lines daicho counts its own way (docx, pdf, odt, rtf, pptx, html)."""
    return Document(path, writer(lines.lines), lines.items(path))


def docx_doc(path: str, blocks: list) -> Document:
    """Paragraph Lines and table Grids (both unlocated) in a Word file."""
    items = [i for b in blocks for i in b.items(path)]
    flat = []
    for block in blocks:
        flat += [block] if isinstance(block, Grid) else block.lines
    return Document(path, files.docx_bytes(flat), items)


def today(rng: random.Random) -> date:
    return day_between(rng, 2025, 2026)
