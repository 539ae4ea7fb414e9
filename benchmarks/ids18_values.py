"""Synthetic identifier values both ids18 corpora draw (numbers and their check digits only,
no words, no layout): My Number, basic pension (4-6), employment insurance (4-6-1), driving
licence, passport, residence card, bank and ゆうちょ accounts, credit cards (Luhn), insurer
numbers (Luhn), and the writings a hand gives a number: full-width digits, dash variants."""

from __future__ import annotations

import random

from stdnum import luhn

from benchmarks.ids5_formats import Numbers
from benchmarks.travel9_values import TravelNumbers

WIDE = str.maketrans("0123456789-", "０１２３４５６７８９－")
DASHES = ("-", "‐", "－", "―", "ー", " ")


class IdValues(Numbers, TravelNumbers):
    def __init__(self, rng: random.Random) -> None:
        Numbers.__init__(self, rng)

    def pension(self) -> str:
        return f"{self.rng.randint(1, 9)}{self.digits(9)}"

    def insured(self) -> str:
        return f"{self.rng.randint(1, 9)}{self.digits(10)}"

    def account(self) -> str:
        return f"{self.rng.randint(1, 9)}{self.digits(6)}"

    def card(self) -> str:
        prefix = self.pick(["4", "5" + str(self.rng.randint(1, 5)), str(self.rng.randint(3528, 3589))])
        body = prefix + self.digits(15 - len(prefix))
        return body + luhn.calc_check_digit(body)

    def insurer(self) -> str:
        body = self.pick(["01", "06", "31", "32", "34", "39"]) + f"{self.rng.randint(1, 47):02d}" + self.digits(3)
        return body + luhn.calc_check_digit(body)

    def passing_my_number(self) -> str:
        """An order or serial number that passes the My Number check (nobody's)."""
        return self.my_number()

    def dash(self) -> str:
        return self.pick(DASHES)


def wide(text: str) -> str:
    """Full-width digits and hyphen, as a hand types them in a Japanese IME."""
    return text.translate(WIDE)


def grouped(digits: str, sizes: tuple[int, ...], dash: str = "-") -> str:
    out, at = [], 0
    for size in sizes:
        out.append(digits[at:at + size])
        at += size
    return dash.join(out)
