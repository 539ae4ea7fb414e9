"""Identifiers with valid check digits (../shared/IDENTIFIERS.md) and numbers of
the same shape that are not personal: order, invoice and slip numbers. My Number
and the corporate number come from corpus 2's makers (the same arithmetic)."""

from __future__ import annotations

import random

from stdnum import luhn

from benchmarks.corpus2.idnums import corporate_number, my_number


def _digits(rng: random.Random, count: int, first: str = "123456789") -> str:
    return rng.choice(first) + "".join(str(rng.randint(0, 9)) for _ in range(count - 1))


def license_number(rng: random.Random) -> str:
    """PP YY SSSSSS C R with the check digit outsiders worked out."""
    body = rng.choice(["21", "30", "45", "52", "63", "71", "82", "91"]) + f"{rng.randint(0, 99):02d}" + _digits(rng, 6, "0123456789")
    total = sum(int(d) * w for d, w in zip(body, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
    return body + str((11 - total % 11) % 10) + str(rng.randint(0, 2))


def insurer_number(rng: random.Random) -> str:
    """8-digit 保険者番号 (法別 06 / 01 / 31 / 39 …), Luhn check digit last."""
    body = rng.choice(["06", "01", "31", "32", "34", "39"]) + f"{rng.randint(1, 47):02d}" + _digits(rng, 3, "0123456789")
    return body + luhn.calc_check_digit(body)


def card_number(rng: random.Random) -> str:
    """A 16-digit card number of a real issuer range (JCB, Visa, Mastercard), Luhn-valid."""
    prefix = rng.choice([str(rng.randint(3528, 3589)), "4" + _digits(rng, 3, "0123456789"), str(rng.randint(51, 55)) + "00"])
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(15 - len(prefix)))
    return body + luhn.calc_check_digit(body)


def card_written(number: str, style: str) -> str:
    groups = [number[i:i + 4] for i in range(0, 16, 4)]
    return {"spaced": " ".join(groups), "hyphen": "-".join(groups), "tight": number}[style]


def passport(rng: random.Random) -> str:
    return rng.choice(["TK", "TZ", "MU", "TS", "TH"]) + _digits(rng, 7, "0123456789")


def residence_card(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return "".join(rng.choice(letters) for _ in range(2)) + _digits(rng, 8, "0123456789") + \
        "".join(rng.choice(letters) for _ in range(2))


def pension_number(rng: random.Random) -> str:
    return f"{rng.randint(1000, 9999)}-{rng.randint(0, 999999):06d}"


def resident_code(rng: random.Random) -> str:
    return _digits(rng, 11)


def employment_insurance(rng: random.Random) -> str:
    return f"{rng.randint(1000, 9999)}-{rng.randint(0, 999999):06d}-{rng.randint(0, 9)}"


def bank_account(rng: random.Random) -> str:
    return f"{rng.randint(0, 9999999):07d}"


def order_like_my_number(rng: random.Random) -> str:
    """A 12-digit order number that passes the My Number check (a look-alike)."""
    return my_number(rng)


def slip_like_card(rng: random.Random) -> str:
    """A 16-digit slip number that passes Luhn but belongs to no card issuer (starts 8 or 9)."""
    body = rng.choice("89") + "".join(str(rng.randint(0, 9)) for _ in range(14))
    return body + luhn.calc_check_digit(body)


__all__ = ["bank_account", "card_number", "card_written", "corporate_number", "employment_insurance", "insurer_number",
           "license_number", "my_number", "order_like_my_number", "passport", "pension_number", "residence_card",
           "resident_code", "slip_like_card"]
