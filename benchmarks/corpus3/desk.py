"""What every document maker of the third corpus draws from: one random stream,
its people and organisations, and marks for a person's data written in one habit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from benchmarks.corpus2.kit import Chance
from benchmarks.corpus2.truth import Mark, birth, negative, other_date, person, sensitive
from benchmarks.corpus3 import idents
from benchmarks.corpus3.people import BIRTH_HABITS, Crowd, Person, date_written
from benchmarks.corpus3.places import Home, landline_digits, make_home, phone_written

# (name, short name, mail domain)
ORGS = [
    ("株式会社かもめ精工", "かもめ精工", "kamome-seiko.co.jp"), ("白樫ロジテック株式会社", "白樫ロジテック", "shirakashi-lt.jp"),
    ("医療法人 潮騒会 みなせ病院", "みなせ病院", "minase-hp.or.jp"), ("社会福祉法人 あかね福祉会", "あかね福祉会", "akane-fukushi.or.jp"),
    ("合同会社 ルピナス企画", "ルピナス企画", "lupinus-plan.jp"), ("株式会社つむぎ住建", "つむぎ住建", "tsumugi-jk.co.jp"),
    ("三日月食品工業株式会社", "三日月食品", "mikazuki-foods.co.jp"), ("学校法人 若葉学園 若葉第二中学校", "若葉第二中", "wakaba2.ed.jp"),
]


@dataclass(frozen=True)
class Org:
    name: str
    short: str
    domain: str
    home: Home
    phone: str
    fax: str
    number: str

    def letterhead(self) -> list[Mark]:
        """Its own postal code, address, phone and fax: look-alikes of a person's."""
        area = len(self.home.area_code)
        return [negative(self.home.postal_as("mark"), "POSTAL_CODE", "org_postal"),
                negative(self.home.written("banchi", building=False), "ADDRESS", "org_address"),
                negative(phone_written(self.phone, area, "hyphen"), "PHONE", "org_phone"),
                negative(phone_written(self.fax, area, "hyphen"), "PHONE", "org_fax")]


def _founded(rng, name: str, short: str, domain: str) -> Org:
    """An organisation with a seat of its own, its phone and fax, its corporate number."""
    home = make_home(rng, with_building=0.0)
    phone, fax = (landline_digits(rng, home.area_code) for _ in range(2))
    return Org(name, short, domain, home, phone, fax, idents.corporate_number(rng))


class Desk(Chance):
    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.crowd = Crowd(self.rng)
        self.orgs = [_founded(self.rng, *o) for o in ORGS]

    def person(self, **kw) -> Person:
        return self.crowd.make(**kw)

    def org(self, short: str | None = None) -> Org:
        return next(o for o in self.orgs if o.short == short) if short else self.pick(self.orgs)

    # --- marks ------------------------------------------------------------------------

    def name(self, p: Person, style: str | None = None) -> Mark:
        style = style or self.pick(["space", "space", "tight", "wide_space"])
        return person(p.name(style))

    def born(self, p: Person, style: str | None = None) -> Mark:
        return birth(date_written(p.born, style or self.pick(BIRTH_HABITS)), p.born)

    def address(self, p: Person, style: str | None = None, **kw) -> Mark:
        return Mark(p.home.written(style or self.pick(["hyphen", "hyphen", "banchi", "kanji", "wide", "no"]), **kw),
                    "ADDRESS")

    def postal(self, p: Person, style: str | None = None) -> Mark:
        return Mark(p.home.postal_as(style or self.pick(["plain", "mark", "mark_space", "wide", "bare"])), "POSTAL_CODE")

    def phone(self, p: Person, mobile: bool | None = None, style: str | None = None) -> Mark:
        mobile = self.chance(0.6) if mobile is None else mobile
        digits, area = (p.mobile, 3) if mobile else (p.landline, len(p.home.area_code))
        style = style or self.pick(["hyphen", "hyphen", "hyphen", "dots", "paren", "plus81", "wide", "spaced", "tight"])
        return Mark(phone_written(digits, area, style), "PHONE")

    def mail(self, p: Person, style: str = "plain") -> Mark:
        """plain; wide (a full-width ＠, as typed in a Japanese form); spelt (`[at]`: may be reported or not)."""
        if style == "spelt":
            return Mark(p.mail.replace("@", " [at] "), "EMAIL", optional=True)
        return Mark(p.mail.replace("@", "＠") if style == "wide" else p.mail, "EMAIL")

    def work_mail(self, p: Person, org: Org) -> Mark:
        romaji = p.name("romaji").lower().split()
        return Mark(f"{romaji[0]}-{romaji[-1]}@{org.domain}", "EMAIL")

    def other_day(self, day: date, kind: str, style: str | None = None) -> Mark:
        return other_date(date_written(day, style or self.pick(["era", "west", "slash", "iso", "dots"])), day, kind)

    def care(self, text: str, category: str, **kw) -> Mark:
        return sensitive(text, category, **kw)


def spaced(marks: list, between: str = "　") -> list:
    """Marks one after another with a space between them (a letterhead on one line)."""
    parts = []
    for mark in marks:
        parts += [mark, between]
    return parts[:-1]
