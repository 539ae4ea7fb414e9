"""What every document maker of the second corpus draws from: one random stream,
people, the organisations that employ or serve them, and marks for a person's
name, birth date, address, postal code, phone and e-mail written in one habit."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from benchmarks.corpus2 import idnums
from benchmarks.corpus2.people import BIRTH_STYLES, People, Person, date_as
from benchmarks.corpus2.places import Address, landline, make_address, phone_as
from benchmarks.corpus2.truth import Mark, birth, negative, other_date, person

# (name, short name, mail domain)
ORGANISATIONS = [
    ("北洋精機株式会社", "北洋精機", "hokuyo-seiki.co.jp"), ("株式会社みなと物流", "みなと物流", "minato-logi.co.jp"),
    ("医療法人社団 青葉会", "青葉会", "aobakai.or.jp"), ("社会福祉法人 ひだまり会", "ひだまり会", "hidamari.or.jp"),
    ("有限会社 丸昌水産", "丸昌水産", "marusho-suisan.jp"), ("株式会社エムケイシステム", "エムケイシステム", "mk-sys.co.jp"),
    ("東邦計器工業株式会社", "東邦計器", "toho-keiki.co.jp"), ("株式会社さくら不動産管理", "さくら不動産", "sakura-kanri.jp"),
]


@dataclass(frozen=True)
class Organisation:
    name: str
    short: str
    domain: str
    address: Address
    phone: str
    fax: str
    corporate_number: str

    def contact_marks(self) -> list[Mark]:
        """Its own contact data: look-alikes of a person's."""
        a = self.address
        return [negative(a.postal_as("mark_hyphen"), "POSTAL_CODE", "company_postal"),
                negative(a.written(building=False), "ADDRESS", "company_address"),
                negative(phone_as(self.phone, len(a.area_code), "hyphen"), "PHONE", "company_phone"),
                negative(phone_as(self.fax, len(a.area_code), "hyphen"), "PHONE", "company_fax")]


class Chance:
    """One random stream and the draws document makers ask of it (corpus 3's Desk too)."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def pick(self, options):
        return self.rng.choice(options)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def between(self, low: int, high: int) -> int:
        return self.rng.randint(low, high)

    def day(self, start: date, days: int) -> date:
        return start + timedelta(days=self.rng.randint(0, days))


class Kit(Chance):
    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.people = People(self.rng)
        self.organisations = [self._organisation(*o) for o in ORGANISATIONS]

    def _organisation(self, name: str, short: str, domain: str) -> Organisation:
        address = make_address(self.rng)
        address = Address(address.prefecture, address.city, address.town, address.block, "", address.postal,
                          address.area_code)
        return Organisation(name, short, domain, address, landline(self.rng, address.area_code),
                            landline(self.rng, address.area_code), idnums.corporate_number(self.rng))

    def person(self, **kw) -> Person:
        return self.people.make(**kw)

    def organisation(self) -> Organisation:
        return self.pick(self.organisations)

    # --- marks of a person -------------------------------------------------------------

    def name(self, p: Person, form: str | None = None, **kw) -> Mark:
        """The person's name in one writing habit (kanji forms fall back to katakana
        for people without a kanji name)."""
        form = form or self.pick(["kanji", "kanji", "kanji_full", "kanji_tight"])
        text = {"kanji": p.kanji(), "kanji_full": p.kanji("\u3000"), "kanji_tight": p.kanji(""),
                "kana": p.kana(), "kana_full": p.kana("\u3000"), "half_kana": p.half_kana(), "hiragana": p.hiragana(),
                "romaji": p.romaji(), "western": p.western(), "surname": p.surname,
                "kana_dot": p.kana("・")}[form]
        return person(text, **kw)

    def birth(self, p: Person, style: str | None = None) -> Mark:
        return birth(date_as(p.birth, style or self.pick(BIRTH_STYLES)), p.birth)

    def address(self, p: Person, **kw) -> Mark:
        return Mark(p.address.written(**kw), "ADDRESS")

    def postal(self, p: Person, style: str | None = None) -> Mark:
        return Mark(p.address.postal_as(style or self.pick(["bare", "mark", "hyphen", "mark_hyphen", "full"])),
                    "POSTAL_CODE")

    def phone(self, p: Person, mobile: bool | None = None, style: str | None = None) -> Mark:
        use_mobile = self.chance(0.6) if mobile is None else mobile
        digits = p.mobile if use_mobile else p.home_phone
        area = 3 if use_mobile else len(p.address.area_code)
        style = style or self.pick(["hyphen", "hyphen", "bare", "paren", "full", "space", "jparen"])
        return Mark(phone_as(digits, area, style), "PHONE")

    def email(self, p: Person) -> Mark:
        return Mark(p.email, "EMAIL")

    def work_email(self, p: Person, org: Organisation) -> Mark:
        words = p.romaji().lower().split()
        return Mark(f"{words[-1][:1]}.{words[0]}@{org.domain}", "EMAIL")

    def not_birth(self, label_day: date, kind: str, style: str | None = None) -> Mark:
        return other_date(date_as(label_day, style or self.pick(["kanji", "slash", "era", "letter", "iso"])),
                          label_day, kind)
