"""A person's values as marks, in the spellings these offices use, and the office's own contacts."""

from __future__ import annotations

import random

from benchmarks.corpus16 import ids
from benchmarks.corpus16.model import Mark, decoy, val
from benchmarks.corpus16.people import Person
from benchmarks.corpus16.vocab import ORIGINS, SENSITIVE


def name(p: Person, rng: random.Random | None = None) -> Mark:
    spaced = rng is not None and rng.random() < 0.5
    return val("PERSON", p.spaced if spaced else p.name)


def kana(p: Person) -> Mark:
    return val("PERSON", p.kana)


def roman(p: Person) -> Mark:
    return val("PERSON", p.romaji)


def family(p: Person) -> Mark:
    return val("PERSON", p.family or p.kana_family.split("・")[0])


def addr(p: Person) -> Mark:
    return val("ADDRESS", p.address)


def postal(p: Person, rng: random.Random) -> Mark:
    return val("POSTAL_CODE", p.postal if rng.random() < 0.75 else p.postal.replace("-", ""))


def tel(p: Person, rng: random.Random, mobile: float = 0.6, wide: bool = True) -> Mark:
    """wide False: no full-width digits (a PDF, a host export)."""
    number = p.mobile if rng.random() < mobile else p.phone
    style = rng.randrange(6 if wide else 5)
    style = 5 if style == 2 and not wide else style
    if style == 0:
        number = number.replace("-", "")
    elif style == 1:
        a, b, c = number.split("-")
        number = f"{a}({b}){c}"
    elif style == 2:
        number = number.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))
    return val("PHONE", number)


def mail(p: Person) -> Mark:
    return val("EMAIL", p.email)


def born(p: Person, rng: random.Random, styles=range(9)) -> Mark:
    return ids.birth(p.birth, rng, styles)


def about(rng: random.Random, category: str) -> Mark:
    if category == "本籍":
        return val("SENSITIVE", rng.choice(ORIGINS), category="本籍")
    return val("SENSITIVE", rng.choice(SENSITIVE[category]), category=category)


def pad(mark_or_text, width: int) -> list:
    """A fixed-width field: the text and blanks up to width bytes in CP932 (at least one)."""
    text = mark_or_text.text if isinstance(mark_or_text, Mark) else mark_or_text
    return [mark_or_text, " " * max(1, width - len(text.encode("cp932")))]


def own(org: str, postal: str, where: str, phone: str, email: str) -> list:
    """The office's own letterhead: look-alikes of a contact."""
    return [f"{org}　〒", decoy("POSTAL_CODE", postal, "own_contact"), " ", decoy("ADDRESS", where, "own_contact"),
            "　TEL ", decoy("PHONE", phone, "own_contact"), "　E-mail ", decoy("EMAIL", email, "own_contact")]
