"""Identifiers with valid check digits (/work/shared/IDENTIFIERS.md), each written
in the shapes offices write them, and numbers of the same shape that are not a
person's (order numbers, product codes) that still pass the check."""

from __future__ import annotations

import random
import string

from stdnum import luhn


def digits(rng: random.Random, n: int, first: str = "0123456789") -> str:
    return rng.choice(first) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def my_number_check(eleven: str) -> str:
    total = sum(int(d) * w for d, w in zip(eleven, (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
    r = total % 11
    return "0" if r <= 1 else str(11 - r)


def my_number(rng: random.Random) -> str:
    body = digits(rng, 11, "123456789")
    return body + my_number_check(body)


def my_number_shaped(rng: random.Random, number: str) -> str:
    style = rng.randrange(4)
    if style == 0:
        return f"{number[:4]} {number[4:8]} {number[8:]}"
    if style == 1:
        return f"{number[:4]}-{number[4:8]}-{number[8:]}"
    if style == 2:
        return number.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    return number


def luhn_digit(body: str) -> str:
    return luhn.calc_check_digit(body)


def card(rng: random.Random) -> str:
    """Visa, Mastercard or JCB, 16 digits, Luhn."""
    prefix = rng.choice(["4", "5" + str(rng.randint(1, 5)), str(rng.randint(3528, 3589))])
    body = prefix + digits(rng, 15 - len(prefix))
    return body + luhn_digit(body)


def card_shaped(rng: random.Random, number: str) -> str:
    style = rng.randrange(3)
    groups = [number[i:i + 4] for i in range(0, 16, 4)]
    return " ".join(groups) if style == 0 else "-".join(groups) if style == 1 else number


def licence(rng: random.Random, year2: int) -> str:
    """PP YY SSSSSS C R: commission, year first licensed, serial, check, reissues."""
    body = rng.choice(["30", "45", "62", "21", "11", "50", "80", "91", "44"]) + f"{year2 % 100:02d}" + digits(rng, 6)
    total = sum(int(d) * w for d, w in zip(body, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
    return body + str((11 - total % 11) % 10) + rng.choice("0001")


def passport(rng: random.Random) -> str:
    return rng.choice(["TK", "TZ", "MU", "TR", "RE", "TS", "MZ"]) + digits(rng, 7, "123456789")


def foreign_passport(rng: random.Random) -> str:
    return rng.choice(["E", "G", "C", "B", "P"]) + digits(rng, 8, "123456789")


def residence_card(rng: random.Random) -> str:
    letters = string.ascii_uppercase
    return "".join(rng.choice(letters) for _ in range(2)) + digits(rng, 8) + "".join(
        rng.choice(letters) for _ in range(2))


def pension(rng: random.Random) -> str:
    return f"{digits(rng, 4, '123456789')}-{digits(rng, 6)}"


def employment_insurance(rng: random.Random) -> str:
    return f"{digits(rng, 4, '123456789')}-{digits(rng, 6)}-{rng.randrange(10)}"


def insurer(rng: random.Random) -> str:
    """保険者番号: 法別 2 + prefecture 2 + insurer 3 + Luhn digit."""
    body = rng.choice(["01", "06", "31", "32", "63", "39"]) + f"{rng.randint(1, 47):02d}" + digits(rng, 3)
    return body + luhn_digit(body)


def account(rng: random.Random) -> str:
    return digits(rng, 7, "0123456")


def yucho(rng: random.Random) -> str:
    return f"1{digits(rng, 3)}0-{digits(rng, 7, '123456789')}1"


def corporate(rng: random.Random) -> str:
    """法人番号: the first digit checks the other twelve (not personal)."""
    body = digits(rng, 12, "123456789")
    total = sum(int(d) * (1 if i % 2 == 0 else 2) for i, d in enumerate(reversed(body)))
    return str(9 - total % 9) + body
