"""Identifiers written as an office writes them, each with its check where it has one:
My Number, licence, card (Luhn and issuer range), 保険者番号 (Luhn), pension, employment
insurance, passport, residence card, bank account; and births in the forms people write."""

from __future__ import annotations

import random
from datetime import date, timedelta

import phonenumbers
from stdnum import luhn
from stdnum.jp import cn, in_

from benchmarks.corpus16.model import Mark, val

LICENCE_OFFICES = ["10", "11", "20", "23", "30", "41", "45", "50", "53", "62", "71", "80", "91", "96"]
PASSPORT_LETTERS = ["TK", "TZ", "MU", "RA", "TS", "NE", "TH"]
CARD_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ERAS = [("令和", "R", date(2019, 5, 1)), ("平成", "H", date(1989, 1, 8)), ("昭和", "S", date(1926, 12, 25))]
KANJI = "〇一二三四五六七八九"
LANDLINES = ["03", "06", "011", "022", "025", "045", "052", "075", "082", "086", "092", "096", "099", "0263",
             "0276", "0548", "0854", "0940", "0997"]
MOBILES = ["090", "080", "070"]


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def my_number_digits(rng: random.Random) -> str:
    body = digits(rng, 11)
    return body + in_.calc_check_digit(body)


def my_number(rng: random.Random) -> Mark:
    n = my_number_digits(rng)
    style = rng.randrange(3)
    text = n if style == 0 else f"{n[:4]} {n[4:8]} {n[8:]}" if style == 1 else f"{n[:4]}-{n[4:8]}-{n[8:]}"
    return val("MY_NUMBER", text)


def licence(rng: random.Random) -> Mark:
    head = rng.choice(LICENCE_OFFICES) + f"{rng.randrange(70, 120) % 100:02d}" + digits(rng, 6)
    total = sum(int(d) * w for d, w in zip(head, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
    number = head + str((11 - total % 11) % 10) + str(rng.choice("0001"))
    return val("DRIVERS_LICENSE", number if rng.random() < 0.7 else f"第{number}号")


def luhn_complete(body: str) -> str:
    return body + luhn.calc_check_digit(body)


def card(rng: random.Random) -> Mark:
    kind = rng.randrange(4)
    if kind == 3:
        number = luhn_complete(rng.choice(["34", "37"]) + digits(rng, 12))
        return val("CREDIT_CARD", f"{number[:4]} {number[4:10]} {number[10:]}")
    head = ["4", f"{rng.randrange(3528, 3590)}", f"5{rng.randrange(1, 6)}"][kind]
    number = luhn_complete(head + digits(rng, 15 - len(head)))
    sep = rng.choice([" ", "-", ""])
    return val("CREDIT_CARD", sep.join(number[i:i + 4] for i in range(0, 16, 4)))


def insurer(rng: random.Random) -> Mark:
    body = rng.choice(["01", "06", "31", "32", "34", "63"]) + f"{rng.randrange(1, 48):02d}" + digits(rng, 3)
    return val("HEALTH_INSURANCE_NUMBER", luhn_complete(body))


def pension(rng: random.Random) -> Mark:
    n = digits(rng, 10)
    return val("BASIC_PENSION_NUMBER", f"{n[:4]}-{n[4:]}" if rng.random() < 0.75 else n)


def employment(rng: random.Random) -> Mark:
    n = digits(rng, 11)
    return val("EMPLOYMENT_INSURANCE_NUMBER", f"{n[:4]}-{n[4:10]}-{n[10]}")


def passport(rng: random.Random) -> Mark:
    return val("PASSPORT", rng.choice(PASSPORT_LETTERS) + digits(rng, 7))


def residence_card(rng: random.Random) -> Mark:
    two = lambda: "".join(rng.choice(CARD_LETTERS) for _ in range(2))  # noqa: E731
    return val("RESIDENCE_CARD", two() + digits(rng, 8) + two())


def account(rng: random.Random) -> Mark:
    if rng.random() < 0.2:
        return val("BANK_ACCOUNT", f"1{digits(rng, 3)}0-{digits(rng, 7)}1")
    return val("BANK_ACCOUNT", digits(rng, 7))


def phone(rng: random.Random, mobile: bool | None = None) -> Mark:
    """A number valid in the plan (checked, drawn again until it is)."""
    while True:
        if mobile if mobile is not None else rng.random() < 0.5:
            text = f"{rng.choice(MOBILES)}-{rng.randrange(1000, 10000)}-{digits(rng, 4)}"
        else:
            area = rng.choice(LANDLINES)
            local = 6 - len(area)
            text = f"{area}-{rng.randrange(2, 10)}{digits(rng, local - 1)}-{digits(rng, 4)}"
        if phonenumbers.is_valid_number(phonenumbers.parse(text.replace("-", ""), "JP")):
            return val("PHONE", text)


def birthday(rng: random.Random, first: int = 1938, last: int = 2012) -> date:
    start = date(first, 1, 1)
    return start + timedelta(days=rng.randrange((date(last, 12, 31) - start).days))


def kanji_digits(n: int) -> str:
    if n < 10:
        return KANJI[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else KANJI[tens]) + "十" + (KANJI[ones] if ones else "")


def era_of(day: date) -> tuple[str, str, int]:
    for name, letter, start in ERAS:
        if day >= start:
            return name, letter, day.year - start.year + 1
    raise ValueError(day)


def birth_text(day: date, style: int) -> str:
    name, letter, year = era_of(day)
    y = "元" if year == 1 else str(year)
    return [f"{day.year}年{day.month}月{day.day}日", f"{day.year}/{day.month:02d}/{day.day:02d}",
            f"{day.year}-{day.month}-{day.day}", f"{name}{y}年{day.month}月{day.day}日",
            f"{letter}{year}.{day.month}.{day.day}", f"{name[0]}{year}.{day.month:02d}.{day.day:02d}",
            f"{name}{kanji_digits(year)}年{kanji_digits(day.month)}月{kanji_digits(day.day)}日",
            f"{day.year}{day.month:02d}{day.day:02d}", f"{day.year}.{day.month}.{day.day}"][style]


def birth(day: date, style: int) -> Mark:
    return val("DATE_OF_BIRTH", birth_text(day, style), date=day.isoformat())


def corporate_number(rng: random.Random) -> str:
    body = digits(rng, 12)
    return cn.calc_check_digit(body) + body


def slip_with_my_number_check(rng: random.Random) -> str:
    """A 12-digit key that happens to pass the My Number check."""
    return my_number_digits(rng)


def luhn_serial(rng: random.Random) -> str:
    """A 16-digit serial outside every card issuer's range that passes Luhn."""
    return luhn_complete(rng.choice("789") + digits(rng, 14))
