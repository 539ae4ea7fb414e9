"""Identifiers of corpus 5's people, with the check digits of ../shared/IDENTIFIERS.md,
and the numbers shaped like them that are not theirs (a receipt number that passes the
My Number check, a hospital's 13-digit corporate number, a lot number)."""

from __future__ import annotations

import random

LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
LICENCE_AREAS = (11, 21, 24, 30, 43, 45, 51, 62, 71, 81, 92, 96)


def digits(rng: random.Random, n: int, first: str = "123456789") -> str:
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def my_number_check(first11: str) -> str:
    weights = (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    r = sum(int(d) * w for d, w in zip(first11, weights)) % 11
    return "0" if r <= 1 else str(11 - r)


def my_number(rng: random.Random) -> str:
    head = digits(rng, 11)
    return head + my_number_check(head)


def corporate_number(rng: random.Random) -> str:
    body = digits(rng, 12)
    total = sum(int(d) * (1 if i % 2 == 0 else 2) for i, d in enumerate(reversed(body)))
    return str(9 - total % 9) + body


def luhn_digit(body: str) -> str:
    total = 0
    for i, d in enumerate(reversed(body)):
        n = int(d) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    """A card number in an issuer's range: Visa 16, Mastercard 16, JCB 16, Amex 15."""
    head, length = rng.choice([("4", 16), ("53", 16), ("3561", 16), ("37", 15), ("4", 16)])
    body = head + digits(rng, length - len(head) - 1, "0123456789")
    return body + luhn_digit(body)


def card_written(number: str, style: str) -> str:
    if len(number) == 15:
        groups = [number[:4], number[4:10], number[10:]]
    else:
        groups = [number[i:i + 4] for i in range(0, 16, 4)]
    return {"space": " ".join(groups), "hyphen": "-".join(groups), "bare": number}[style]


def licence(rng: random.Random) -> str:
    body = f"{rng.choice(LICENCE_AREAS)}{rng.randint(0, 99):02d}{digits(rng, 6, '0123456789')}"
    total = sum(int(d) * w for d, w in zip(body, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
    return body + str((11 - total % 11) % 10) + rng.choice("0001")


def insurer(rng: random.Random) -> str:
    """A health insurer number: 法別番号 2 + prefecture 2 + insurer 3 + Luhn digit."""
    body = rng.choice(["01", "06", "31", "32", "34", "63"]) + f"{rng.randint(1, 47):02d}" + digits(rng, 3, "0123456789")
    return body + luhn_digit(body)


def passport(rng: random.Random) -> str:
    return rng.choice(["TT", "TZ", "MZ", "TS", "RE"]) + digits(rng, 7)


def foreign_passport(rng: random.Random) -> str:
    return rng.choice(LETTERS) + rng.choice(LETTERS) + digits(rng, 7)


def residence_card(rng: random.Random) -> str:
    def letters() -> str:
        return "".join(rng.choice(LETTERS) for _ in range(2))

    return letters() + digits(rng, 8) + letters()


def pension(rng: random.Random) -> str:
    number = digits(rng, 10)
    return f"{number[:4]}-{number[4:]}"


def employment_insurance(rng: random.Random) -> str:
    number = digits(rng, 11)
    return f"{number[:4]}-{number[4:10]}-{number[10]}"


def resident_code(rng: random.Random) -> str:
    return digits(rng, 11)


def account(rng: random.Random) -> str:
    return digits(rng, 7)


def not_my_number(rng: random.Random) -> str:
    """A 12-digit receipt or patient number that happens to pass the My Number check."""
    return my_number(rng)


def jan(rng: random.Random) -> str:
    body = "49" + digits(rng, 10, "0123456789")
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)
