"""Corpus 20's numbers: identifiers with their check digits, phones in the numbering plan,
births as real days written many ways, and the look-alike numbers beside them."""

from __future__ import annotations

import random
from datetime import date, timedelta

import phonenumbers
from stdnum import luhn
from stdnum.jp import cn, in_

_WIDE = str.maketrans("0123456789-", "０１２３４５６７８９－")
_KANJI = "〇一二三四五六七八九"


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def my_number(rng: random.Random) -> str:
    body = str(rng.randint(1, 9)) + digits(rng, 10)
    return body + in_.calc_check_digit(body)


def corporate(rng: random.Random) -> str:
    body = str(rng.randint(1, 9)) + digits(rng, 11)
    return cn.calc_check_digit(body) + body


def licence(rng: random.Random) -> str:
    head = rng.choice(["30", "44", "45", "46", "50", "53", "62", "64", "71", "81", "92", "12", "21"])
    first = head + f"{rng.randint(0, 99):02d}" + digits(rng, 6)
    total = sum(int(d) * w for d, w in zip(first, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
    return first + str((11 - total % 11) % 10) + str(rng.choice("0001"))


def luhn_tail(body: str) -> str:
    return body + luhn.calc_check_digit(body)


def card(rng: random.Random) -> str:
    kind = rng.choice(["jcb", "visa", "master", "amex", "diners"])
    if kind == "jcb":
        return luhn_tail(str(rng.randint(3528, 3589)) + digits(rng, 11))
    if kind == "visa":
        return luhn_tail("4" + digits(rng, 14))
    if kind == "master":
        return luhn_tail(str(rng.randint(51, 55)) + digits(rng, 13))
    if kind == "amex":
        return luhn_tail(rng.choice(["34", "37"]) + digits(rng, 12))
    return luhn_tail("36" + digits(rng, 11))


def card_text(rng: random.Random, number: str) -> str:
    if len(number) == 16:
        groups = [number[i:i + 4] for i in range(0, 16, 4)]
        return rng.choice([" ", "-", ""]).join(groups)
    return number[:4] + "-" + number[4:10] + "-" + number[10:] if len(number) == 15 else number


def insurer(rng: random.Random) -> str:
    law = rng.choice(["01", "06", "31", "32", "33", "34", "63", "67"])
    return luhn_tail(law + f"{rng.randint(1, 47):02d}" + digits(rng, 3))


def pension(rng: random.Random, sep: str = "-") -> str:
    return f"{rng.randint(1000, 9999)}{sep}{digits(rng, 6)}"


def employment(rng: random.Random, sep: str = "-") -> str:
    return f"{rng.randint(1000, 9999)}{sep}{digits(rng, 6)}{sep}{rng.randint(0, 9)}"


def passport(rng: random.Random) -> str:
    return rng.choice(["TK", "TR", "TZ", "MU", "TH", "RE"]) + digits(rng, 7)


def residence(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rng.choice(letters) + rng.choice(letters) + digits(rng, 8) + rng.choice(letters) + rng.choice(letters)


def account(rng: random.Random) -> str:
    return str(rng.randint(1, 9)) + digits(rng, 6)


_AREAS = ["3", "6", "52", "11", "92", "75", "45", "22", "82", "48", "43", "54", "53", "95", "99", "86", "27",
          "258", "268", "744", "982", "942", "263", "466", "567", "857", "875"]


def phone(rng: random.Random, mobile: bool | None = None) -> str:
    """A number valid in the plan, written with hyphens (the writer may change that)."""
    while True:
        if mobile or (mobile is None and rng.random() < 0.45):
            text = f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{digits(rng, 4)}"
        elif rng.random() < 0.08:
            text = f"050-{rng.randint(1000, 9999)}-{digits(rng, 4)}"
        else:
            area = rng.choice(_AREAS)
            exchange = {1: 4, 2: 3, 3: 2}[len(area)]
            text = f"0{area}-{rng.randint(2, 9)}{digits(rng, exchange - 1)}-{digits(rng, 4)}"
        if phonenumbers.is_valid_number(phonenumbers.parse(text.replace("-", ""), "JP")):
            return text


def phone_style(rng: random.Random, text: str) -> str:
    style = rng.random()
    if style < 0.12:
        return text.replace("-", "")
    if style < 0.2:
        return text.translate(_WIDE)
    if style < 0.28 and not text.startswith(("090", "080", "070", "050")):
        head, rest = text.split("-", 1)
        return f"({head}){rest}"
    if style < 0.33:
        return "+81-" + text[1:]
    return text


def postal(rng: random.Random) -> str:
    return f"{rng.randint(1, 999):03d}-{digits(rng, 4)}"


def birth(rng: random.Random, young: int = 18, old: int = 85) -> date:
    start = date(2026, 11, 1) - timedelta(days=365 * old)
    return start + timedelta(days=rng.randint(0, 365 * (old - young)))


def era(day: date) -> tuple[str, str, int]:
    for name, letter, start in (("令和", "R", date(2019, 5, 1)), ("平成", "H", date(1989, 1, 8)),
                                ("昭和", "S", date(1926, 12, 25))):
        if day >= start:
            return name, letter, day.year - start.year + 1
    return "大正", "T", day.year - 1911


def kanji_number(n: int) -> str:
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else _KANJI[tens]) + "十" if tens else "") + (_KANJI[ones] if ones else "")


def birth_text(rng: random.Random, day: date, style: str | None = None) -> str:
    name, letter, year = era(day)
    style = style or rng.choice(["west", "west", "slash", "dash", "era", "era", "abbr", "kan", "packed", "dot",
                                 "era0"])
    y, m, d = day.year, day.month, day.day
    return {"west": f"{y}年{m}月{d}日", "slash": f"{y}/{m:02d}/{d:02d}", "dash": f"{y}-{m}-{d}",
            "dot": f"{y}.{m}.{d}", "packed": f"{y}{m:02d}{d:02d}",
            "era": f"{name}{'元' if year == 1 else year}年{m}月{d}日", "era0": f"{name[0]}{year}.{m}.{d}",
            "abbr": f"{letter}{year}.{m:02d}.{d:02d}",
            "kan": f"{name}{'元' if year == 1 else kanji_number(year)}年{kanji_number(m)}月{kanji_number(d)}日"}[style]


def other_day(rng: random.Random, style: str | None = None) -> str:
    """A recent date (a visit, a contract, a shipment): written like a birth, yet none."""
    day = date(2024, 4, 1) + timedelta(days=rng.randint(0, 960))
    return birth_text(rng, day, style or rng.choice(["west", "slash", "era", "abbr", "dash"]))


def key_passing(rng: random.Random) -> str:
    """A 12-digit order or slip number that happens to pass the My Number check."""
    return my_number(rng)


def product_luhn(rng: random.Random) -> str:
    """A gift-card or coupon serial: 16 digits passing Luhn, outside the card issuers' ranges."""
    return luhn_tail(rng.choice(["8", "9", "7"]) + digits(rng, 14))
