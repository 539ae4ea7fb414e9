"""Identifiers with valid check digits (python-stdnum's rules and those of
../shared/IDENTIFIERS.md), their writing habits, and look-alikes that share a
shape: contract numbers passing the My Number check, policy numbers shaped like
phones or accounts."""

from __future__ import annotations

import random

from stdnum import luhn
from stdnum.jp import cn, in_

from benchmarks.corpus4.land import FULL

LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def my_number(rng: random.Random) -> str:
    body = str(rng.randint(1, 9)) + digits(rng, 10)
    return body + in_.calc_check_digit(body)


def my_number_as(number: str, style: str) -> str:
    grouped = f"{number[:4]} {number[4:8]} {number[8:]}"
    return {"bare": number, "space": grouped, "hyphen": grouped.replace(" ", "-"),
            "full": grouped.replace(" ", "-").translate(FULL), "full_bare": number.translate(FULL)}[style]


def licence(rng: random.Random) -> str:
    head = rng.choice(["30", "45", "54", "62", "71", "81", "93", "22"]) + f"{rng.randint(0, 25):02d}" + digits(rng, 6)
    total = sum(int(d) * w for d, w in zip(head, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
    return head + str((11 - total % 11) % 10) + str(rng.randint(0, 2))


def passport(rng: random.Random) -> str:
    return rng.choice(["TK", "TR", "MZ", "TZ", "RE"]) + digits(rng, 7)


def foreign_passport(rng: random.Random) -> str:
    return rng.choice(["C", "E", "M", "P", "B"]) + rng.choice(LETTERS) + digits(rng, 7)


def residence_card(rng: random.Random) -> str:
    return rng.choice(LETTERS) + rng.choice(LETTERS) + digits(rng, 8) + rng.choice(LETTERS) + rng.choice(LETTERS)


def pension(rng: random.Random) -> str:
    return f"{rng.randint(1000, 9999)}-{digits(rng, 6)}"


def employment_insurance(rng: random.Random) -> str:
    return f"{rng.randint(1000, 9999)}-{digits(rng, 6)}-{rng.randint(0, 9)}"


def resident_code(rng: random.Random) -> str:
    return str(rng.randint(1, 9)) + digits(rng, 10)


def insurer(rng: random.Random) -> str:
    """保険者番号: 法別 06/31/32/34/01, prefecture, insurer, Luhn check."""
    body = rng.choice(["06", "31", "32", "34", "01"]) + f"{rng.randint(1, 47):02d}" + digits(rng, 3)
    return body + luhn.calc_check_digit(body)


def account(rng: random.Random) -> str:
    return f"{rng.randint(0, 9)}{digits(rng, 6)}"


def card(rng: random.Random) -> str:
    prefix = rng.choice([str(rng.randint(3528, 3589)), "4" + digits(rng, 3), str(rng.randint(51, 55)) + digits(rng, 2)])
    body = prefix + digits(rng, 11)
    return body + luhn.calc_check_digit(body)


def card_as(number: str, style: str) -> str:
    groups = [number[i:i + 4] for i in range(0, 16, 4)]
    return {"space": " ".join(groups), "hyphen": "-".join(groups), "bare": number,
            "masked": "-".join(groups)}[style]


def corporate(rng: random.Random) -> str:
    body = digits(rng, 12)
    return cn.calc_check_digit(body) + body


def contract_like_my_number(rng: random.Random) -> str:
    """A 契約番号 of twelve digits that happens to pass the My Number check."""
    return my_number(rng)


def policy_like_phone(rng: random.Random) -> str:
    """A 証券番号 written 0X-XXXX-XXXX."""
    return f"0{rng.randint(1, 9)}-{digits(rng, 4)}-{digits(rng, 4)}"
