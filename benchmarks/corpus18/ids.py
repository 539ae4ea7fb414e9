"""Corpus 18's identifiers, made fresh: valid check digits (My Number, licence, card
Luhn, 保険者番号), phones inside the numbering plan, births that are real days and
written in the ways offices write them."""

from __future__ import annotations

import random
from datetime import date, timedelta

import phonenumbers
from stdnum import luhn

KANJI = "〇一二三四五六七八九"


def mynumber_digits(rng: random.Random) -> str:
    body = "".join(rng.choice("0123456789") for _ in range(11))
    r = sum(int(d) * w for d, w in zip(body, (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2))) % 11
    return body + str(0 if r <= 1 else 11 - r)


def my_number(rng: random.Random) -> str:
    digits = mynumber_digits(rng)
    return rng.choice([digits, f"{digits[:4]} {digits[4:8]} {digits[8:]}", f"{digits[:4]}-{digits[4:8]}-{digits[8:]}"])


def corporate_number(rng: random.Random) -> str:
    body = "".join(rng.choice("0123456789") for _ in range(12))
    total = sum(int(d) * (1 if i % 2 == 0 else 2) for i, d in enumerate(reversed(body)))
    return str(9 - total % 9) + body


LICENCE_OFFICES = ["10", "11", "20", "22", "30", "43", "45", "46", "50", "52", "61", "62", "71", "80", "91", "93"]


def licence(rng: random.Random) -> str:
    first = rng.choice(LICENCE_OFFICES) + f"{rng.randint(0, 99):02d}" + f"{rng.randint(0, 999999):06d}"
    total = sum(int(d) * w for d, w in zip(first, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
    return first + str((11 - total % 11) % 10) + rng.choice("0001")


def luhn_complete(body: str) -> str:
    return body + luhn.calc_check_digit(body)


def card(rng: random.Random) -> str:
    prefix = rng.choice([str(rng.randint(3528, 3589)), "4" + str(rng.randint(100, 999)), str(rng.randint(51, 55)) + "12"])
    digits = luhn_complete(prefix + "".join(rng.choice("0123456789") for _ in range(11)))
    return rng.choice([digits, " ".join(digits[i:i + 4] for i in range(0, 16, 4)),
                       "-".join(digits[i:i + 4] for i in range(0, 16, 4))])


def insurer(rng: random.Random) -> str:
    """保険者番号: 8 digits (法別 + prefecture + insurer + Luhn) or 国保's 6."""
    if rng.random() < 0.25:
        return luhn_complete(f"{rng.randint(1, 47):02d}{rng.randint(0, 999):03d}")
    law = rng.choice(["01", "06", "31", "32", "34", "39", "63", "67"])
    return luhn_complete(law + f"{rng.randint(1, 47):02d}{rng.randint(0, 999):03d}")


def pension(rng: random.Random) -> str:
    office = f"{rng.randint(1000, 6999)}"
    serial = f"{rng.randint(0, 999999):06d}"
    return rng.choice([f"{office}-{serial}", f"{office} {serial}", office + serial])


def employment(rng: random.Random) -> str:
    return f"{rng.randint(1000, 9999)}-{rng.randint(0, 999999):06d}-{rng.randint(0, 9)}"


def passport(rng: random.Random) -> str:
    return rng.choice(["TK", "TR", "TZ", "MU", "TH", "RE", "TS"]) + f"{rng.randint(0, 9999999):07d}"


def residence_card(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return (rng.choice(letters) + rng.choice(letters) + f"{rng.randint(0, 99999999):08d}" + rng.choice(letters)
            + rng.choice(letters))


BANKS = ["みずなみ銀行", "東和銀行", "さくら台信用金庫", "ひかり銀行", "瀬戸内第一銀行", "北陸中央銀行"]
BRANCHES = ["本店営業部", "駅前支店", "中央支店", "北口支店", "港支店", "緑町支店"]


def account(rng: random.Random) -> str:
    """A bank account as the books write it: kind and number, sometimes the branch code."""
    number = f"{rng.randint(0, 9999999):07d}"
    return rng.choice([f"普通 {number}", f"普通預金 {number}", f"当座 {number}",
                       f"{rng.randint(100, 899):03d}-{number}", f"普通{rng.randint(100, 899):03d}-{number}"])


MOBILE = ["090", "080", "070"]
FIXED_AREAS = [("03", 4), ("06", 4), ("011", 3), ("022", 3), ("025", 3), ("045", 3), ("052", 3), ("075", 3),
               ("078", 3), ("082", 3), ("092", 3), ("086", 3), ("099", 3), ("0285", 2), ("0749", 2), ("0598", 2)]


def phone(rng: random.Random, mobile: float = 0.5) -> str:
    """A number inside the numbering plan (drawn again until phonenumbers agrees)."""
    while True:
        text = _phone(rng, mobile)
        if phonenumbers.is_valid_number(phonenumbers.parse("".join(c for c in text if c.isdigit()), "JP")):
            return text


def _phone(rng: random.Random, mobile: float) -> str:
    if rng.random() < mobile:
        head = rng.choice(MOBILE)
        middle = f"{rng.randint(1000, 9999)}"
        tail = f"{rng.randint(0, 9999):04d}"
        return rng.choice([f"{head}-{middle}-{tail}", f"{head}{middle}{tail}", f"{head}({middle}){tail}"])
    area, width = rng.choice(FIXED_AREAS)
    low = 10 ** (width - 1) * 2
    middle = str(rng.randint(low, 10 ** width - 1))
    tail = f"{rng.randint(0, 9999):04d}"
    return rng.choice([f"{area}-{middle}-{tail}", f"{area}({middle}){tail}", f"{area}-{middle}-{tail}"])


def birthday(rng: random.Random, old: int = 1935, young: int = 2008) -> date:
    start = date(old, 1, 1)
    return start + timedelta(days=rng.randint(0, (date(young, 12, 31) - start).days))


ERAS = [("令和", "R", date(2019, 5, 1)), ("平成", "H", date(1989, 1, 8)), ("昭和", "S", date(1926, 12, 25))]


def era_of(day: date) -> tuple[str, str, int]:
    for name, letter, start in ERAS:
        if day >= start:
            return name, letter, day.year - start.year + 1
    raise ValueError(day)


def kanji_number(n: int) -> str:
    tens, ones = divmod(n, 10)
    return ("" if tens == 0 else ("十" if tens == 1 else KANJI[tens] + "十")) + ("" if ones == 0 and tens else KANJI[ones])


def written(day: date, style: str) -> str:
    name, letter, year = era_of(day)
    era_year = "元" if year == 1 else str(year)
    return {
        "west": f"{day.year}年{day.month}月{day.day}日",
        "slash": f"{day.year}/{day.month:02d}/{day.day:02d}",
        "dash": f"{day.year}-{day.month:02d}-{day.day:02d}",
        "era": f"{name}{era_year}年{day.month}月{day.day}日",
        "letter": f"{letter}{year:02d}.{day.month:02d}.{day.day:02d}",
        "short": f"{name[0]}{year}.{day.month}.{day.day}",
        "kanji": f"{name}{'元' if year == 1 else kanji_number(year)}年{kanji_number(day.month)}月{kanji_number(day.day)}日",
        "packed": f"{day.year}{day.month:02d}{day.day:02d}",
    }[style]


STYLES = ["west", "slash", "dash", "era", "letter", "short", "kanji", "packed"]


def birth(rng: random.Random, styles=STYLES, old: int = 1935, young: int = 2008) -> tuple[str, str]:
    """(the birth as written, its ISO day)."""
    day = birthday(rng, old, young)
    return written(day, rng.choice(styles)), day.isoformat()
