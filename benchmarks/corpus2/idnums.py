"""Made-up identifiers with the check digits of /work/shared/IDENTIFIERS.md, and
numbers that look like them (order numbers passing the My Number check, JAN codes,
Luhn-valid ledger numbers) for the look-alikes."""

from __future__ import annotations

import random

from stdnum import ean, luhn
from stdnum.jp import cn as corporate
from stdnum.jp import in_ as individual

LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def my_number(rng: random.Random) -> str:
    body = digits(rng, 11)
    return body + individual.calc_check_digit(body)


def corporate_number(rng: random.Random) -> str:
    body = digits(rng, 12)
    return corporate.calc_check_digit(body) + body


def card_number(rng: random.Random) -> str:
    """JCB (3528-3589), Visa, Mastercard (51-55) of 16 digits, American Express (15),
    Diners (14): issuer ranges as cards carry them; Luhn-valid."""
    prefix, length = rng.choice([(str(rng.randint(3528, 3589)), 16), ("4", 16), (str(rng.randint(51, 55)), 16),
                                 (rng.choice(["34", "37"]), 15), ("36", 14)])
    body = prefix + digits(rng, length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def insurer_number(rng: random.Random) -> str:
    """保険者番号: 法別番号 + prefecture + insurer + Luhn check (8 digits)."""
    body = rng.choice(["01", "06", "31", "32", "34", "39"]) + f"{rng.randint(1, 47):02d}" + digits(rng, 3)
    return body + luhn.calc_check_digit(body)


def drivers_license(rng: random.Random) -> str:
    """PP YY SSSSSS C R with the (unverified) weights 5,4,3,2,7,6,5,4,3,2."""
    body = rng.choice(["30", "45", "62", "11", "50", "91"]) + digits(rng, 8)
    total = sum(int(d) * w for d, w in zip(body, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
    return body + str((11 - total % 11) % 10) + rng.choice("0001")


def pension_number(rng: random.Random) -> str:
    return f"{rng.randint(1000, 9999)}{digits(rng, 6)}"


def employment_insurance_number(rng: random.Random) -> str:
    return f"{rng.randint(1000, 9999)}{digits(rng, 7)}"


def resident_record_code(rng: random.Random) -> str:
    return digits(rng, 11)


def passport(rng: random.Random) -> str:
    return rng.choice(["TK", "TZ", "MZ", "TR", "TS", "RE"]) + digits(rng, 7)


def residence_card(rng: random.Random) -> str:
    return "".join(rng.choice(LETTERS) for _ in range(2)) + digits(rng, 8) + \
        "".join(rng.choice(LETTERS) for _ in range(2))


def bank_account(rng: random.Random) -> str:
    return str(rng.randint(1, 9)) + digits(rng, 6)


def yucho(rng: random.Random) -> tuple[str, str]:
    """ゆうちょ 記号 (5 digits, 1xxx0) and 番号 (8 digits ending in 1)."""
    return f"1{digits(rng, 3)}0", f"{digits(rng, 7)}1"


def order_number_like_my_number(rng: random.Random) -> str:
    return my_number(rng)


def jan_code(rng: random.Random) -> str:
    body = "49" + digits(rng, 10)
    return body + ean.calc_check_digit(body)


def luhn_ledger_number(rng: random.Random) -> str:
    """A 16-digit internal number that happens to pass Luhn (伝票番号, 管理番号)."""
    body = "20" + digits(rng, 13)
    return body + luhn.calc_check_digit(body)


def grouped(number: str, sizes: tuple[int, ...], sep: str = "-") -> str:
    out, start = [], 0
    for size in sizes:
        out.append(number[start:start + size])
        start += size
    return sep.join(out)
