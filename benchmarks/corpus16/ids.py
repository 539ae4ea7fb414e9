"""Identifiers with valid check digits, and births written the ways offices write them."""

from __future__ import annotations

import random
from datetime import date, timedelta

from benchmarks.corpus16.model import Mark, decoy, val

KANJI = "〇一二三四五六七八九"


def my_number_digits(rng: random.Random) -> str:
    body = "".join(str(rng.randrange(10)) for _ in range(11))
    weights = (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    r = sum(int(d) * w for d, w in zip(body, weights)) % 11
    return body + str(0 if r <= 1 else 11 - r)


def luhn_complete(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return body + str((10 - total % 10) % 10)


def grouped(digits: str, style: int) -> str:
    if style == 1:
        return f"{digits[:4]} {digits[4:8]} {digits[8:]}"
    if style == 2:
        return f"{digits[:4]}-{digits[4:8]}-{digits[8:]}"
    return digits


def my_number(rng: random.Random) -> Mark:
    return val("MY_NUMBER", grouped(my_number_digits(rng), rng.randrange(3)))


def licence(rng: random.Random) -> Mark:
    head = rng.choice(["30", "45", "46", "51", "62", "71", "81", "92", "21", "12"]) + f"{rng.randrange(80, 100):02d}"
    body = head + "".join(str(rng.randrange(10)) for _ in range(6))
    total = sum(int(d) * w for d, w in zip(body, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
    return val("DRIVERS_LICENSE", body + str((11 - total % 11) % 10) + str(rng.choice("0001")))


def card(rng: random.Random, spaced: bool = True) -> Mark:
    prefix = rng.choice(["4", "4", "53", "54", "3541", "3566", "3589"])
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(15 - len(prefix)))
    digits = luhn_complete(body)
    text = " ".join(digits[i:i + 4] for i in range(0, 16, 4)) if spaced else digits
    return val("CREDIT_CARD", text)


def insurer(rng: random.Random) -> Mark:
    law = rng.choice(["01", "06", "31", "32", "63", "67"])  # 法別番号
    body = law + f"{rng.randrange(1, 48):02d}" + f"{rng.randrange(1000):03d}"
    return val("HEALTH_INSURANCE_NUMBER", luhn_complete(body))


def pension(rng: random.Random) -> Mark:
    digits = f"{rng.randrange(1000, 9999)}{rng.randrange(10**6):06d}"
    return val("BASIC_PENSION_NUMBER", digits if rng.random() < 0.3 else f"{digits[:4]}-{digits[4:]}")


def employment(rng: random.Random) -> Mark:
    a, b, c = rng.randrange(1000, 9999), rng.randrange(10**6), rng.randrange(10)
    return val("EMPLOYMENT_INSURANCE_NUMBER", f"{a}-{b:06d}-{c}" if rng.random() < 0.7 else f"{a}{b:06d}{c}")


def passport(rng: random.Random) -> Mark:
    letters = rng.choice(["TK", "TZ", "MU", "TR", "TS", "ME", "E", "G", "K"])
    if len(letters) == 1:  # a foreign passport: one letter, eight digits
        return val("PASSPORT", letters + f"{rng.randrange(10**8):08d}")
    return val("PASSPORT", letters + f"{rng.randrange(10**7):07d}")


def residence_card(rng: random.Random) -> Mark:
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return val("RESIDENCE_CARD", rng.choice(up) + rng.choice(up) + f"{rng.randrange(10**8):08d}" +
               rng.choice(up) + rng.choice(up))


def account(rng: random.Random) -> Mark:
    number = f"{rng.randrange(10**7):07d}"
    return val("BANK_ACCOUNT", number if rng.random() < 0.6 else f"{rng.randrange(100, 999)}-{number}")


def birthday(rng: random.Random, lo: int = 1938, hi: int = 2006) -> date:
    return date(lo, 1, 1) + timedelta(days=rng.randrange((date(hi, 12, 31) - date(lo, 1, 1)).days))


def kanji_number(n: int) -> str:
    if n < 10:
        return KANJI[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else KANJI[tens]) + "十" + (KANJI[ones] if ones else "")


def era_of(day: date) -> tuple[str, str, int]:
    for name, short, start in (("令和", "R", date(2019, 5, 1)), ("平成", "H", date(1989, 1, 8)),
                               ("昭和", "S", date(1926, 12, 25))):
        if day >= start:
            return name, short, day.year - start.year + 1
    raise ValueError(day)


# the ways a day is written, by style number: {Y} {M} {D} Western; {E} era, {e} its first
# character, {s} its letter, {y} era year (元 for 1), {k}/{km}/{kd} in kanji numerals
STYLES = ["{Y}年{M}月{D}日", "{Y}/{M:02d}/{D:02d}", "{E}{y}年{M}月{D}日", "{s}{n}.{M}.{D}", "{E}{k}年{km}月{kd}日",
          "{Y}{M:02d}{D:02d}", "{e}{n:02d}.{M:02d}.{D:02d}", "{Y}-{M}-{D}", "{s}{n:02d}/{M:02d}/{D:02d}"]


def written_birth(day: date, style: int) -> str:
    name, short, year = era_of(day)
    return STYLES[style].format(Y=day.year, M=day.month, D=day.day, E=name, e=name[0], s=short, n=year,
                                y="元" if year == 1 else str(year), k="元" if year == 1 else kanji_number(year),
                                km=kanji_number(day.month), kd=kanji_number(day.day))


def birth(day: date, rng: random.Random, styles=range(9)) -> Mark:
    return val("DATE_OF_BIRTH", written_birth(day, rng.choice(list(styles))), date=day.isoformat())


def other_day(rng: random.Random, kind: str = "event_date", styles=(0, 1, 2, 7)) -> Mark:
    """A date that is no one's birth: a sailing, an order, a deadline."""
    day = date(2024, 1, 1) + timedelta(days=rng.randrange(900))
    return decoy("DATE_OF_BIRTH", written_birth(day, rng.choice(styles)), kind)


def slip_number(rng: random.Random) -> Mark:
    """A 12-digit 伝票/受付 number that passes the My Number check: not a person's number."""
    return decoy("MY_NUMBER", my_number_digits(rng), "slip_number")


def part_code(rng: random.Random) -> Mark:
    """A 16-digit product or meter code that passes Luhn: not a card."""
    head = rng.choice(["4", "5", "35"])
    body = head + "".join(str(rng.randrange(10)) for _ in range(14 if rng.random() < .5 else 13))
    body = body[:15]
    return decoy("CREDIT_CARD", luhn_complete(body), "luhn_product_code")


def part_number(rng: random.Random) -> Mark:
    """A 3-4 code (a part, a 品番) shaped like a postal code."""
    return decoy("POSTAL_CODE", f"{rng.randrange(100, 999)}-{rng.randrange(10000):04d}", "part_number")


def employer_number(rng: random.Random) -> Mark:
    """The employer's 雇用保険適用事業所番号: a person's insurance number's layout, not a person's."""
    a, b, c = rng.randrange(1000, 9999), rng.randrange(10**6), rng.randrange(10)
    return decoy("EMPLOYMENT_INSURANCE_NUMBER", f"{a}-{b:06d}-{c}", "employer_number")
