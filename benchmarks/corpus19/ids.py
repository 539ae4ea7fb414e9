"""Identifiers with their check digits (My Number, 法人番号, licence, card Luhn,
保険者番号) and the numbers that merely look like them."""

from __future__ import annotations

import random
import string

from stdnum import luhn
from stdnum.jp import cn, in_

LICENCE_AREAS = [30, 44, 45, 46, 47, 48, 51, 53, 62, 64, 71, 82, 91, 10, 22]
CARD_PREFIXES = ["3541", "3566", "4", "4", "52", "54", "37"]
INSURER_HEADS = ["01", "06", "31", "32", "34", "39", "67"]  # 法別番号
BANKS = [("0005", "三菱UFJ銀行"), ("0009", "三井住友銀行"), ("0001", "みずほ銀行"), ("0138", "横浜銀行"),
         ("0157", "静岡銀行"), ("0169", "広島銀行"), ("0177", "福岡銀行"), ("0143", "千葉銀行")]


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def my_number(rng: random.Random, style: int | None = None) -> str:
    body = str(rng.randint(1, 9)) + digits(rng, 10)
    number = body + in_.calc_check_digit(body)
    style = rng.randint(0, 3) if style is None else style
    spaced, dashed = f"{number[:4]} {number[4:8]} {number[8:]}", f"{number[:4]}-{number[4:8]}-{number[8:]}"
    return [number, spaced, dashed, number][style]


def key_passing_my_number(rng: random.Random) -> str:
    """A 12-digit key (an order, a member, a parcel) that happens to pass the check."""
    body = rng.choice(["2026", "1100", "8800", "3170"]) + digits(rng, 7)
    return body + in_.calc_check_digit(body)


def corporate_number(rng: random.Random) -> str:
    body = str(rng.randint(1, 9)) + digits(rng, 11)
    return cn.calc_check_digit(body) + body


def licence(rng: random.Random) -> str:
    head = f"{rng.choice(LICENCE_AREAS):02d}{rng.randint(70, 99) if rng.random() < 0.7 else rng.randint(0, 19):02d}" + \
        digits(rng, 6)
    total = sum(int(d) * w for d, w in zip(head, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
    return head + str((11 - total % 11) % 10) + str(rng.randint(0, 2))


def card(rng: random.Random, spaced: bool = True) -> str:
    prefix = rng.choice(CARD_PREFIXES)
    length = 15 if prefix == "37" else 16
    body = prefix + digits(rng, length - len(prefix) - 1)
    number = body + luhn.calc_check_digit(body)
    if not spaced:
        return number
    if length == 15:
        return f"{number[:4]} {number[4:10]} {number[10:]}"
    sep = rng.choice([" ", "-"])
    return sep.join(number[i:i + 4] for i in range(0, 16, 4))


def luhn_code(rng: random.Random, length: int = 16) -> str:
    """A serial or a gift-card code passing Luhn, not a card."""
    body = rng.choice(["9", "8", "2"]) + digits(rng, length - 2)
    return body + luhn.calc_check_digit(body)


def insurer(rng: random.Random, kokuho: bool = False) -> str:
    body = digits(rng, 5) if kokuho else rng.choice(INSURER_HEADS) + f"{rng.randint(1, 47):02d}" + digits(rng, 3)
    if kokuho:
        body = f"{rng.randint(1, 47):02d}" + digits(rng, 3)
    return body + luhn.calc_check_digit(body)


def pension(rng: random.Random) -> str:
    number = f"{rng.randint(1000, 9999)}{digits(rng, 6)}"
    return rng.choice([f"{number[:4]}-{number[4:]}", number])


def employment_insurance(rng: random.Random) -> str:
    return f"{rng.randint(1000, 9999)}-{digits(rng, 6)}-{rng.randint(0, 9)}"


def passport(rng: random.Random) -> str:
    return rng.choice(["TR", "TK", "MZ", "TZ", "RE"]) + digits(rng, 7)


def residence_card(rng: random.Random) -> str:
    letters = string.ascii_uppercase
    return rng.choice(letters) + rng.choice(letters) + digits(rng, 8) + rng.choice(letters) + rng.choice(letters)


def bank_account(rng: random.Random) -> tuple[str, str, str]:
    """(bank name, branch written, account number)."""
    code, name = rng.choice(BANKS)
    return name, f"{rng.choice(['本店', '駅前支店', '中央支店', '東支店', '北口出張所'])}（{rng.randint(100, 899)}）", digits(rng, 7)


def yucho(rng: random.Random) -> str:
    return f"1{digits(rng, 4)}-{rng.randint(1, 9)}{digits(rng, 7)}"
