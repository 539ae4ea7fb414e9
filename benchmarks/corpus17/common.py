"""What every writer of corpus 17 shares: a person's values as marks, the
organisation's own contacts (look-alikes), and small pieces of look-alike text."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from stdnum.jp import cn

from benchmarks.corpus16.model import Lines, Mark, decoy, maybe, val
from benchmarks.corpus17 import ids, people, vocab
from benchmarks.corpus17.people import Person


def name(p: Person, style: str = "kanji") -> Mark:
    text = {"kanji": p.kanji(" "), "tight": p.kanji(""), "wide": p.kanji("\u3000"), "kana": p.kana(" ") or p.roman(),
            "roman": p.roman(), "western": p.western(), "family": p.family}[style]
    return val("PERSON", text)


def any_name(rng: random.Random, p: Person) -> Mark:
    return name(p, rng.choice(["kanji", "kanji", "tight", "wide"]))


def born(rng: random.Random, p: Person, style: str | None = None) -> Mark:
    return val("DATE_OF_BIRTH", people.birth_text(rng, p.born, style), date=p.born.isoformat())


def tel(rng: random.Random, mobile: bool | None = None, sep: str = "-") -> Mark:
    return val("PHONE", people.phone(rng, mobile, sep))


def mail(rng: random.Random, p: Person) -> Mark:
    return val("EMAIL", people.email(rng, p))


def home(rng: random.Random, prefecture: bool = True) -> Mark:
    return val("ADDRESS", people.address(rng, prefecture))


def zipcode(rng: random.Random) -> Mark:
    return val("POSTAL_CODE", people.postal(rng))


def sensitive(rng: random.Random, category: str) -> Mark:
    return val("SENSITIVE", vocab.phrase(rng, category), category=category)


def my_number(rng: random.Random, sep: str = "") -> Mark:
    return val("MY_NUMBER", ids.grouped(ids.my_number(rng), (4, 4, 4), sep) if sep else ids.my_number(rng))


def alias(text: str) -> Mark:
    return maybe("PERSON", text)


class Org:
    """An organisation's own letterhead: its numbers and places are no one's personal data."""

    def __init__(self, rng: random.Random, title: str, domain: str) -> None:
        self.title = title
        self.domain = domain
        self.phone = people.phone(rng, mobile=False)
        self.fax = people.phone(rng, mobile=False)
        self.postal = people.postal(rng)
        self.address = people.address(rng) .split(" ")[0]
        body = ids.digits(rng, 12)
        self.corporate = cn.calc_check_digit(body) + body

    def lines(self) -> list:
        """Letterhead parts: one line each."""
        return [[self.title],
                ["〒", decoy("POSTAL_CODE", self.postal, "org_postal"), " ", decoy("ADDRESS", self.address, "org_address")],
                ["TEL ", decoy("PHONE", self.phone, "org_phone"), "／FAX ", decoy("PHONE", self.fax, "org_fax")],
                ["E-mail ", decoy("EMAIL", f"info@{self.domain}", "org_email")]]

    def letterhead(self, lines: Lines) -> Lines:
        for part in self.lines():
            lines.put(*part)
        return lines

    def sender(self) -> list:
        return [f"{self.title} <", decoy("EMAIL", f"office@{self.domain}", "org_email"), ">"]


def recipient(rng: random.Random, p: Person) -> list:
    """A To header: the person's name and address."""
    return [name(p), " <", mail(rng, p), ">"]


def event_date(rng: random.Random, style: str | None = None) -> Mark:
    """A date that is not a birth: a visit, a booking, a contract."""
    text, _ = people.other_date(rng, style)
    return decoy("DATE_OF_BIRTH", text, "event_date")


def founding(rng: random.Random) -> Mark:
    """創業 or 設立 in 和暦: an old date about the organisation."""
    day = date(1950, 1, 1) + timedelta(days=rng.randint(0, 12000))
    return decoy("DATE_OF_BIRTH", people.birth_text(rng, day, rng.choice(["era", "west"])), "founding_date")


def order_key(rng: random.Random) -> Mark:
    """A 12-digit order or slip number that passes the My Number check."""
    return decoy("MY_NUMBER", ids.my_number(rng), "order_key")


def corporate(org: Org) -> Mark:
    return decoy("MY_NUMBER", org.corporate, "corporate_number")


def product_code(rng: random.Random) -> Mark:
    """A 16-digit product or gift-card code that passes Luhn."""
    return decoy("CREDIT_CARD", ids.luhn_code(rng, 16, rng.choice(["2", "9", "6"])), "luhn_product_code")


def place_like(rng: random.Random) -> Mark:
    return decoy("PERSON", rng.choice(vocab.PLACE_NAMES), "place_named_like_person")


def thing_like(rng: random.Random) -> Mark:
    return decoy("PERSON", rng.choice(vocab.THING_NAMES), "product_named_like_person")


def company_like(rng: random.Random) -> Mark:
    """A firm named after its founder's family: not a person."""
    return decoy("PERSON", rng.choice(vocab.COMPANIES), "company_named_like_person")


def notice(rng: random.Random) -> Mark:
    return decoy("SENSITIVE", rng.choice(vocab.HEALTH_NOTICES), "health_notice")


def booking_ref(rng: random.Random) -> Mark:
    """Two letters and seven digits: a booking reference, not a passport."""
    return decoy("PASSPORT", rng.choice(["BK", "RS", "QT", "HX"]) + ids.digits(rng, 7), "booking_reference")


def employer_office(rng: random.Random) -> Mark:
    """雇用保険 適用事業所番号: the employer's, laid out like a person's number."""
    return decoy("EMPLOYMENT_INSURANCE_NUMBER", ids.employment(rng), "employer_office_number")


def org_account(rng: random.Random) -> Mark:
    return decoy("BANK_ACCOUNT", ids.account(rng), "org_account")


def when(rng: random.Random) -> datetime:
    return datetime(2026, 9, 1, 8, 0) + timedelta(minutes=rng.randint(0, 60 * 24 * 90))


def shuffle_style(rng: random.Random) -> str:
    return rng.choice(["kanji", "kanji", "tight", "wide", "kana"])
