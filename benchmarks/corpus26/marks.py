"""The marks of corpus 26: a person's values as a writer puts them down, and the look-alikes
(an organisation's own particulars, dates that are not births, numbers of the same shape)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from benchmarks.corpus16.model import Mark, decoy, maybe, val
from benchmarks.corpus26 import ids, vocab
from benchmarks.corpus26.organisations import Org
from benchmarks.corpus26.people import MAIL_HOSTS, Person

WORDS = ["hoshi", "umi", "sora", "kaze", "mori", "hana", "yuki", "nami", "tsuki", "kumo", "ame", "hikari"]


def name(p: Person, tight: bool = False) -> Mark:
    return val("PERSON", p.tight if tight else p.name)


def kana(p: Person) -> Mark:
    return val("PERSON", p.kana)


def family(p: Person, honor: str = "") -> list:
    return [val("PERSON", p.family), honor]


def address(p: Person) -> Mark:
    return val("ADDRESS", p.address)


def postal(p: Person) -> Mark:
    return val("POSTAL_CODE", p.postal)


def birth(p: Person, style: int) -> Mark:
    return val("DATE_OF_BIRTH", ids.birth_text(p.born, style), date=p.born.isoformat())


def mobile(p: Person, rng: random.Random) -> Mark:
    if "mobile" not in p.extra:
        p.extra["mobile"] = ids.mobile(rng)
    return val("PHONE", p.extra["mobile"])


def home(p: Person, rng: random.Random) -> Mark:
    if "home" not in p.extra:
        p.extra["home"] = ids.landline(rng, p.area)
    return val("PHONE", p.extra["home"])


def email(p: Person, rng: random.Random) -> Mark:
    if "email" not in p.extra:
        p.extra["email"] = f"{rng.choice(WORDS)}.{p.handle.strip('.-_')}@{rng.choice(MAIL_HOSTS)}"
    return val("EMAIL", p.extra["email"])


def sens(category: str, rng: random.Random) -> Mark:
    return val("SENSITIVE", rng.choice(vocab.SENSITIVE[category]), category=category)


def domicile(rng: random.Random) -> Mark:
    return val("SENSITIVE", rng.choice(vocab.DOMICILE), category="本籍")


def ident(kind: str, text: str) -> Mark:
    return val(kind, text)


def nickname(text: str) -> Mark:
    return maybe("PERSON", text)


# ---- look-alikes ----

def org_phone(org: Org, fax: bool = False) -> Mark:
    return decoy("PHONE", org.fax if fax else org.phone, "org_phone")


def org_mail(org: Org) -> Mark:
    return decoy("EMAIL", org.mail, "org_email")


def org_postal(org: Org) -> Mark:
    return decoy("POSTAL_CODE", org.postal, "org_postal")


def org_address(org: Org) -> Mark:
    return decoy("ADDRESS", org.address, "org_address")


def org_account(org: Org) -> Mark:
    return decoy("BANK_ACCOUNT", org.account, "org_bank_account")


def corporate(org: Org) -> Mark:
    return decoy("MY_NUMBER", org.corporate, "corporate_number")


def day(rng: random.Random, first: date = date(2025, 4, 1), span: int = 400) -> date:
    return first + timedelta(days=rng.randrange(span))


def not_birth(when: date, style: int = 0) -> Mark:
    """A date of a visit, a deadline, a form's writing: dated, but no one's birth."""
    reiwa = when.year - 2018
    forms = [f"{when.year}年{when.month}月{when.day}日", f"{when:%Y/%m/%d}", f"令和{reiwa}年{when.month}月{when.day}日",
             f"R{when.year - 2018}.{when.month}.{when.day}", f"{when:%Y-%m-%d}"]
    return decoy("DATE_OF_BIRTH", forms[style % len(forms)], "non_birth_date")


def voucher(rng: random.Random) -> Mark:
    return decoy("MY_NUMBER", ids.voucher_twelve(rng), "voucher_mynumber_check")


def product(rng: random.Random) -> Mark:
    return decoy("CREDIT_CARD", ids.product_luhn(rng), "product_code_luhn")


def part(rng: random.Random) -> Mark:
    return decoy("PASSPORT", ids.part_number(rng), "part_number_passport_shape")


def employer_office(rng: random.Random) -> Mark:
    return decoy("EMPLOYMENT_INSURANCE_NUMBER", ids.employment(rng), "employer_office_number")


def health_notice(rng: random.Random) -> Mark:
    return decoy("SENSITIVE", rng.choice(vocab.HEALTH_NOTICES), "health_notice_general")


def privacy(rng: random.Random) -> Mark:
    return decoy("SENSITIVE", rng.choice(vocab.PRIVACY), "privacy_statement")


def thing(text: str, kind: str) -> Mark:
    """A cow, a place, a seal's specimen, a story's character, a figure of history: named like a person."""
    return decoy("PERSON", text, kind)


def place(rng: random.Random) -> Mark:
    return thing(rng.choice(vocab.PLACES_LIKE_SURNAMES), "place_named_like_surname")


def character(rng: random.Random, first: int = 0) -> Mark:
    return thing(rng.choice(vocab.STORY_CHARACTERS[first:]), "story_character")


def group_mail(text: str) -> Mark:
    """A desk's or a mailing list's address: no one's own."""
    return decoy("EMAIL", text, "org_email")


def letterhead(org: Org, fax: bool = True) -> list[list]:
    """The organisation's own block: each line a list of parts."""
    lines = [[org.name], ["〒", org_postal(org), " ", org_address(org)],
             ["TEL ", org_phone(org)] + ([" / FAX ", org_phone(org, True)] if fax else []),
             ["E-mail: ", org_mail(org)]]
    return lines
