"""Identifiers with valid check digits (IDENTIFIERS.md) and numbers that look like them."""

from __future__ import annotations

import random

LICENSE_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
PASSPORT_PREFIXES = ("TK", "TR", "MZ", "TZ", "MU", "TH", "RE")


def digits(rng: random.Random, n: int, first: str = "123456789") -> str:
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def my_number(rng: random.Random) -> str:
    body = digits(rng, 11)
    total = sum(int(d) * w for d, w in zip(body, (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
    r = total % 11
    return body + str(0 if r <= 1 else 11 - r)


def license_number(rng: random.Random) -> str:
    head = rng.choice(("10", "21", "30", "45", "46", "50", "62", "73", "81", "91")) + f"{rng.randint(0, 99):02d}"
    body = head + digits(rng, 6, "0123456789")
    total = sum(int(d) * w for d, w in zip(body, LICENSE_WEIGHTS))
    return body + str((11 - total % 11) % 10) + rng.choice("0001112")


def luhn_complete(body: str) -> str:
    total = 0
    for i, d in enumerate(reversed(body)):
        n = int(d) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return body + str((10 - total % 10) % 10)


def card_number(rng: random.Random) -> str:
    prefix = rng.choice(("4", "53", "54", "3540", "3569", "4980"))
    return luhn_complete(prefix + digits(rng, 15 - len(prefix), "0123456789"))


def insurer_number(rng: random.Random) -> str:
    """保険者番号: 法別 2 digits + prefecture 2 + insurer 3 + Luhn."""
    return luhn_complete(rng.choice(("01", "06", "31", "32", "34", "63")) + f"{rng.randint(1, 47):02d}" + digits(rng, 3, "0123456789"))


def passport(rng: random.Random) -> str:
    return rng.choice(PASSPORT_PREFIXES) + digits(rng, 7)


def residence_card(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return "".join(rng.choice(letters) for _ in range(2)) + digits(rng, 8) + "".join(rng.choice(letters) for _ in range(2))


def pension(rng: random.Random) -> str:
    return f"{digits(rng, 4)}-{digits(rng, 6, '0123456789')}"


def employment_insurance(rng: random.Random) -> str:
    return f"{digits(rng, 4)}-{digits(rng, 6, '0123456789')}-{rng.randint(0, 9)}"


def resident_code(rng: random.Random) -> str:
    return digits(rng, 11)


def account(rng: random.Random) -> str:
    return digits(rng, 7)
