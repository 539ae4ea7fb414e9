"""Numbers of corpus 26: identifiers with valid check digits (python-stdnum), phones of valid
Japanese shapes, births in the hands offices use, and the look-alikes' own numbers."""

from __future__ import annotations

import random
from datetime import date

import phonenumbers
from stdnum import luhn
from stdnum.jp import cn, in_

ERAS = [("令和", "R", date(2019, 5, 1)), ("平成", "H", date(1989, 1, 8)), ("昭和", "S", date(1926, 12, 25))]
KANJI = "〇一二三四五六七八九"
PASSPORT_HEADS = ["TK", "TR", "TS", "TZ", "MU", "MZ", "RE", "AZ"]
CARD_HEADS = ["4", "35", "52", "54", "37"]
LICENSE_HEADS = ["10", "21", "30", "30", "44", "45", "50", "62", "73", "81", "91"]
BANKS = ["北星銀行", "あおば信用金庫", "みなと銀行", "東和銀行", "ひがし農業協同組合", "さくら中央銀行", "ゆうちょ銀行"]
BRANCHES = ["本店営業部", "駅前支店", "中央支店", "北口出張所", "港支店", "大通支店", "市役所前支店"]
INSURERS = ["0613", "0114", "3113", "3914", "0127", "6727", "0623"]


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def my_number(rng: random.Random, style: int = 0) -> str:
    body = str(rng.randint(1, 9)) + digits(rng, 10)
    raw = body + in_.calc_check_digit(body)
    return [raw, f"{raw[:4]} {raw[4:8]} {raw[8:]}", f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"][style % 3]


def corporate(rng: random.Random) -> str:
    body = digits(rng, 12)
    return cn.calc_check_digit(body) + body


def licence(rng: random.Random) -> str:
    head = rng.choice(LICENSE_HEADS) + f"{rng.randint(70, 120) % 100:02d}" + digits(rng, 6)
    total = sum(int(d) * w for d, w in zip(head, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
    return head + str((11 - total % 11) % 10) + str(rng.choice("0001"))


def passport(rng: random.Random) -> str:
    return rng.choice(PASSPORT_HEADS) + digits(rng, 7)


def residence_card(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return "".join(rng.choice(letters) for _ in range(2)) + digits(rng, 8) + "".join(
        rng.choice(letters) for _ in range(2))


def pension(rng: random.Random, dash: bool = True) -> str:
    a, b = str(rng.randint(1, 9)) + digits(rng, 3), digits(rng, 6)
    return f"{a}-{b}" if dash else a + b


def employment(rng: random.Random) -> str:
    return f"{rng.randint(1, 9)}{digits(rng, 3)}-{digits(rng, 6)}-{rng.randrange(10)}"


def insurer(rng: random.Random) -> str:
    body = rng.choice(INSURERS) + digits(rng, 3)
    return body + luhn.calc_check_digit(body)


def card(rng: random.Random, spaced: bool = True) -> str:
    head = rng.choice(CARD_HEADS)
    head = head + (str(rng.randint(28, 89)) if head == "35" else "")
    length = 15 if head == "37" else 16
    body = head + digits(rng, length - 1 - len(head))
    raw = body + luhn.calc_check_digit(body)
    if not spaced:
        return raw
    if length == 15:
        return f"{raw[:4]} {raw[4:10]} {raw[10:]}"
    return " ".join(raw[i:i + 4] for i in range(0, 16, 4))


def account(rng: random.Random) -> tuple[str, str, str]:
    """(bank, branch, the account number as written)."""
    bank = rng.choice(BANKS)
    if bank == "ゆうちょ銀行":
        return bank, "", f"1{digits(rng, 3)}0-{rng.randint(1, 9)}{digits(rng, 7)}"
    return bank, rng.choice(BRANCHES), str(rng.randint(1, 9)) + digits(rng, 6)


def valid(number: str) -> bool:
    return phonenumbers.is_valid_number(phonenumbers.parse(number.replace("-", ""), "JP"))


def mobile(rng: random.Random) -> str:
    while True:
        text = f"{rng.choice(['090', '080', '070'])}-{rng.randint(1000, 9999)}-{digits(rng, 4)}"
        if valid(text):
            return text


def landline(rng: random.Random, area: str) -> str:
    local = {2: 4, 3: 3, 4: 2, 5: 1}[len(area)]
    while True:
        text = f"{area}-{rng.randint(2, 9)}{digits(rng, local - 1)}-{digits(rng, 4)}"
        if valid(text):
            return text


def birth_text(born: date, style: int) -> str:
    """A birth as an office writes it: Western, 和暦 in kanji, initials, slashes, numerals in kanji."""
    era, initial, start = next(e for e in ERAS if born >= e[2])
    year = born.year - start.year + 1
    nen = "元" if year == 1 else str(year)
    forms = [f"{born.year}年{born.month}月{born.day}日", f"{era}{nen}年{born.month}月{born.day}日",
             f"{initial}{year}.{born.month}.{born.day}", f"{born.year}/{born.month:02d}/{born.day:02d}",
             f"{born:%Y-%m-%d}", f"{initial}{year:02d}/{born.month:02d}/{born.day:02d}",
             f"{era}{kanji(year)}年{kanji(born.month)}月{kanji(born.day)}日", f"{born.year}.{born.month}.{born.day}"]
    return forms[style % len(forms)]


def kanji(n: int) -> str:
    if n < 10:
        return KANJI[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else KANJI[tens]) + "十" + (KANJI[ones] if ones else "")


def voucher_twelve(rng: random.Random) -> str:
    """A 12-digit slip number that happens to pass the My Number check."""
    body = "2026" + digits(rng, 7)
    return body + in_.calc_check_digit(body)


def product_luhn(rng: random.Random) -> str:
    body = rng.choice(["4", "35", "52"]) + digits(rng, 12)
    body = body[:15]
    return body + luhn.calc_check_digit(body)


def part_number(rng: random.Random) -> str:
    return rng.choice(["KX", "TR", "MZ", "HB", "GS"]) + digits(rng, 7)
