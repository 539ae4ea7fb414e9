"""Identifiers with their checks, contacts and births in the ways offices write them."""

from __future__ import annotations

import random
from datetime import date, timedelta

import phonenumbers
from stdnum import luhn

from benchmarks.corpus16.model import Mark, decoy, val

LICENCE_AREAS = ["30", "44", "45", "46", "50", "54", "62", "63", "71", "73", "80", "91", "12", "21"]
PASSPORT_PREFIX = ["TK", "TR", "MZ", "TZ", "TH", "MU", "TS", "RH"]
CARD_PREFIX = ["3541", "3568", "4539", "4916", "5243", "5512", "3580"]
INSURER_HEAD = ["01", "06", "31", "32", "33", "34", "63", "67"]
BANKS = ["みずほ銀行", "三菱UFJ銀行", "りそな銀行", "千葉銀行", "京都銀行", "静岡銀行", "北洋銀行", "ゆうちょ銀行",
         "横浜銀行", "福岡銀行"]
BRANCHES = ["駅前支店", "本店営業部", "中央支店", "北口支店", "城東支店", "若葉支店", "港支店"]
MOBILE = ["090", "080", "070"]
FIXED = [("03", 4, 4), ("06", 4, 4), ("045", 3, 4), ("052", 3, 4), ("092", 3, 4), ("011", 3, 4),
         ("0566", 2, 4), ("0859", 2, 4), ("0476", 2, 4), ("075", 3, 4), ("022", 3, 4), ("0263", 2, 4)]
MAIL_HOSTS = ["example.jp", "mail.example.com", "example.ne.jp", "example.co.jp", "example.org"]
ERAS = [("令和", "R", date(2019, 5, 1)), ("平成", "H", date(1989, 1, 8)), ("昭和", "S", date(1926, 12, 25))]
KANJI = "〇一二三四五六七八九"


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def my_number(rng: random.Random) -> str:
    body = digits(rng, 11)
    r = sum(int(d) * w for d, w in zip(body, (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2))) % 11
    return body + str(0 if r <= 1 else 11 - r)


def corporate(rng: random.Random) -> str:
    body = digits(rng, 12)
    total = sum(int(d) * (1 if i % 2 == 0 else 2) for i, d in enumerate(reversed(body)))
    return str(9 - total % 9) + body


def licence(rng: random.Random) -> str:
    body = rng.choice(LICENCE_AREAS) + digits(rng, 8)
    check = (11 - sum(int(d) * w for d, w in zip(body, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))) % 11) % 10
    return body + str(check) + rng.choice("0001")


def luhn_complete(rng: random.Random, head: str, length: int) -> str:
    body = head + digits(rng, length - len(head) - 1)
    return body + luhn.calc_check_digit(body)


def card(rng: random.Random) -> str:
    return luhn_complete(rng, rng.choice(CARD_PREFIX), 16)


def insurer(rng: random.Random) -> str:
    return luhn_complete(rng, rng.choice(INSURER_HEAD) + f"{rng.randint(1, 47):02d}", 8)


def grouped(number: str, sizes, sep: str) -> str:
    out, at = [], 0
    for size in sizes:
        out.append(number[at:at + size])
        at += size
    return sep.join(out)


def phone_parts(rng: random.Random, mobile: bool | None) -> list[str]:
    """A number in the numbering plan: drawn again until phonenumbers calls it valid."""
    while True:
        if mobile if mobile is not None else rng.random() < 0.55:
            parts = [rng.choice(MOBILE), str(rng.randint(1, 9)) + digits(rng, 3), digits(rng, 4)]
        else:
            area, a, b = rng.choice(FIXED)
            parts = [area, str(rng.randint(2, 9)) + digits(rng, a - 1), digits(rng, b)]
        if phonenumbers.is_valid_number(phonenumbers.parse("".join(parts), "JP")):
            return parts


def phone(rng: random.Random, mobile: bool | None = None) -> str:
    parts = phone_parts(rng, mobile)
    style = rng.random()
    if style < 0.6:
        return "-".join(parts)
    if style < 0.75:
        return f"{parts[0]}({parts[1]}){parts[2]}"
    return "".join(parts)


def wide(text: str) -> str:
    """Full-width digits and dashes, as a form typed in a Japanese input method gives them."""
    return text.replace("-", "－").translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def email(rng: random.Random, romaji: str) -> str:
    local = romaji.lower().replace(" ", rng.choice([".", "_", ""])) + rng.choice(["", str(rng.randint(1, 99))])
    return f"{local}@{rng.choice(MAIL_HOSTS)}"


def postal(rng: random.Random) -> str:
    return f"{rng.randint(100, 999)}-{digits(rng, 4)}"


def birthday(rng: random.Random, young: bool = False) -> date:
    start = date(2008, 1, 1) if young else date(1942, 1, 1)
    span = 3650 if young else 22000
    return start + timedelta(days=rng.randint(0, span))


def era_of(day: date):
    for name, abbr, start in ERAS:
        if day >= start:
            return name, abbr, day.year - start.year + 1
    raise ValueError(day)


def kanji_number(n: int) -> str:
    if n < 10:
        return KANJI[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else KANJI[tens]) + "十" + (KANJI[ones] if ones else "")


def birth_text(rng: random.Random, day: date, style: str | None = None) -> str:
    name, abbr, year = era_of(day)
    style = style or rng.choice(["west", "slash", "wareki", "abbr", "kanji", "packed", "dot"])
    if style == "west":
        return f"{day.year}年{day.month}月{day.day}日"
    if style == "slash":
        return f"{day.year}/{day.month:02d}/{day.day:02d}"
    if style == "dot":
        return f"{day.year}.{day.month}.{day.day}"
    if style == "wareki":
        return f"{name}{'元' if year == 1 else year}年{day.month}月{day.day}日"
    if style == "abbr":
        return f"{abbr}{year}.{day.month}.{day.day}"
    if style == "kanji":
        return f"{name}{kanji_number(year)}年{kanji_number(day.month)}月{kanji_number(day.day)}日"
    return day.strftime("%Y%m%d")


def birth(rng: random.Random, young: bool = False, style: str | None = None) -> Mark:
    day = birthday(rng, young)
    return val("DATE_OF_BIRTH", birth_text(rng, day, style), date=day.isoformat())


def other_date(rng: random.Random, kind: str = "date_not_birth") -> Mark:
    day = date(2024, 1, 1) + timedelta(days=rng.randint(0, 900))
    return decoy("DATE_OF_BIRTH", birth_text(rng, day, rng.choice(["west", "slash", "wareki"])), kind)


def order_number(rng: random.Random) -> str:
    """A 12-digit key that happens to pass the My Number check."""
    return my_number(rng)


def product_code(rng: random.Random) -> str:
    return luhn_complete(rng, rng.choice(["49", "45", "20"]), 16)


def pension(rng: random.Random) -> str:
    return f"{rng.randint(1000, 9999)}-{digits(rng, 6)}"


def employment(rng: random.Random) -> str:
    return f"{rng.randint(1000, 9999)}-{digits(rng, 6)}-{rng.randint(0, 9)}"


def passport(rng: random.Random) -> str:
    return rng.choice(PASSPORT_PREFIX) + digits(rng, 7)


def residence(rng: random.Random) -> str:
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rng.choice(up) + rng.choice(up) + digits(rng, 8) + rng.choice(up) + rng.choice(up)


def account(rng: random.Random) -> str:
    return f"{rng.choice(['普通', '当座', '普通預金'])} {digits(rng, 7)}"


def bank_line(rng: random.Random, number: Mark) -> list:
    return [rng.choice(BANKS), " ", rng.choice(BRANCHES), " ", number]
