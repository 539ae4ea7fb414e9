"""What corpus 18's writers share: a person's fields as marks (each value as it is
written, its type, its category or day), the organisation's own letterhead, and the
look-alikes by kind."""

from __future__ import annotations

import random
from dataclasses import dataclass

from benchmarks.corpus16.model import Mark, decoy, val
from benchmarks.corpus18 import ids, people, vocab


def sens(rng: random.Random, category: str) -> Mark:
    text = rng.choice(vocab.DOMICILES) if category == "本籍" else rng.choice(vocab.SENSITIVE[category])
    return val("SENSITIVE", text, category=category)


def dob(rng: random.Random, styles=ids.STYLES, old: int = 1935, young: int = 2008) -> Mark:
    text, day = ids.birth(rng, styles, old, young)
    return val("DATE_OF_BIRTH", text, date=day)


MAKERS = {
    "name": lambda rng, p: val("PERSON", people.name_of(rng, p)),
    "kanji": lambda rng, p: val("PERSON", p.kanji(True)),
    "tight": lambda rng, p: val("PERSON", p.kanji(False)),
    "kana": lambda rng, p: val("PERSON", p.kana()),
    "roman": lambda rng, p: val("PERSON", p.roman()),
    "dob": lambda rng, p: dob(rng),
    "phone": lambda rng, p: val("PHONE", ids.phone(rng, 0.4)),
    "mobile": lambda rng, p: val("PHONE", ids.phone(rng, 1.0)),
    "email": lambda rng, p: val("EMAIL", people.email(rng, p)),
    "address": lambda rng, p: val("ADDRESS", people.address(rng)),
    "postcode": lambda rng, p: val("POSTAL_CODE", people.postcode(rng)),
    "mynumber": lambda rng, p: val("MY_NUMBER", ids.my_number(rng)),
    "pension": lambda rng, p: val("BASIC_PENSION_NUMBER", ids.pension(rng)),
    "employment": lambda rng, p: val("EMPLOYMENT_INSURANCE_NUMBER", ids.employment(rng)),
    "insurer": lambda rng, p: val("HEALTH_INSURANCE_NUMBER", ids.insurer(rng)),
    "passport": lambda rng, p: val("PASSPORT", ids.passport(rng)),
    "residence": lambda rng, p: val("RESIDENCE_CARD", ids.residence_card(rng)),
    "licence": lambda rng, p: val("DRIVERS_LICENSE", ids.licence(rng)),
    "account": lambda rng, p: val("BANK_ACCOUNT", ids.account(rng)),
    "card": lambda rng, p: val("CREDIT_CARD", ids.card(rng)),
}


def record(rng: random.Random, fields: list[str], foreign: float = 0.08) -> dict[str, Mark]:
    """One person's fields; `sens:病歴` gives an information phrase of that category."""
    who = people.person(rng, foreign)
    out = {}
    for field in fields:
        if field.startswith("sens:"):
            out[field] = sens(rng, field[5:])
        else:
            out[field] = MAKERS[field](rng, who)
    out["_who"] = who
    return out


@dataclass(frozen=True)
class Office:
    """The organisation's own letterhead: its name, address, postcode, phone and mail."""
    name: str
    address: str
    postcode: str
    phone: str
    email: str

    def letterhead(self) -> list:
        return [self.name, "\n〒", decoy("POSTAL_CODE", self.postcode, "org_postcode"), " ",
                decoy("ADDRESS", self.address, "org_letterhead_address"), "\nTEL ",
                decoy("PHONE", self.phone, "org_phone"), "  E-mail ", decoy("EMAIL", self.email, "org_email")]


def office(rng: random.Random, name: str, host: str) -> Office:
    return Office(name, people.address(rng), people.postcode(rng), ids.phone(rng, 0.0),
                  f"{rng.choice(['info', 'office', 'desk', 'uketsuke', 'contact'])}@{host}")


def not_birth(rng: random.Random) -> Mark:
    """A day that is not a birth (受付, 返却, 実施), written as births are."""
    text, _ = ids.birth(rng, ["west", "slash", "era", "letter", "short"], 2024, 2026)
    return decoy("DATE_OF_BIRTH", text, "event_date")


DECOYS = {
    "event_date": not_birth,
    "checkdigit_key": lambda rng: decoy("MY_NUMBER", ids.mynumber_digits(rng), "checkdigit_key"),
    "corporate_number": lambda rng: decoy("MY_NUMBER", ids.corporate_number(rng), "corporate_number"),
    "luhn_serial": lambda rng: decoy("CREDIT_CARD", ids.luhn_complete("49" + "".join(rng.choice("0123456789") for _ in range(13))), "luhn_serial"),
    "place_name": lambda rng: decoy("PERSON", rng.choice(vocab.PLACE_NAMES), "place_name"),
    "pet_name": lambda rng: decoy("PERSON", rng.choice(vocab.PET_NAMES), "pet_name"),
    "product_name": lambda rng: decoy("PERSON", rng.choice(vocab.THING_NAMES), "product_name"),
    "health_notice": lambda rng: decoy("SENSITIVE", rng.choice(vocab.HEALTH_NOTICES), "health_notice"),
    "reservation_code": lambda rng: decoy("PASSPORT", rng.choice(["RZ", "BK", "YT"]) + f"{rng.randint(0, 9999999):07d}", "reservation_code"),
    "employer_office_number": lambda rng: decoy("EMPLOYMENT_INSURANCE_NUMBER", ids.employment(rng), "employer_office_number"),
    "org_bank_account": lambda rng: decoy("BANK_ACCOUNT", ids.account(rng), "org_bank_account"),
}


def fake(rng: random.Random, kind: str) -> Mark:
    return DECOYS[kind](rng)
