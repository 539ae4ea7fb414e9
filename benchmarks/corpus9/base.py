"""What every writer of corpus 9 shares: its random source, its people, and the
organisation's own contacts (look-alikes: an office's address and phone are not a
person's)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from benchmarks.corpus9.model import Doc, Item, Mark, no
from benchmarks.corpus9.people import People, phone_text


@dataclass(frozen=True)
class Office:
    name: str
    address: str
    postal: str
    phone: str
    mail: str

    def address_mark(self) -> Mark:
        return no("ADDRESS", self.address, "office_address")

    def postal_mark(self) -> Mark:
        return no("POSTAL_CODE", f"〒{self.postal}", "office_postal_code")

    def phone_mark(self, style: str = "hyphen") -> Mark:
        return no("PHONE", phone_text(self.phone, style), "office_phone")

    def mail_mark(self) -> Mark:
        return no("EMAIL", self.mail, "office_mail")

    def footer(self) -> list:
        return [self.name, [self.postal_mark(), " ", self.address_mark()],
                ["TEL ", self.phone_mark(), "　E-mail ", self.mail_mark()]]


class Writer:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.people = People(self.rng)

    def pick(self, options):
        return self.rng.choice(options)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def office(self, name: str, domain: str) -> Office:
        someone = self.people.person()
        c, b, _ = someone.numbers
        return Office(name, f"{someone.place[0]}{someone.place[1]}{someone.town}{c}-{b}", someone.postal[:3] + "-" +
                      someone.postal[3:], someone.phone, f"info@{domain}")

    @staticmethod
    def doc(path: str, rendered) -> Doc:
        """A file; items rendered at the placeholder path "x" take its path."""
        data, items = rendered
        placeholder = [i.path.startswith("x") and i.path[1:2] in ("", "!") for i in items]
        return Doc(path, data, [Item(path + i.path[1:] if here else i.path, i.location, i.mark)
                                for i, here in zip(items, placeholder)])
