"""Synthetic passport and residence-card numbers both travel9 corpora draw (shapes and
check digits only, no words): a Japanese passport's 2 letters + 7 digits, the shapes
other countries issue, a residence card's AB12345678CD, and a passport's MRZ lines
(ICAO 9303 TD3) with their check digits."""

from __future__ import annotations

import random
import string

from detectors.jp.travel_documents import mrz_check_digit


class TravelNumbers:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def pick(self, items):
        return self.rng.choice(items)

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def letters(self, n: int) -> str:
        return "".join(self.rng.choice(string.ascii_uppercase) for _ in range(n))

    def japanese_passport(self) -> str:
        return self.pick(["TR", "TK", "MZ", "TZ", "RE"]) + self.digits(7)

    def foreign_passport(self) -> str:
        """Shapes other countries issue: 1 letter + 7 digits, 1 letter + 8, 2 letters + 7,
        1 letter + 7 digits + 1 letter."""
        return self.pick([self.letters(1) + self.digits(7), self.letters(1) + self.digits(8),
                          self.letters(2) + self.digits(7), self.letters(1) + self.digits(7) + self.letters(1)])

    def residence_card(self) -> str:
        return self.letters(2) + self.digits(8) + self.letters(2)

    def mrz(self, number: str, nation: str, surname: str, given: str) -> list[str]:
        """The two MRZ lines of a passport's data page (TD3, 44 characters each)."""
        birth, expiry = f"{self.rng.randint(70, 99)}{self.rng.randint(1, 12):02d}{self.rng.randint(1, 28):02d}", \
            f"{self.rng.randint(28, 35)}{self.rng.randint(1, 12):02d}{self.rng.randint(1, 28):02d}"
        field = number.ljust(9, "<")
        first = f"P<{nation}{surname}<<{given.replace(' ', '<')}".ljust(44, "<")[:44]
        second = (f"{field}{mrz_check_digit(field)}{nation}{birth}{mrz_check_digit(birth)}{self.pick('MF')}"
                  f"{expiry}{mrz_check_digit(expiry)}").ljust(42, "<") + "00"
        return [first, second]


def spaced(card: str) -> str:
    """A residence card written in groups: AB 1234 5678 CD."""
    return f"{card[:2]} {card[2:6]} {card[6:10]} {card[10:]}"


def hyphened(card: str) -> str:
    return f"{card[:2]}-{card[2:6]}-{card[6:10]}-{card[10:]}"
