"""Identifiers and dates as corpus 22's writers type them: My Number, licence, card and
insurer numbers with valid check digits, phones valid in the numbering plan, births in
Western, 和暦, abbreviated, kanji and packed forms — and the numbers that only look so."""

from __future__ import annotations

import random
from datetime import date

import phonenumbers
from stdnum import luhn

from benchmarks.corpus16.model import Mark, decoy, val

ERA = [("令和", "R", date(2019, 5, 1)), ("平成", "H", date(1989, 1, 8)), ("昭和", "S", date(1926, 12, 25))]
KANJI = "〇一二三四五六七八九"
AREA = ["03", "06", "011", "022", "025", "027", "042", "043", "045", "048", "052", "054", "075", "078", "082",
        "086", "089", "092", "096", "098", "0466", "0263", "0532", "0237", "0749"]
MOBILE = ["090", "080", "070"]
CITY_AREA = {"旭川市": "0166", "石巻市": "0225", "会津若松市": "0242", "土浦市": "029", "高崎市": "027", "越谷市": "048",
             "船橋市": "047", "杉並区": "03", "足立区": "03", "藤沢市": "0466", "相模原市中央区": "042", "長岡市": "0258",
             "松本市": "0263", "浜松市中央区": "053", "岡崎市": "0564", "四日市市": "059", "宇治市": "0774", "吹田市": "06",
             "姫路市": "079", "倉敷市": "086", "福山市": "084", "今治市": "0898", "久留米市": "0942", "八代市": "0965",
             "浦添市": "098"}
PASSPORT_LETTERS = ["TK", "TR", "TZ", "MZ", "MU", "TH", "RE", "PA", "XR"]
BANKS = [("みずほ銀行", "0001"), ("三菱UFJ銀行", "0005"), ("三井住友銀行", "0009"), ("りそな銀行", "0010"),
         ("ゆうちょ銀行", "9900"), ("千葉銀行", "0134"), ("静岡銀行", "0149"), ("福岡銀行", "0177"),
         ("京都信用金庫", "1610"), ("楽天銀行", "0036")]
LICENCE_PREFIX = ["10", "21", "30", "30", "45", "46", "50", "62", "71", "82", "91"]


def my_number_digits(rng: random.Random) -> str:
    body = [rng.randint(0, 9) for _ in range(11)]
    r = sum(d * w for d, w in zip(body, (6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2))) % 11
    return "".join(map(str, body)) + str(0 if r <= 1 else 11 - r)


def grouped(digits: str, sizes: tuple[int, ...], sep: str) -> str:
    out, at = [], 0
    for size in sizes:
        out.append(digits[at:at + size])
        at += size
    return sep.join(out)


def my_number(rng: random.Random) -> Mark:
    digits = my_number_digits(rng)
    return val("MY_NUMBER", rng.choice([digits, grouped(digits, (4, 4, 4), " "), grouped(digits, (4, 4, 4), "-")]))


def licence(rng: random.Random) -> Mark:
    body = rng.choice(LICENCE_PREFIX) + f"{rng.randint(0, 99):02d}" + f"{rng.randint(0, 999999):06d}"
    total = sum(int(d) * w for d, w in zip(body, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
    number = body + str((11 - total % 11) % 10) + str(rng.choice([0, 0, 0, 1, 2]))
    return val("DRIVERS_LICENSE", rng.choice([number, f"第{number}号", grouped(number, (4, 4, 4), "-")]))


def luhn_number(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


def card(rng: random.Random) -> Mark:
    prefix = rng.choice(["3540", "3566", "4", "4", "53", "52"])
    digits = luhn_number(rng, prefix, 16)
    return val("CREDIT_CARD", rng.choice([digits, grouped(digits, (4, 4, 4, 4), " "), grouped(digits, (4, 4, 4, 4), "-")]))


def insurer(rng: random.Random) -> Mark:
    head = rng.choice(["01", "06", "06", "31", "32", "34", "63"]) + f"{rng.randint(1, 47):02d}" + f"{rng.randint(1, 999):03d}"
    return val("HEALTH_INSURANCE_NUMBER", head + luhn.calc_check_digit(head))


def pension(rng: random.Random) -> Mark:
    return val("BASIC_PENSION_NUMBER", f"{rng.randint(1000, 9999)}-{rng.randint(0, 999999):06d}")


def employment(rng: random.Random) -> Mark:
    return val("EMPLOYMENT_INSURANCE_NUMBER", f"{rng.randint(1000, 9999)}-{rng.randint(0, 999999):06d}-{rng.randint(0, 9)}")


def passport(rng: random.Random) -> Mark:
    return val("PASSPORT", f"{rng.choice(PASSPORT_LETTERS)}{rng.randint(0, 9999999):07d}")


def residence_card(rng: random.Random) -> Mark:
    letters = "ABCDEFGHJKLMNPRSTUWXYZ"
    return val("RESIDENCE_CARD", "".join(rng.choice(letters) for _ in range(2)) + f"{rng.randint(0, 99999999):08d}"
               + "".join(rng.choice(letters) for _ in range(2)))


def account(rng: random.Random) -> tuple[str, Mark]:
    """(bank and branch words, the account number as written)."""
    bank, _ = rng.choice(BANKS)
    if bank == "ゆうちょ銀行":
        return bank, val("BANK_ACCOUNT", f"1{rng.randint(0, 9999):04d}-{rng.randint(10000000, 99999999)}")
    branch = rng.choice(["本店", "駅前支店", "中央支店", "北口支店", "東支店"])
    return f"{bank} {branch} {rng.choice(['普通', '普通', '当座'])}", val("BANK_ACCOUNT", f"{rng.randint(1000000, 9999999)}")


def _valid(number: str) -> bool:
    return phonenumbers.is_valid_number(phonenumbers.parse(number.replace("-", ""), "JP"))


def phone(rng: random.Random, mobile: bool | None = None, city: str | None = None) -> str:
    """A number valid in the plan: a mobile, or a landline of the city's area code (any, if none)."""
    for attempt in range(200):
        if mobile or (mobile is None and rng.random() < 0.5):
            number = f"{rng.choice(MOBILE)}-{rng.randint(1000, 9999)}-{rng.randint(0, 9999):04d}"
        else:
            area = CITY_AREA.get(city or "", "") if attempt < 100 else ""
            area = area or rng.choice(AREA)
            middle = 10 - len(area) - 4
            number = f"{area}-{rng.randint(2 * 10 ** (middle - 1), 10 ** middle - 1)}-{rng.randint(0, 9999):04d}"
        if _valid(number):
            return number
    raise ValueError(f"no valid number for {city}")


def phone_mark(rng: random.Random, mobile: bool | None = None, city: str | None = None) -> Mark:
    return val("PHONE", phone(rng, mobile, city))


def _era(day: date) -> tuple[str, str, int]:
    name, letter, start = next(e for e in ERA if day >= e[2])
    return name, letter, day.year - start.year + 1


def _kanji(n: int) -> str:
    if n < 10:
        return KANJI[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else KANJI[tens]) + "十" + ("" if ones == 0 else KANJI[ones])


def date_text(day: date, style: str) -> str:
    name, letter, year = _era(day)
    y = "元" if year == 1 and style in ("wareki", "kanji") else str(year)
    return {"west": f"{day.year}年{day.month}月{day.day}日", "slash": f"{day.year}/{day.month:02d}/{day.day:02d}",
            "dash": f"{day.year}-{day.month:02d}-{day.day:02d}", "wareki": f"{name}{y}年{day.month}月{day.day}日",
            "abbr": f"{letter}{year}.{day.month}.{day.day}", "abbr0": f"{letter}{year:02d}.{day.month:02d}.{day.day:02d}",
            "short": f"{name[0]}{year}.{day.month}.{day.day}", "packed": f"{day.year}{day.month:02d}{day.day:02d}",
            "kanji": f"{name}{'元' if year == 1 else _kanji(year)}年{_kanji(day.month)}月{_kanji(day.day)}日",
            "full": "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in f"{day.year}年{day.month}月{day.day}日"),
            }[style]


STYLES = ["west", "slash", "dash", "wareki", "abbr", "abbr0", "short", "packed", "kanji", "full"]


def birth(day: date, style: str) -> Mark:
    return val("DATE_OF_BIRTH", date_text(day, style), date=day.isoformat())


def other_date(rng: random.Random, style: str, kind: str = "date_not_birth") -> Mark:
    """A date that is not a birth: a visit, an entry, a contract (kind: what it is, when not a plain
    date_not_birth — a due date, so close to a birth, is its own kind)."""
    kind = kind if kind == "due_date" else "date_not_birth"
    day = date.fromordinal(date(2025, 1, 1).toordinal() + rng.randrange(640))
    return decoy("DATE_OF_BIRTH", date_text(day, style), kind)


def ticket_number(rng: random.Random) -> Mark:
    """A 受付番号 that happens to pass the My Number check."""
    return decoy("MY_NUMBER", my_number_digits(rng), "ticket_number_mynumber_check")


def corporate_number(rng: random.Random) -> Mark:
    body = "".join(str(rng.randint(0, 9)) for _ in range(12))
    total = sum(int(d) * (1 if i % 2 == 0 else 2) for i, d in enumerate(reversed(body)))
    return decoy("MY_NUMBER", str(9 - total % 9) + body, "corporate_number")


def product_code(rng: random.Random) -> Mark:
    """A product or point-card code of 16 digits passing Luhn (no card issuer's range)."""
    return decoy("CREDIT_CARD", luhn_number(rng, rng.choice(["2", "6", "9", "8"]), 16), "product_code_luhn")


def claim_reference(rng: random.Random) -> Mark:
    """A claim or booking reference of two letters and seven digits."""
    return decoy("PASSPORT", f"{rng.choice(['SJ', 'AC', 'KR', 'NX', 'TB'])}{rng.randint(0, 9999999):07d}", "claim_reference")


def employer_office(rng: random.Random) -> Mark:
    return decoy("EMPLOYMENT_INSURANCE_NUMBER", f"{rng.randint(1000, 9999)}-{rng.randint(0, 999999):06d}-{rng.randint(0, 9)}",
                 "employer_office_number")


def member_number(rng: random.Random) -> Mark:
    """A ten-digit membership number written 4-6, as a pension number is."""
    return decoy("BASIC_PENSION_NUMBER", f"{rng.randint(1000, 9999)}-{rng.randint(0, 999999):06d}", "member_number_4_6")
