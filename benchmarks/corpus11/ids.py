"""Identifiers with valid check digits (IDENTIFIERS.md), and numbers of the same
shape that are not a person's (look-alikes)."""

from __future__ import annotations

import random

import phonenumbers
from stdnum import luhn
from stdnum.jp import cn, in_

ISSUER_PREFIXES = ("4", "4", "53", "54", "3541", "3566", "5", "37")


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def my_number(rng: random.Random) -> str:
    body = str(rng.randrange(1, 10)) + digits(rng, 10)
    return body + in_.calc_check_digit(body)


def corporate_number(rng: random.Random) -> str:
    body = str(rng.randrange(1, 10)) + digits(rng, 11)
    return cn.calc_check_digit(body) + body


def licence(rng: random.Random) -> str:
    body = rng.choice(("30", "44", "52", "62", "71", "83", "91", "21")) + f"{rng.randrange(80, 100) % 100:02d}" \
        + digits(rng, 6)
    total = sum(int(d) * w for d, w in zip(body, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
    return body + str((11 - total % 11) % 10) + str(rng.randrange(3))


def luhn_digit(body: str) -> str:
    return luhn.calc_check_digit(body)


def card(rng: random.Random) -> str:
    prefix = rng.choice(ISSUER_PREFIXES)
    length = 15 if prefix == "37" else 16
    if prefix == "5":
        prefix = str(rng.randrange(51, 56))
    body = prefix + digits(rng, length - 1 - len(prefix))
    return body + luhn_digit(body)


def insurer(rng: random.Random) -> str:
    """保険者番号: 法別 2 + prefecture 2 + insurer 3 + a Luhn digit."""
    body = rng.choice(("01", "06", "31", "32", "34", "63")) + f"{rng.randrange(1, 48):02d}" + digits(rng, 3)
    return body + luhn_digit(body)


def passport(rng: random.Random) -> str:
    return rng.choice(("TR", "TS", "TK", "MZ", "RE", "TH")) + digits(rng, 7)


def foreign_passport(rng: random.Random) -> str:
    return rng.choice(("C", "B", "P", "M")) + rng.choice("ABCDEFGHJK") + digits(rng, 7)


def residence_card(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return "".join(rng.choice(letters) for _ in range(2)) + digits(rng, 8) + \
        "".join(rng.choice(letters) for _ in range(2))


def pension(rng: random.Random) -> str:
    return f"{rng.randrange(1000, 9999)}-{digits(rng, 6)}"


def employment(rng: random.Random) -> str:
    return f"{rng.randrange(1000, 9999)}-{digits(rng, 6)}-{rng.randrange(10)}"


def valid_phone(rng: random.Random, make) -> str:
    while True:
        number = make(rng)
        plain = "".join(ch for ch in number if ch.isdigit())
        if phonenumbers.is_valid_number(phonenumbers.parse(plain, "JP")):
            return number


AREAS = (("03", 4, 4), ("06", 4, 4), ("011", 3, 4), ("022", 3, 4), ("045", 3, 4), ("052", 3, 4), ("075", 3, 4),
         ("078", 3, 4), ("082", 3, 4), ("092", 3, 4), ("0276", 2, 4), ("0554", 2, 4), ("0857", 2, 4),
         ("0966", 2, 4), ("0178", 2, 4), ("048", 3, 4), ("043", 3, 4), ("099", 3, 4))


def landline(rng: random.Random, sep: str = "-") -> str:
    def make(r):
        area, mid, last = r.choice(AREAS)
        return f"{area}{sep}{r.randrange(2, 10)}{digits(r, mid - 1)}{sep}{digits(r, last)}"
    return valid_phone(rng, make)


def mobile(rng: random.Random, sep: str = "-") -> str:
    def make(r):
        return f"{r.choice(('090', '080', '070'))}{sep}{r.randrange(1, 10)}{digits(r, 3)}{sep}{digits(r, 4)}"
    return valid_phone(rng, make)


def order_number(rng: random.Random) -> str:
    """A 12-digit order or contract number that passes the My Number check."""
    return my_number(rng)
