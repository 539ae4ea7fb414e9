"""Identifiers of corpus 13 with their published check digits (IDENTIFIERS.md),
written from the rules, not from any other generator of this project."""

from __future__ import annotations

import random

from stdnum import luhn
from stdnum.jp import cn, in_

LICENCE_OFFICES = ("30", "41", "44", "46", "53", "62", "71", "81", "91", "12", "22")
PASSPORT_SERIES = ("TK", "TR", "MZ", "TZ", "RH", "TS")
CARD_PREFIXES = ("3541", "3567", "4539", "4716", "5217", "5425")


def digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def my_number(rng: random.Random) -> str:
    body = str(rng.randint(1, 9)) + digits(rng, 10)
    return body + in_.calc_check_digit(body)


def corporate_number(rng: random.Random) -> str:
    body = str(rng.randint(1, 9)) + digits(rng, 11)
    return cn.calc_check_digit(body) + body


def licence_check(first_ten: str) -> str:
    total = sum(int(d) * w for d, w in zip(first_ten, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
    return str((11 - total % 11) % 10)


def driving_licence(rng: random.Random) -> str:
    first = rng.choice(LICENCE_OFFICES) + f"{rng.randint(75, 119) % 100:02d}" + digits(rng, 6)
    return first + licence_check(first) + str(rng.choice((0, 0, 0, 1)))


def passport(rng: random.Random) -> str:
    return rng.choice(PASSPORT_SERIES) + digits(rng, 7)


def residence_card(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rng.choice(letters) + rng.choice(letters) + digits(rng, 8) + rng.choice(letters) + rng.choice(letters)


def pension(rng: random.Random) -> str:
    return f"{rng.randint(1000, 9899)}-{digits(rng, 6)}"


def employment_insurance(rng: random.Random) -> str:
    return f"{rng.randint(1000, 9899)}-{digits(rng, 6)}-{rng.randint(0, 9)}"


def insurer_number(rng: random.Random) -> str:
    """保険者番号: 法別 2 + prefecture 2 + insurer 3 + Luhn."""
    body = rng.choice(("01", "06", "31", "32", "63")) + f"{rng.randint(1, 47):02d}" + digits(rng, 3)
    return body + luhn.calc_check_digit(body)


def card(rng: random.Random) -> str:
    body = rng.choice(CARD_PREFIXES) + digits(rng, 11)
    return body + luhn.calc_check_digit(body)


def luhn_code(rng: random.Random, length: int) -> str:
    """A product or member code that passes Luhn (a look-alike of a card)."""
    body = rng.choice(("4", "35", "52")) + digits(rng, length - 2 if length > 2 else 0)
    body = body[:length - 1]
    return body + luhn.calc_check_digit(body)


def account(rng: random.Random) -> str:
    return str(rng.randint(1, 9)) + digits(rng, 6)


def group(number: str, sizes: tuple[int, ...], sep: str) -> str:
    parts, at = [], 0
    for size in sizes:
        parts.append(number[at:at + size])
        at += size
    return sep.join(parts)
