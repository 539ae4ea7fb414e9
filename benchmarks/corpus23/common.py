"""What every writer draws on: its own letterhead, the cells of a person's row, sensitive phrases."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from benchmarks.corpus16.model import Grid, Lines, Mark, decoy, maybe, val
from benchmarks.corpus23 import ids, people, vocab
from benchmarks.corpus23.people import Person

CATEGORIES = list(vocab.SENSITIVE)


@dataclass
class Org:
    name: str
    postal: str
    address: str
    phone: str
    email: str


def org(name: str, slug: str) -> Org:
    """The writer's own letterhead: the same on every document it writes."""
    rng = random.Random(slug)
    return Org(name, ids.postal(rng), people.address(rng).split(" ")[0] + " " + rng.choice(["2F", "3階", "本館"]),
               ids.phone(rng, mobile=False), f"{rng.choice(['info', 'office', 'desk', 'uketsuke'])}@{slug}.example.jp")


def letterhead(lines: Lines, o: Org, rng: random.Random, short: bool = False) -> Lines:
    lines.put(o.name)
    if not short:
        lines.put("〒", decoy("POSTAL_CODE", o.postal, "org_postal"), " ", decoy("ADDRESS", o.address, "org_address"))
    lines.put(rng.choice(["TEL ", "電話：", "Tel. "]), decoy("PHONE", o.phone, "org_phone"),
              rng.choice(["  E-mail ", " ／ メール：", "  mail: "]), decoy("EMAIL", o.email, "org_email"))
    return lines


def signature(lines: Lines, o: Org, staff: str) -> Lines:
    lines.put("――――――――――――")
    lines.put(f"{o.name}　{staff}")
    lines.put("TEL ", decoy("PHONE", o.phone, "org_phone"), " ", decoy("EMAIL", o.email, "org_email"))
    return lines


def sender(o: Org, staff: str) -> str:
    return f"{o.name} {staff} <{o.email}>"


def when(rng: random.Random) -> datetime:
    return datetime(2025, 4, 1, 9, 0) + timedelta(days=rng.randint(0, 400), minutes=rng.randint(0, 600))


def sens(rng: random.Random, category: str | None = None) -> Mark:
    category = category or rng.choice(CATEGORIES + ["本籍"])
    if category == "本籍":
        return val("SENSITIVE", people.honseki(rng), category="本籍")
    return val("SENSITIVE", rng.choice(vocab.SENSITIVE[category]), category=category)


def notice(rng: random.Random) -> Mark:
    return decoy("SENSITIVE", rng.choice(vocab.NOTICES), "health_notice_about_no_one")


def name(rng: random.Random, p: Person) -> Mark:
    return val("PERSON", people.name_form(rng, p))


def kanji(rng: random.Random, p: Person) -> Mark:
    return val("PERSON", p.kanji(rng.random() < 0.5))


def surname(p: Person) -> Mark:
    return val("PERSON", p.surname if not p.foreign else p.surname.split(" ")[0].split("・")[0])


# the cells of a person's row: (header, maker(rng, person) -> cell)
def c_name(rng, p):
    return kanji(rng, p)


def c_guardian(rng, p):
    """A child's parent: the same family name, a given name of their own."""
    if p.foreign:
        return val("PERSON", p.surname.split(" ")[0].split("・")[0] + " " + rng.choice(["美玲", "俊", "ホア", "ナム"]))
    return val("PERSON", p.surname + rng.choice(["", "　"]) + rng.choice(people.GIVEN)[0])


def c_kana(rng, p):
    return val("PERSON", p.kana) if not p.foreign else val("PERSON", p.romaji)


def c_romaji(rng, p):
    return val("PERSON", p.romaji)


def c_birth(rng, p):
    return ids.birth(rng)


def c_phone(rng, p):
    return val("PHONE", ids.phone(rng))


def c_email(rng, p):
    return val("EMAIL", ids.email(rng, p.romaji.split(" ")[-1] + " " + p.romaji.split(" ")[0]))


def c_address(rng, p):
    return val("ADDRESS", people.address(rng))


def c_postal(rng, p):
    return val("POSTAL_CODE", ids.postal(rng))


def c_mynum(rng, p):
    n = ids.my_number(rng)
    return val("MY_NUMBER", ids.grouped(n, (4, 4, 4), rng.choice([" ", "-", ""])))


def c_licence(rng, p):
    return val("DRIVERS_LICENSE", ids.licence(rng))


def c_passport(rng, p):
    return val("PASSPORT", ids.passport(rng))


def c_residence(rng, p):
    return val("RESIDENCE_CARD", ids.residence(rng))


def c_pension(rng, p):
    return val("BASIC_PENSION_NUMBER", ids.pension(rng))


def c_employ(rng, p):
    return val("EMPLOYMENT_INSURANCE_NUMBER", ids.employment(rng))


def c_insurer(rng, p):
    return val("HEALTH_INSURANCE_NUMBER", ids.insurer(rng))


def c_card(rng, p):
    n = ids.card(rng)
    return val("CREDIT_CARD", ids.grouped(n, (4, 4, 4, 4), rng.choice(["-", " ", ""])))


def c_account(rng, p):
    return val("BANK_ACCOUNT", ids.account(rng))


def c_date(rng, p):
    return ids.other_date(rng)


def c_order(rng, p):
    return decoy("MY_NUMBER", ids.order_number(rng), "order_number_mynumber_check")


def c_product(rng, p):
    return decoy("CREDIT_CARD", ids.product_code(rng), "product_code_luhn")


def c_sens(category):
    def make(rng, p):
        return sens(rng, category) if rng.random() < 0.8 else "特記なし"
    return make


def c_pick(choices):
    def make(rng, p):
        return rng.choice(choices)
    return make


def roster(rng: random.Random, columns, rows: int, foreign_rate: float = 0.12) -> Grid:
    grid = Grid(*[h for h, _ in columns])
    for n in range(max(4, rows * 9 // 10)):
        p = people.person(rng, foreign_rate)
        grid.add(*[make(rng, p) if callable(make) else str(n + 1) for _, make in columns])
    return grid


def optional_name(text: str) -> Mark:
    return maybe("PERSON", text)
