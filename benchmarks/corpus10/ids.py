"""Identifiers with valid check digits and phone numbers the numbering plan allows,
drawn from a random.Random (IDENTIFIERS.md gives the rules)."""

from __future__ import annotations

import random

import phonenumbers
from stdnum import luhn

LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def my_number(rng: random.Random) -> str:
    body = str(rng.randint(1, 9)) + digits(rng, 10)
    total = sum(int(d) * w for d, w in zip(body, (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
    rest = total % 11
    return body + str(0 if rest <= 1 else 11 - rest)


def corporate_number(rng: random.Random) -> str:
    body = str(rng.randint(1, 9)) + digits(rng, 11)
    total = sum(int(d) * (1 if i % 2 == 0 else 2) for i, d in enumerate(reversed(body)))
    return str(9 - total % 9) + body


def licence(rng: random.Random) -> str:
    body = rng.choice(("21", "33", "45", "52", "61", "73", "81", "94")) + f"{rng.randint(70, 99):02d}" + digits(rng, 6)
    total = sum(int(d) * w for d, w in zip(body, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
    return body + str((11 - total % 11) % 10) + str(rng.randint(0, 2))


def luhn_complete(body: str) -> str:
    return body + luhn.calc_check_digit(body)


def card(rng: random.Random) -> str:
    prefix = rng.choice(("4", "4", "5" + str(rng.randint(1, 5)), "35" + str(rng.randint(28, 89)), "37"))
    length = 15 if prefix == "37" else 16
    return luhn_complete(prefix + digits(rng, length - len(prefix) - 1))


def insurer(rng: random.Random) -> str:
    """保険者番号: 法別 2 + prefecture 2 + insurer 3 + Luhn check."""
    return luhn_complete(rng.choice(("01", "06", "31", "32", "34", "63")) + f"{rng.randint(1, 47):02d}" + digits(rng, 3))


def passport(rng: random.Random) -> str:
    return rng.choice(("TK", "TZ", "MU", "TR", "C", "B", "N", "P", "E")).ljust(2, rng.choice("EGHK")) + digits(rng, 7)


def residence_card(rng: random.Random) -> str:
    return "".join(rng.choice(LETTERS) for _ in range(2)) + digits(rng, 8) + "".join(rng.choice(LETTERS) for _ in range(2))


def pension(rng: random.Random) -> str:
    return f"{rng.randint(1000, 9999)}-{digits(rng, 6)}"


def employment(rng: random.Random) -> str:
    return f"{rng.randint(1000, 9999)}-{digits(rng, 6)}-{rng.randint(0, 9)}"


def account(rng: random.Random) -> str:
    return str(rng.randint(1, 9)) + digits(rng, 6)


def postal(rng: random.Random) -> str:
    return f"{rng.randint(10, 99)}{rng.randint(0, 9)}-{digits(rng, 4)}"


_AREAS = ("3", "6", "11", "22", "25", "42", "45", "52", "75", "82", "92", "96", "98", "172", "242", "263", "436",
          "544", "742", "857", "866", "985")


def _valid(number: str) -> bool:
    return phonenumbers.is_valid_number(phonenumbers.parse(number, "JP"))


def landline(rng: random.Random) -> tuple[str, str, str]:
    """(area, exchange, line) of a fixed number of 10 digits."""
    while True:
        area = "0" + rng.choice(_AREAS)
        local = str(rng.randint(2, 9)) + digits(rng, 9 - len(area))
        exchange, line = local[:len(local) - 4], local[-4:]
        if _valid(area + exchange + line):
            return area, exchange, line


def mobile(rng: random.Random) -> tuple[str, str, str]:
    while True:
        parts = (rng.choice(("090", "080", "070")), str(rng.randint(1, 9)) + digits(rng, 3), digits(rng, 4))
        if _valid("".join(parts)):
            return parts


def phone_text(parts: tuple[str, str, str], style: int) -> str:
    """Written as offices write them: dashes, brackets, none, full-width, spaces."""
    a, b, c = parts
    return (f"{a}-{b}-{c}", f"{a}({b}){c}", f"{a}{b}{c}", f"（{a}）{b}-{c}",
            f"{a} {b} {c}", f"{a}-{b}-{c}".translate(_WIDE))[style % 6]


_WIDE = str.maketrans("0123456789-", "０１２３４５６７８９－")


def wide(text: str) -> str:
    return text.translate(_WIDE)


def order_like_my_number(rng: random.Random) -> str:
    """An order or contract number that happens to pass the 個人番号 check."""
    return my_number(rng)


def serial_like_card(rng: random.Random) -> str:
    """A product serial or gift-card number that passes Luhn."""
    return luhn_complete("6" + digits(rng, 14))
