"""Identifiers with valid check digits (IDENTIFIERS.md), and numbers of the same
shape that are not personal: order and contract numbers, corporate numbers."""

from __future__ import annotations

import random
import string

from stdnum import luhn

from benchmarks.corpus9.model import Mark, no, v


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def my_number_digits(rng: random.Random) -> str:
    body = str(rng.randint(1, 9)) + _digits(rng, 10)
    r = sum(int(d) * w for d, w in zip(body, (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2))) % 11
    return body + str(0 if r <= 1 else 11 - r)


def my_number(rng: random.Random, style: str = "space") -> Mark:
    d = my_number_digits(rng)
    separator = {"space": " ", "plain": "", "hyphen": "-"}[style]
    return v("MY_NUMBER", separator.join((d[:4], d[4:8], d[8:])))


def licence(rng: random.Random) -> Mark:
    body = rng.choice(["10", "22", "30", "45", "52", "63", "71", "82", "91"]) + _digits(rng, 8)
    total = sum(int(d) * w for d, w in zip(body, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
    return v("DRIVERS_LICENSE", body + str((11 - total % 11) % 10) + str(rng.randrange(3)))


def passport(rng: random.Random) -> Mark:
    return v("PASSPORT", rng.choice(["TZ", "TS", "MU", "RK", "TN", "EJ", "PA"]) + _digits(rng, 7))


def foreign_passport(rng: random.Random) -> Mark:
    letters = rng.choice(["E", "G", "M", "C", "P", "B"])
    return v("PASSPORT", letters + ("" if letters in "EG" else rng.choice(string.ascii_uppercase)) + _digits(rng, 7))


def residence_card(rng: random.Random) -> Mark:
    pick = lambda: "".join(rng.choice(string.ascii_uppercase) for _ in range(2))  # noqa: E731
    return v("RESIDENCE_CARD", pick() + _digits(rng, 8) + pick())


def pension(rng: random.Random, style: str = "hyphen") -> Mark:
    d = str(rng.randint(1, 9)) + _digits(rng, 9)
    return v("BASIC_PENSION_NUMBER", f"{d[:4]}-{d[4:]}" if style == "hyphen" else d)


def employment_insurance(rng: random.Random, style: str = "hyphen") -> Mark:
    d = str(rng.randint(1, 9)) + _digits(rng, 10)
    return v("EMPLOYMENT_INSURANCE_NUMBER", f"{d[:4]}-{d[4:10]}-{d[10]}" if style == "hyphen" else d)


def insurer_digits(rng: random.Random, law: str = "06") -> str:
    body = law + f"{rng.randint(1, 47):02d}" + _digits(rng, 3)
    return body + luhn.calc_check_digit(body)


def insurer(rng: random.Random, law: str = "06") -> Mark:
    return v("HEALTH_INSURANCE_NUMBER", insurer_digits(rng, law))


def resident_code(rng: random.Random) -> Mark:
    return v("RESIDENT_RECORD_CODE", _digits(rng, 11))


def account(rng: random.Random) -> Mark:
    return v("BANK_ACCOUNT", str(rng.randint(1, 9)) + _digits(rng, 6))


def yucho(rng: random.Random) -> Mark:
    return v("BANK_ACCOUNT", f"1{_digits(rng, 3)}0-{_digits(rng, 7)}1")


CARD_HEADS = ["3541", "3568", "4539", "4916", "5241", "5412"]


def card_digits(rng: random.Random) -> str:
    body = rng.choice(CARD_HEADS) + _digits(rng, 11)
    return body + luhn.calc_check_digit(body)


def card(rng: random.Random) -> Mark:
    d = card_digits(rng)
    return v("CREDIT_CARD", " ".join(d[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.6 else d)


def corporate_number(rng: random.Random) -> str:
    body = _digits(rng, 12)
    total = sum(int(d) * (1 if i % 2 == 0 else 2) for i, d in enumerate(reversed(body)))
    return str(9 - total % 9) + body


# look-alikes
def order_number(rng: random.Random, kind: str = "order_number") -> Mark:
    """A 12-digit order or contract number that passes the My Number check."""
    return no("MY_NUMBER", my_number_digits(rng), kind)


def card_shaped(rng: random.Random, kind: str = "gift_card_number") -> Mark:
    """A 16-digit point or gift card number with a valid Luhn digit."""
    body = rng.choice(["6035", "9000", "8801"]) + _digits(rng, 11)
    return no("CREDIT_CARD", body + luhn.calc_check_digit(body), kind)


def corporate(rng: random.Random) -> Mark:
    return no("MY_NUMBER", corporate_number(rng), "corporate_number")
