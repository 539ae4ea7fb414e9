"""Identifiers with their check digits (IDENTIFIERS.md): My Number, driver's licence,
cards (Luhn), insurer numbers (Luhn), and numbers of the same shape that are not a
person's (order, product, contract numbers): the look-alikes."""

from __future__ import annotations

import random

from stdnum import luhn


def my_number(rng: random.Random) -> str:
    body = "".join(str(rng.randrange(10)) for _ in range(11))
    total = sum(int(d) * w for d, w in zip(body, (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
    r = total % 11
    return body + str(0 if r <= 1 else 11 - r)


def licence(rng: random.Random) -> str:
    body = rng.choice(["30", "45", "62", "71", "54", "92", "21"]) + f"{rng.randrange(75, 124) % 100:02d}" + \
        "".join(str(rng.randrange(10)) for _ in range(6))
    total = sum(int(d) * w for d, w in zip(body, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
    return body + str((11 - total % 11) % 10) + str(rng.choice([0, 0, 1, 2]))


def with_luhn(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


def card(rng: random.Random) -> str:
    prefix, length = rng.choice([("4", 16), ("53", 16), ("3541", 16), ("3567", 16), ("37", 15), ("51", 16)])
    return with_luhn(prefix, length, rng)


def insurer(rng: random.Random) -> str:
    """保険者番号: 法別番号 + prefecture + insurer + Luhn check."""
    return with_luhn(rng.choice(["01", "06", "31", "32", "63"]) + f"{rng.randrange(1, 48):02d}", 8, rng)


def pension(rng: random.Random) -> str:
    return f"{rng.randrange(1000, 9999)}-{rng.randrange(10 ** 6):06d}"


def employment(rng: random.Random) -> str:
    return f"{rng.randrange(1000, 9999)}-{rng.randrange(10 ** 6):06d}-{rng.randrange(10)}"


def passport(rng: random.Random) -> str:
    return rng.choice(["TK", "TZ", "MZ", "TR", "TS"]) + f"{rng.randrange(10 ** 7):07d}"


def foreign_passport(rng: random.Random, country: str) -> str:
    letter = {"中国": "E", "韓国": "M", "ベトナム": "C", "フィリピン": "P", "ネパール": "PA", "ブラジル": "FZ"}[country]
    return letter + "".join(str(rng.randrange(10)) for _ in range(9 - len(letter)))


def residence_card(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rng.choice(letters) + rng.choice(letters) + f"{rng.randrange(10 ** 8):08d}" + rng.choice(letters) + \
        rng.choice(letters)


def account(rng: random.Random) -> str:
    return f"{rng.randrange(10 ** 7):07d}"


def spaced(number: str, groups: tuple[int, ...], sep: str = " ") -> str:
    out, at = [], 0
    for size in groups:
        out.append(number[at:at + size])
        at += size
    return sep.join(out)
