"""Identifiers with valid check digits (/work/shared/IDENTIFIERS.md) and the
written forms of a birth day, each as a mark of truth."""

from __future__ import annotations

import random
from datetime import date

from benchmarks.corpus15.model import Mark, fake, value

ERAS = [("令和", "R", date(2019, 5, 1)), ("平成", "H", date(1989, 1, 8)), ("昭和", "S", date(1926, 12, 25))]
KANJI = "〇一二三四五六七八九"


def digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(count))


def my_number_digits(rng: random.Random) -> str:
    body = str(rng.randint(1, 9)) + digits(rng, 10)
    total = sum(int(d) * w for d, w in zip(body, (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
    rest = total % 11
    return body + str(0 if rest <= 1 else 11 - rest)


def grouped(number: str, rng: random.Random) -> str:
    sep = rng.choice(["", " ", "-"])
    return sep.join(number[i:i + 4] for i in range(0, len(number), 4)) if sep else number


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    start = rng.choice([str(rng.randint(3528, 3589)), "4" + digits(rng, 3), str(rng.randint(51, 55)) + digits(rng, 2)])
    body = start + digits(rng, 11)
    return body + luhn_digit(body)


def licence(rng: random.Random) -> str:
    body = rng.choice(["30", "45", "62", "73", "81", "91", "22"]) + f"{rng.randint(0, 99):02d}" + digits(rng, 6)
    total = sum(int(d) * w for d, w in zip(body, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
    return body + str((11 - total % 11) % 10) + str(rng.randint(0, 2))


def insurer(rng: random.Random) -> str:
    body = rng.choice(["01", "06", "31", "39"]) + f"{rng.randint(1, 47):02d}" + digits(rng, 3)
    return body + luhn_digit(body)


def passport(rng: random.Random, origin: str = "jp") -> str:
    """Japan's two letters and seven digits; Viet Nam's letter and seven; Korea's and China's letter and eight."""
    if origin == "vn":
        return rng.choice("BCN") + digits(rng, 7)
    if origin in ("kr", "cn"):
        return ("M" if origin == "kr" else "E") + digits(rng, 8)
    return rng.choice(["TK", "TZ", "MU", "TS", "TR"]) + digits(rng, 7)


def residence_card(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    pair = lambda: "".join(rng.choice(letters) for _ in range(2))  # noqa: E731
    return pair() + digits(rng, 8) + pair()


def pension(rng: random.Random) -> str:
    return f"{rng.randint(1000, 9899)}-{digits(rng, 6)}"


def employment(rng: random.Random) -> str:
    return f"{rng.randint(1000, 9899)}-{digits(rng, 6)}-{rng.randint(0, 9)}"


def account(rng: random.Random) -> str:
    return str(rng.randint(1, 9)) + digits(rng, 6)


def _kanji(number: int) -> str:
    tens, ones = divmod(number, 10)
    return ("" if tens == 0 else ("" if tens == 1 else KANJI[tens]) + "十") + (KANJI[ones] if ones else "")


def era_of(day: date) -> tuple[str, str, int]:
    name, letter, start = next(e for e in ERAS if day >= e[2])
    return name, letter, day.year - start.year + 1


def birth_text(day: date, style: int) -> str:
    """A day as offices write it: 0 Western, 1 和暦, 2 `S45.6.7`, 3 `1970/06/07`, 4 漢数字,
    5 `S45/06/07`, 6 ISO."""
    name, letter, year = era_of(day)
    forms = (f"{day.year}年{day.month}月{day.day}日", f"{name}{'元' if year == 1 else year}年{day.month}月{day.day}日",
             f"{letter}{year}.{day.month}.{day.day}", f"{day.year}/{day.month:02d}/{day.day:02d}",
             f"{name}{_kanji(year)}年{_kanji(day.month)}月{_kanji(day.day)}日",
             f"{letter}{year:02d}/{day.month:02d}/{day.day:02d}", day.isoformat())
    return forms[style]


def birth(day: date, style: int) -> Mark:
    return value("DATE_OF_BIRTH", birth_text(day, style), date=day.isoformat())


def not_birth(day: date, style: int, kind: str = "other_date") -> Mark:
    """A date of an event (an entry, a visit, a payment): not a birth."""
    return Mark("DATE_OF_BIRTH", birth_text(day, style), date=day.isoformat(), negative=True, kind=kind)


def order_number(rng: random.Random) -> Mark:
    """A 12-digit order or slip number that happens to pass the My Number check."""
    return fake("MY_NUMBER", my_number_digits(rng), "order_number")


def product_card_like(rng: random.Random) -> Mark:
    """A 16-digit article or gift-card code that passes Luhn."""
    body = "9" + digits(rng, 14)
    return fake("CREDIT_CARD", body + luhn_digit(body), "product_code")
