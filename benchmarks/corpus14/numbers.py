"""Identifiers with their check digits (shapes from /work/shared/IDENTIFIERS.md)."""

from __future__ import annotations

import random

from stdnum import luhn
from stdnum.jp import cn, in_

LICENCE_OFFICES = ("30", "45", "50", "62", "71", "82", "91", "11", "21", "44")
PASSPORT_LETTERS = ("TK", "MZ", "TS", "RA", "TH", "MU", "TR", "TE")
CARD_PREFIXES = ("4", "4", "53", "54", "3541", "3566", "37", "36")


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def my_number(rng: random.Random) -> str:
    body = str(rng.randint(1, 9)) + digits(rng, 10)
    return body + in_.calc_check_digit(body)


def licence(rng: random.Random) -> str:
    body = rng.choice(LICENCE_OFFICES) + f"{rng.randint(0, 99):02d}" + digits(rng, 6)
    total = sum(int(d) * w for d, w in zip(body, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
    return body + str((11 - total % 11) % 10) + str(rng.choice((0, 0, 0, 1, 2)))


def card(rng: random.Random) -> str:
    prefix = rng.choice(CARD_PREFIXES)
    length = 15 if prefix == "37" else 14 if prefix == "36" else 16
    body = prefix + digits(rng, length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def grouped_card(number: str, sep: str = "-") -> str:
    if len(number) == 16:
        return sep.join(number[i:i + 4] for i in range(0, 16, 4))
    if len(number) == 15:
        return sep.join((number[:4], number[4:10], number[10:]))
    return sep.join((number[:4], number[4:10], number[10:]))


def passport(rng: random.Random) -> str:
    return rng.choice(PASSPORT_LETTERS) + digits(rng, 7)


def residence_card(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rng.choice(letters) + rng.choice(letters) + digits(rng, 8) + rng.choice(letters) + rng.choice(letters)


def pension(rng: random.Random) -> str:
    return f"{rng.randint(1000, 9899)}-{digits(rng, 6)}"


def employment_insurance(rng: random.Random) -> str:
    return f"{rng.randint(1000, 9899)}-{digits(rng, 6)}-{rng.randint(0, 9)}"


def insurer(rng: random.Random) -> str:
    """An insurer's number (法別 06 + prefecture + serial + Luhn): the organisation's, not a person's."""
    body = rng.choice(("06", "01", "31", "39")) + f"{rng.randint(1, 47):02d}" + digits(rng, 3)
    return body + luhn.calc_check_digit(body)


def corporate(rng: random.Random) -> str:
    body = digits(rng, 12)
    return cn.calc_check_digit(body) + body


def passing_my_number_check(rng: random.Random) -> str:
    """A 12-digit business number (order, slip) that happens to pass the My Number check."""
    return my_number(rng)


def passing_luhn(rng: random.Random, length: int = 16) -> str:
    prefix = rng.choice(("4", "5", "35"))
    body = prefix + digits(rng, length - 1 - len(prefix))
    return body + luhn.calc_check_digit(body)


def account(rng: random.Random) -> str:
    return digits(rng, 7)


def spaced(number: str, size: int = 4, sep: str = " ") -> str:
    return sep.join(number[i:i + size] for i in range(0, len(number), size))
