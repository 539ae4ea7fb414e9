"""What every writer of this corpus shares: an organisation's own letterhead (its phone, mail,
address and postal code: look-alikes of a person's), the look-alikes of each kind, and the
marks of a 要配慮 phrase."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from benchmarks.corpus16.model import Mark, decoy, val
from benchmarks.corpus25 import ids, vocab


@dataclass
class Org:
    name: str
    address: str
    postal: str
    phone: str
    domain: str

    def head(self, rng: random.Random, mail: bool = True) -> list:
        """The letterhead as parts of a line: name, 〒, address, TEL, mail."""
        parts = [self.name, "　〒", decoy("POSTAL_CODE", self.postal, "org_postal"), " ",
                 decoy("ADDRESS", self.address, "org_address"), "　TEL ", decoy("PHONE", self.phone, "org_phone")]
        if mail:
            parts += ["　", decoy("EMAIL", f"{rng.choice(['info', 'office', 'jimukyoku', 'uketsuke'])}@{self.domain}",
                                  "org_email")]
        return parts

    def mail(self, local: str) -> str:
        return f"{local}@{self.domain}"


def org(rng: random.Random, name: str, address: str, postal: str, domain: str) -> Org:
    return Org(name, address, postal, ids.phone(rng, mobile=False).text, domain)


def sens(rng: random.Random, category: str) -> Mark:
    return val("SENSITIVE", rng.choice(vocab.SENSITIVE[category]), category=category)


def domicile(rng: random.Random) -> Mark:
    return val("SENSITIVE", rng.choice(vocab.DOMICILES) + f"{rng.randrange(1, 900)}番地", category="本籍")


def day_text(day: date, style: int = 0) -> str:
    return [f"{day.year}年{day.month}月{day.day}日", f"{day.year}/{day.month:02d}/{day.day:02d}",
            f"令和{day.year - 2018}年{day.month}月{day.day}日", f"{day.year}-{day.month:02d}-{day.day:02d}"][style % 4]


def not_birth(rng: random.Random, style: int | None = None) -> Mark:
    """A date that is no one's birth (a delivery, an entry, a meeting)."""
    day = date(2025, 4, 1) + timedelta(days=rng.randrange(600))
    return decoy("DATE_OF_BIRTH", day_text(day, rng.randrange(4) if style is None else style), "date_not_birth")


def slip(rng: random.Random) -> Mark:
    return decoy("MY_NUMBER", ids.slip_with_my_number_check(rng), "slip_number_mynumber_check")


def corporate(rng: random.Random) -> Mark:
    return decoy("MY_NUMBER", ids.corporate_number(rng), "corporate_number")


def serial(rng: random.Random) -> Mark:
    return decoy("CREDIT_CARD", ids.luhn_serial(rng), "product_code_luhn")


def model_number(rng: random.Random) -> Mark:
    return decoy("PASSPORT", rng.choice(["DX", "KR", "SV", "MA"]) + ids.digits(rng, 7), "model_number_passport_shape")


def order_number(rng: random.Random) -> Mark:
    return decoy("BANK_ACCOUNT", ids.digits(rng, 7), "order_number_seven_digits")


def notice(rng: random.Random) -> Mark:
    return decoy("SENSITIVE", rng.choice(vocab.NOTICES), "health_notice_about_no_one")


def policy(rng: random.Random) -> Mark:
    return decoy("SENSITIVE", rng.choice(vocab.POLICY), "privacy_boilerplate")


def named_thing(rng: random.Random, kind: str) -> Mark:
    """A place, a plant, a figure, a boat, a stage role or a fish called like a person."""
    source = {"place_named_like_person": vocab.PLACES_LIKE_PEOPLE, "cultivar_named_like_person": vocab.CULTIVARS,
              "historical_figure": vocab.FIGURES, "boat_named_like_person": vocab.BOATS,
              "stage_role_name": vocab.ROLES, "koi_named_like_person": vocab.KOI}[kind]
    return decoy("PERSON", rng.choice(source), kind)


def org_mail(org: Org, local: str) -> Mark:
    return decoy("EMAIL", org.mail(local), "org_email")
