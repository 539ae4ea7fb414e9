"""One made-up person with their contacts, and the Marks each writer puts down."""

from __future__ import annotations

import random
from dataclasses import dataclass

from benchmarks.corpus14 import numbers
from benchmarks.corpus14.births import birth
from benchmarks.corpus14.model import Mark, fake
from benchmarks.corpus14.people import Address, Person, address, email, landline, mobile, person

BANKS = (("みちのく中央銀行", "石巻支店"), ("東都信託銀行", "阿佐谷支店"), ("瀬戸内銀行", "倉敷駅前支店"), ("筑後銀行", "久留米東支店"),
         ("ゆうちょ銀行", "〇一八店"), ("上州銀行", "高崎駅前支店"), ("駿河湾銀行", "沼津支店"), ("尾張第一銀行", "一宮支店"),
         ("浪速銀行", "小阪支店"), ("琉球南銀行", "浦添支店"))


@dataclass
class Who:
    p: Person
    a: Address
    tel: str
    mob: str
    mail: str
    rng: random.Random

    def name(self, style: str = "full") -> Mark:
        p = self.p
        text = {"full": p.name, "tight": p.tight, "kana": p.kana, "romaji": p.romaji,
                "surname_given": f"{p.surname} {p.given}" if p.surname else p.kana}[style]
        return Mark("PERSON", text)

    def born(self, style: str | None = None) -> Mark:
        return birth(self.rng, self.p.birth, style)

    def address(self, prefecture: bool = True) -> Mark:
        return Mark("ADDRESS", self.a.full if prefecture else self.a.city + self.a.rest)

    def postal(self, hyphen: bool = True) -> Mark:
        return Mark("POSTAL_CODE", self.a.postal if hyphen else self.a.postal.replace("-", ""))

    def phone(self, style: str = "dash", mobile_phone: bool = False) -> Mark:
        number = self.mob if mobile_phone else self.tel
        if style == "bare":
            number = number.replace("-", "")
        elif style == "paren":
            head, mid, tail = number.split("-")
            number = f"{head}({mid}){tail}"
        return Mark("PHONE", number)

    def email(self) -> Mark:
        return Mark("EMAIL", self.mail)


def who(rng: random.Random, low: int = 1945, high: int = 2004, foreign: float = 0.1) -> Who:
    p = person(rng, low, high, foreign)
    a = address(rng)
    return Who(p, a, landline(rng, a.area), mobile(rng), email(rng, p), rng)


def relative(rng: random.Random, of: Who, low: int, high: int) -> Who:
    """A family member: same surname and address."""
    other = who(rng, low, high, 0.0)
    if of.p.surname:
        other.p.surname = of.p.surname
    other.a, other.tel = of.a, of.tel
    return other


def account(rng: random.Random) -> tuple[str, str, Mark]:
    bank, branch = rng.choice(BANKS)
    return bank, branch, Mark("BANK_ACCOUNT", numbers.account(rng))


def own_phone(rng: random.Random, area: str = "03") -> Mark:
    """Another organisation's line (a client clinic's): a look-alike, one per call."""
    return fake("PHONE", landline(rng, area), "own_contact")


def org_phone(area: str) -> Mark:
    """The organisation's own line: the same number wherever it signs."""
    return fake("PHONE", landline(random.Random(f"own line {area}"), area), "own_contact")


def order_number(rng: random.Random) -> Mark:
    return fake("MY_NUMBER", numbers.passing_my_number_check(rng), "order_number")


def part_number(rng: random.Random) -> Mark:
    return fake("CREDIT_CARD", numbers.passing_luhn(rng, 16), "part_number")


def own_footer(rng: random.Random, lines, name: str, domain: str) -> None:
    """The organisation's own address, postal code and desk mail at the foot of a page (the same on
    every page it writes): look-alikes."""
    place = address(random.Random(f"own address {name}"))
    desk = f"{rng.choice(('info', 'office', 'desk'))}@{domain}"
    lines.add("{}　〒{}　{}　{}", name, fake("POSTAL_CODE", place.postal, "own_contact"),
              fake("ADDRESS", place.full, "own_contact"), fake("EMAIL", desk, "own_contact"))
