"""Identifiers with valid check digits, drawn from a seeded random source."""

from __future__ import annotations

import random

from stdnum import luhn
from stdnum.jp import in_


def my_number(rng: random.Random) -> str:
    body = "".join(str(rng.randint(0, 9)) for _ in range(11))
    return body + in_.calc_check_digit(body)


def licence(rng: random.Random) -> str:
    """Commission, year first licensed, serial, check, reissue count."""
    head = f"{rng.choice([11, 23, 30, 30, 45, 46, 52, 62, 71, 81, 91])}{rng.randint(0, 99):02d}" + \
        "".join(str(rng.randint(0, 9)) for _ in range(6))
    total = sum(int(d) * w for d, w in zip(head, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
    return head + str((11 - total % 11) % 10) + str(rng.choice([0, 0, 0, 1, 2]))


def card(rng: random.Random) -> str:
    prefix = rng.choice(["4", "4", "53", "52", "3541", "3566", "3589"])
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(15 - len(prefix)))
    return body + luhn.calc_check_digit(body)


def luhn_code(rng: random.Random, length: int, prefix: str = "") -> str:
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - 1 - len(prefix)))
    return body + luhn.calc_check_digit(body)


def insurer(rng: random.Random) -> str:
    """保険者番号: 法別番号, prefecture, insurer, Luhn check."""
    head = rng.choice(["01", "06", "31", "32", "34", "63", "67"]) + f"{rng.randint(1, 47):02d}" + f"{rng.randint(0, 999):03d}"
    return head + luhn.calc_check_digit(head)


def kokuho(rng: random.Random) -> str:
    """国保 保険者番号: 6 digits, Luhn check."""
    head = f"{rng.randint(1, 47):02d}" + f"{rng.randint(0, 999):03d}"
    return head + luhn.calc_check_digit(head)


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def pension(rng: random.Random, sep: str = "-") -> str:
    return f"{rng.randint(1000, 6999)}{sep}{digits(rng, 6)}"


def employment(rng: random.Random, sep: str = "-") -> str:
    return f"{rng.randint(1000, 5999)}{sep}{digits(rng, 6)}{sep}{rng.randint(0, 9)}"


def passport(rng: random.Random) -> str:
    return rng.choice(["TK", "TR", "TS", "MZ", "TZ", "RE"]) + digits(rng, 7)


def residence(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return "".join(rng.choice(letters) for _ in range(2)) + digits(rng, 8) + "".join(rng.choice(letters) for _ in range(2))


def account(rng: random.Random) -> str:
    return digits(rng, 7)


def grouped(number: str, sizes: tuple[int, ...], sep: str) -> str:
    out, at = [], 0
    for size in sizes:
        out.append(number[at:at + size])
        at += size
    return sep.join(out)
