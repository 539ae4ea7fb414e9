"""Identifiers of the sixth corpus, with valid check digits where one is defined
(../shared/IDENTIFIERS.md), and the numbers offices give things of their own."""

from __future__ import annotations

import string

from stdnum import luhn
from stdnum.jp import cn, in_


def _digits(rng, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def my_number(rng) -> str:
    body = _digits(rng, 11)
    return body + in_.calc_check_digit(body)


def corporate_number(rng) -> str:
    body = _digits(rng, 12)
    return cn.calc_check_digit(body) + body


def luhn_complete(body: str) -> str:
    return body + luhn.calc_check_digit(body)


def card(rng) -> str:
    head = rng.choice(["35" + str(rng.randint(28, 89)), "4" + _digits(rng, 3),
                       "5" + str(rng.randint(1, 5)) + _digits(rng, 2)])
    return luhn_complete(head + _digits(rng, 11))


def card_as(number: str, style: str) -> str:
    groups = [number[i:i + 4] for i in range(0, 16, 4)]
    return {"space": " ".join(groups), "hyphen": "-".join(groups), "bare": number,
            "masked": "-".join(groups)}[style]


def licence(rng) -> str:
    head = rng.choice(["30", "45", "62", "11", "81", "93", "50", "73"]) + f"{rng.randint(0, 99):02d}" + _digits(rng, 6)
    total = sum(int(d) * w for d, w in zip(head, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
    return head + str((11 - total % 11) % 10) + str(rng.randint(0, 2))


def passport(rng) -> str:
    return rng.choice(["TK", "TS", "MU", "TR", "TZ", "MZ"]) + _digits(rng, 7)


def foreign_passport(rng, letters: str) -> str:
    """Another country's booklet number: its own letters and digit count."""
    if letters.isdigit():
        return letters + _digits(rng, 8)
    return letters + _digits(rng, 7 if letters in ("C", "B", "E", "K") else 8 if letters == "P" else 6)


def residence_card(rng) -> str:
    letters = string.ascii_uppercase
    head, tail = (rng.choice(letters) + rng.choice(letters) for _ in range(2))
    return head + _digits(rng, 8) + tail


def pension(rng) -> str:
    return f"{rng.randint(1000, 9999)}-{_digits(rng, 6)}"


def employment_insurance(rng) -> str:
    return f"{rng.randint(1000, 9999)}-{_digits(rng, 6)}-{rng.randint(0, 9)}"


def insurer(rng) -> str:
    """保険者番号: 8 digits (法別 + prefecture + insurer), Luhn check."""
    law = rng.choice(["01", "06", "31", "32", "34", "63"])
    return luhn_complete(law + f"{rng.randint(1, 47):02d}" + _digits(rng, 3))


def resident_code(rng) -> str:
    return _digits(rng, 11)


def account(rng) -> str:
    return str(rng.randint(1, 9)) + _digits(rng, 6)


def yucho(rng) -> str:
    return f"1{_digits(rng, 3)}0-{_digits(rng, 7)}1"


def digits(rng, n: int) -> str:
    return _digits(rng, n)


def chassis(rng) -> str:
    """車台番号 as printed on a 車検証: a model code and a serial."""
    return rng.choice(["ZWR90", "MXPA10", "GP7", "JF3", "DBA-NRE210", "ZVW55"]) + "-" + _digits(rng, 7)
