"""What corpus 21's writers share: an organisation's own letterhead (its look-alikes),
a person's values as marks, a 要配慮 phrase as a mark."""

from __future__ import annotations

from dataclasses import dataclass

from benchmarks.corpus16.model import Lines, Mark, decoy, maybe, val
from benchmarks.corpus21 import ids
from benchmarks.corpus21.people import Person, address, name_text, person
from benchmarks.corpus21.vocab import SENSITIVE

__all__ = ["Org", "P", "sens", "nick", "Lines", "Mark", "val", "decoy", "maybe", "ids", "person"]


@dataclass(frozen=True)
class Org:
    name: str
    postal: str
    address: str
    phone: str
    domain: str
    box: str = "info"

    def marks(self) -> tuple[Mark, Mark, Mark, Mark]:
        return (decoy("POSTAL_CODE", self.postal, "letterhead_postal"),
                decoy("ADDRESS", self.address, "letterhead_address"),
                decoy("PHONE", self.phone, "letterhead_phone"),
                decoy("EMAIL", f"{self.box}@{self.domain}", "letterhead_email"))

    def head(self, lines: Lines, style: int = 0) -> Lines:
        postal, addr, tel, mail = self.marks()
        if style % 2:
            lines.put(self.name)
            lines.put("〒", postal, " ", addr)
            lines.put("TEL ", tel, "　E-mail ", mail)
        else:
            lines.put(self.name, "（〒", postal, " ", addr, "）")
            lines.put("電話 ", tel, " / ", mail)
        return lines

    def sign(self, lines: Lines, staff: str = "") -> Lines:
        _, _, tel, mail = self.marks()
        lines.put("――――――――――――――")
        lines.put(f"{self.name} {staff}".rstrip())
        lines.put("TEL:", tel, "  Mail:", mail)
        return lines


class P:
    """A synthetic person and the marks a writer writes about them."""

    def __init__(self, rng, foreign_share: float = 0.08, lo: int = 1945, hi: int = 2006, sex: str | None = None) -> None:
        self.rng = rng
        self.p: Person = person(rng, foreign_share, sex)
        self.birth_mark = ids.birth(rng, None, lo, hi)
        self.postal_text, self.address_text = address(rng)
        self.mobile = ids.phone(rng, rng.random() < 0.7, rng.choice([0, 0, 1, 2, 3, 4]))

    def name(self, style: int | None = None) -> Mark:
        return val("PERSON", name_text(self.rng, self.p, style))

    def kanji(self, space: str = " ") -> Mark:
        return val("PERSON", self.p.kanji(space))

    def kana(self) -> Mark:
        return val("PERSON", self.p.roman() if self.p.foreign else self.p.katakana())

    def surname(self) -> Mark:
        return val("PERSON", self.p.sei if not self.p.foreign else self.p.sei.split(" ")[0].split("・")[0])

    def birth(self, style: int | None = None) -> Mark:
        if style is None:
            return self.birth_mark
        day = self.birth_mark.date
        from datetime import date
        return val("DATE_OF_BIRTH", ids.written_date(date.fromisoformat(day), style), date=day)

    def phone(self) -> Mark:
        return self.mobile

    def email(self) -> Mark:
        return ids.email(self.rng, self.p.handle() if not self.p.foreign else self.p.roman())

    def postal(self) -> Mark:
        return val("POSTAL_CODE", self.postal_text)

    def address(self) -> Mark:
        return val("ADDRESS", self.address_text)

    def sens(self, category: str) -> Mark:
        return sens(self.rng, category)


def sens(rng, category: str) -> Mark:
    return val("SENSITIVE", rng.choice(SENSITIVE[category]), category=category)


def nick(rng) -> Mark:
    """A nickname or stage name: neither right nor wrong to report."""
    return maybe("PERSON", rng.choice(["ミッチー", "ぽんた", "ケンさん", "まるちゃん", "ハルポン", "よっちゃん", "ナオティ"]))
