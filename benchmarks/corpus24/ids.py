"""Numbers as an office writes them: identifiers with their check digits, phones in the
numbering plan, postal codes, and dates of birth in the forms Japanese forms use."""

from __future__ import annotations

from datetime import date, timedelta

import phonenumbers

from benchmarks.corpus16.model import Mark, decoy, val

ERAS = [("令和", "R", date(2019, 5, 1)), ("平成", "H", date(1989, 1, 8)), ("昭和", "S", date(1926, 12, 25))]
KANJI = "〇一二三四五六七八九"
AREA_PHONES = [("03", 4, 4), ("06", 4, 4), ("011", 3, 4), ("022", 3, 4), ("052", 3, 4), ("092", 3, 4), ("075", 3, 4),
               ("0263", 2, 4), ("0952", 2, 4), ("0857", 2, 4), ("0178", 2, 4), ("0776", 2, 4), ("098", 3, 4),
               ("0436", 2, 4), ("0551", 2, 4), ("0748", 2, 4)]
MOBILE = ["090", "080", "070"]
LICENCE_OFFICES = ["30", "45", "50", "62", "71", "81", "91", "21", "11", "46", "54"]
PASSPORT_PREFIX = ["TK", "TR", "TS", "MZ", "TZ", "TH", "RE"]
CARD_PREFIX = ["3541", "3566", "3589", "4539", "4716", "5223", "5412"]
INSURER_LAW = ["01", "06", "31", "32", "34", "63", "67"]
BANKS = ["みなと銀行", "北越銀行", "十六銀行", "肥後銀行", "常陽銀行", "七十七銀行", "琉球銀行", "山陰合同銀行"]
BRANCHES = ["本店営業部", "駅前支店", "港町支店", "南口支店", "城下支店", "新町支店"]


def digits(rng, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def my_number_check(body: str) -> str:
    total = sum(int(d) * w for d, w in zip(body, (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
    r = total % 11
    return body + str(0 if r <= 1 else 11 - r)


def luhn_complete(body: str) -> str:
    for d in "0123456789":
        s = body + d
        total = 0
        for i, ch in enumerate(reversed(s)):
            n = int(ch) * (2 if i % 2 else 1)
            total += n - 9 if n > 9 else n
        if total % 10 == 0:
            return s
    raise ValueError(body)


def my_number(rng, style: int = 0) -> str:
    n = my_number_check(str(rng.randrange(1, 10)) + digits(rng, 10))
    return [n, f"{n[:4]} {n[4:8]} {n[8:]}", f"{n[:4]}-{n[4:8]}-{n[8:]}"][style % 3]


def corporate_number(rng) -> str:
    body = str(rng.randrange(1, 10)) + digits(rng, 11)
    total = sum(int(d) * (2 if i % 2 else 1) for i, d in enumerate(reversed(body)))
    return str(9 - total % 9) + body


def licence(rng) -> str:
    body = rng.choice(LICENCE_OFFICES) + f"{rng.randrange(70, 120) % 100:02d}" + digits(rng, 6)
    total = sum(int(d) * w for d, w in zip(body, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
    return body + str((11 - total % 11) % 10) + str(rng.randrange(3))


def card(rng, spaced: bool = True) -> str:
    n = luhn_complete(rng.choice(CARD_PREFIX) + digits(rng, 11))
    return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if spaced else n


def insurer(rng) -> str:
    return luhn_complete(rng.choice(INSURER_LAW) + f"{rng.randrange(1, 48):02d}" + digits(rng, 3))


def pension(rng, packed: bool = False) -> str:
    n = str(rng.randrange(1, 10)) + digits(rng, 9)
    return n if packed else f"{n[:4]}-{n[4:]}"


def employment(rng) -> str:
    return f"{rng.randrange(1000, 9999)}-{digits(rng, 6)}-{rng.randrange(10)}"


def passport(rng) -> str:
    return rng.choice(PASSPORT_PREFIX) + digits(rng, 7)


def residence_card(rng) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return "".join(rng.choice(letters) for _ in range(2)) + digits(rng, 8) + "".join(rng.choice(letters) for _ in range(2))


def account(rng) -> str:
    """An account as a passbook copy gives it: bank, branch, 普通 and seven digits."""
    return f"{rng.choice(BANKS)} {rng.choice(BRANCHES)} 普通 {digits(rng, 7)}"


def account_number(rng) -> str:
    return rng.choice(["普通 ", "当座 ", "普通預金 "]) + digits(rng, 7)


def phone(rng, mobile: bool | None = None) -> str:
    if mobile or (mobile is None and rng.random() < 0.55):
        return f"{rng.choice(MOBILE)}-{rng.randrange(1000, 9999)}-{digits(rng, 4)}"
    while True:
        area, a, b = rng.choice(AREA_PHONES)
        text = f"{area}-{rng.randrange(2, 10)}{digits(rng, a - 1)}-{digits(rng, b)}"
        if phonenumbers.is_valid_number(phonenumbers.parse(text, "JP")):
            return text


def postal(rng) -> str:
    return f"{rng.randrange(100, 999)}-{digits(rng, 4)}"


def birthday(rng, young: bool = False) -> date:
    start = date(1998, 4, 1) if young else date(1938, 1, 1)
    end = date(2012, 3, 31) if young else date(2003, 12, 31)
    return start + timedelta(days=rng.randrange((end - start).days))


def kanji_num(n: int) -> str:
    if n < 10:
        return KANJI[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else KANJI[tens]) + "十" + (KANJI[ones] if ones else "")


def era_of(day: date) -> tuple[str, str, int]:
    for name, short, start in ERAS:
        if day >= start:
            return name, short, day.year - start.year + 1
    raise ValueError(day)


def birth_text(day: date, style: int) -> str:
    """Ten ways of writing one day."""
    name, short, year = era_of(day)
    y = "元" if year == 1 and style in (1, 5) else str(year)
    forms = [f"{day.year}年{day.month}月{day.day}日", f"{name}{y}年{day.month}月{day.day}日",
             f"{short}{year}.{day.month}.{day.day}", f"{day.year}/{day.month:02d}/{day.day:02d}",
             f"{day:%Y%m%d}", f"{name[0]}{y}.{day.month:02d}.{day.day:02d}",
             f"{name}{kanji_num(year) if year > 1 else '元'}年{kanji_num(day.month)}月{kanji_num(day.day)}日",
             f"{day.year}-{day.month:02d}-{day.day:02d}", f"{short}{year:02d}/{day.month:02d}/{day.day:02d}",
             f"{day.year}.{day.month}.{day.day}"]
    return forms[style % len(forms)]


def birth(rng, style: int | None = None, young: bool = False) -> Mark:
    day = birthday(rng, young)
    return val("DATE_OF_BIRTH", birth_text(day, rng.randrange(10) if style is None else style), date=day.isoformat())


def age_of(mark: Mark, on: date = date(2026, 11, 1)) -> int:
    day = date.fromisoformat(mark.date)
    return on.year - day.year - ((on.month, on.day) < (day.month, day.day))


def other_date(rng, style: int = 0) -> Mark:
    """A date that is nobody's birth: a booking, a delivery, a meeting."""
    day = date(2025, 1, 1) + timedelta(days=rng.randrange(700))
    return decoy("DATE_OF_BIRTH", birth_text(day, style % 4 if style % 4 != 2 else 3), "date_not_birth")


def order_number(rng) -> Mark:
    """A slip number that happens to pass the My Number check."""
    return decoy("MY_NUMBER", my_number_check("2" + digits(rng, 10)), "slip_number_mynumber_check")


def product_code(rng) -> Mark:
    return decoy("CREDIT_CARD", luhn_complete("49" + digits(rng, 13)), "product_code_luhn")


def corporate(rng) -> Mark:
    return decoy("MY_NUMBER", corporate_number(rng), "corporate_number")


def wide(text: str) -> str:
    """Full-width digits and hyphens, as a hand-filled form has them."""
    return text.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


def international(text: str) -> str:
    """+81 and the number without its leading 0, as an overseas contact writes it."""
    return "+81-" + text[1:]
