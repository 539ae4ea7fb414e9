"""Identifiers of corpus 27 with their check digits (python-stdnum), the look-alikes that share
their shapes, and the ways its offices write a birthday."""

from __future__ import annotations

from datetime import date

from stdnum import luhn
from stdnum.jp import cn, in_

ERAS = [("令和", "R", date(2019, 5, 1)), ("平成", "H", date(1989, 1, 8)), ("昭和", "S", date(1926, 12, 25)),
        ("大正", "T", date(1912, 7, 30))]
KANJI_DIGITS = "〇一二三四五六七八九"
LICENCE_PLACES = ["30", "45", "46", "50", "54", "62", "71", "80", "91", "22", "12"]
PASSPORT_SERIES = ["TK", "TR", "TZ", "MZ", "TS", "FB", "XS"]
CARD_PREFIXES = ["3540", "3566", "4980", "4539", "5250", "5412", "3569"]
BANKS = [("みずほ銀行", "0001"), ("三井住友銀行", "0009"), ("静岡銀行", "0149"), ("群馬銀行", "0128"),
         ("大垣共立銀行", "0152"), ("常陽銀行", "0130"), ("十六銀行", "0153"), ("りそな銀行", "0010"),
         ("百五銀行", "0154"), ("千葉銀行", "0134")]
BRANCHES = ["本店営業部", "駅前支店", "中央支店", "東支店", "西口支店", "南支店", "市役所前出張所", "北町支店"]
INSURERS = ["0613", "0623", "3112", "3122", "0113", "0622", "3413", "0627"]


def digits(rng, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def my_number(rng, spaced: str = "") -> str:
    body = digits(rng, 11)
    number = body + in_.calc_check_digit(body)
    return spaced.join((number[:4], number[4:8], number[8:])) if spaced else number


def corporate_number(rng) -> str:
    body = digits(rng, 12)
    return cn.calc_check_digit(body) + body


def licence(rng) -> str:
    head = rng.choice(LICENCE_PLACES) + f"{rng.randint(75, 99) if rng.random() < 0.6 else rng.randint(0, 22):02d}" + \
        digits(rng, 6)
    total = sum(int(d) * w for d, w in zip(head, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
    return head + str((11 - total % 11) % 10) + str(rng.choice([0, 0, 0, 1, 2]))


def passport(rng) -> str:
    return rng.choice(PASSPORT_SERIES) + digits(rng, 7)


def residence_card(rng) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return "".join(rng.choice(letters) for _ in range(2)) + digits(rng, 8) + \
        "".join(rng.choice(letters) for _ in range(2))


def pension(rng) -> str:
    return f"{rng.randint(1000, 9999)}-{digits(rng, 6)}"


def employment_insurance(rng) -> str:
    return f"{rng.randint(1000, 9999)}-{digits(rng, 6)}-{rng.randint(0, 9)}"


def insurer(rng) -> str:
    """A 保険者番号 of eight digits, the last a Luhn check."""
    body = rng.choice(INSURERS) + digits(rng, 3)
    return body + luhn.calc_check_digit(body)


def card(rng, sep: str = "-") -> str:
    body = rng.choice(CARD_PREFIXES) + digits(rng, 11)
    number = body + luhn.calc_check_digit(body)
    return sep.join(number[i:i + 4] for i in range(0, 16, 4))


def luhn_code(rng, length: int = 13) -> str:
    """A product or device code that passes Luhn (a JAN-like or IMEI-like number, no card issuer's range)."""
    body = rng.choice(["20", "26", "29", "01", "86"]) + digits(rng, length - 3)
    return body + luhn.calc_check_digit(body)


def account(rng) -> str:
    return digits(rng, 7)


def bank(rng) -> tuple[str, str]:
    name, _ = rng.choice(BANKS)
    return name, rng.choice(BRANCHES)


def era(day: date) -> tuple[str, str, int]:
    for name, letter, start in ERAS:
        if day >= start:
            return name, letter, day.year - start.year + 1
    raise ValueError(day)


def kanji_number(n: int) -> str:
    tens, ones = divmod(n, 10)
    return ("" if tens == 0 else ("十" if tens == 1 else KANJI_DIGITS[tens] + "十")) + ("" if ones == 0 else KANJI_DIGITS[ones])


def birthday(day: date, style: int) -> str:
    """Eight ways of writing one birthday, chosen by style."""
    name, letter, year = era(day)
    y = "元" if year == 1 else str(year)
    forms = [f"{name}{y}年{day.month}月{day.day}日", f"{letter}{year}.{day.month}.{day.day}",
             f"{day.year}/{day.month:02d}/{day.day:02d}", f"{day.year}年{day.month}月{day.day}日",
             f"{letter}{year:02d}/{day.month:02d}/{day.day:02d}", f"{day.year}-{day.month:02d}-{day.day:02d}",
             f"{name}{kanji_number(year)}年{kanji_number(day.month)}月{kanji_number(day.day)}日",
             f"{day.year}.{day.month}.{day.day}"]
    return forms[style % len(forms)]


def number_with_my_number_check(rng) -> str:
    """A 受付番号 or 伝票番号 of twelve digits that happens to pass the My Number check."""
    body = "2026" + digits(rng, 7)
    return body + in_.calc_check_digit(body)
