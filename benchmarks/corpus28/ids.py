"""Identifiers of corpus 28, each with its check digit (python-stdnum), and the dates of
birth as the offices write them (Western and 和暦), with the look-alikes of each."""

from __future__ import annotations

import random
from datetime import date

from stdnum import luhn
from stdnum.jp import cn, in_

from benchmarks.corpus16.model import Mark, decoy, val

LICENCE_OFFICES = ["10", "20", "30", "41", "44", "45", "46", "50", "54", "62", "71", "80", "91"]
PASSPORT_HEADS = ["TK", "TR", "TZ", "MZ", "RZ", "TS"]
FOREIGN_PASSPORT_HEADS = ["C", "P", "B", "E", "N"]
BANKS = [("みずほ銀行", "0001"), ("三井住友銀行", "0009"), ("りそな銀行", "0010"), ("静岡銀行", "0149"),
         ("千葉銀行", "0134"), ("肥後銀行", "0182"), ("広島銀行", "0169"), ("伊予銀行", "0174"),
         ("城南信用金庫", "1344"), ("浜松いわた信用金庫", "1501"), ("岡崎信用金庫", "1552"), ("京都信用金庫", "1611")]
BRANCHES = ["本店営業部", "駅前支店", "中央支店", "北口支店", "東支店", "港南支店", "桜台支店", "市役所出張所"]
INSURER_HEADS = ["01", "06", "31", "32", "33", "34", "39", "63"]
ERAS = [("令和", "R", date(2019, 5, 1)), ("平成", "H", date(1989, 1, 8)), ("昭和", "S", date(1926, 12, 25)),
        ("大正", "T", date(1912, 7, 30))]
KANJI_DIGITS = "〇一二三四五六七八九"


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def my_number(rng: random.Random) -> str:
    body = str(rng.randint(1, 9)) + digits(rng, 10)
    return body + in_.calc_check_digit(body)


def my_number_written(rng: random.Random) -> str:
    n = my_number(rng)
    return rng.choice([n, f"{n[:4]} {n[4:8]} {n[8:]}", f"{n[:4]}-{n[4:8]}-{n[8:]}"])


def corporate_number(rng: random.Random) -> str:
    body = digits(rng, 12)
    return cn.calc_check_digit(body) + body


def licence(rng: random.Random, born: int) -> str:
    head = rng.choice(LICENCE_OFFICES) + f"{(born + rng.randint(18, 30)) % 100:02d}" + digits(rng, 6)
    total = sum(int(d) * w for d, w in zip(head, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
    return head + str((11 - total % 11) % 10) + str(rng.randint(0, 2))


def passport(rng: random.Random, japanese: bool = True) -> str:
    if japanese:
        return rng.choice(PASSPORT_HEADS) + digits(rng, 7)
    return rng.choice(FOREIGN_PASSPORT_HEADS) + chr(rng.randint(65, 90)) + digits(rng, 7)


def residence_card(rng: random.Random) -> str:
    letters = lambda: chr(rng.randint(65, 90)) + chr(rng.randint(65, 90))  # noqa: E731
    return letters() + digits(rng, 8) + letters()


def pension(rng: random.Random) -> str:
    return f"{rng.randint(1000, 9999)}-{digits(rng, 6)}"


def employment_insurance(rng: random.Random) -> str:
    return f"{rng.randint(1000, 9999)}-{digits(rng, 6)}-{rng.randint(0, 9)}"


def insurer_number(rng: random.Random) -> str:
    body = rng.choice(INSURER_HEADS) + f"{rng.randint(1, 47):02d}" + digits(rng, 3)
    return body + luhn.calc_check_digit(body)


def card(rng: random.Random) -> str:
    head = rng.choice(["3540", "3566", "4539", "4980", "5210", "5422"])
    body = head + digits(rng, 11)
    number = body + luhn.calc_check_digit(body)
    return rng.choice([number, " ".join(number[i:i + 4] for i in range(0, 16, 4)),
                       "-".join(number[i:i + 4] for i in range(0, 16, 4))])


def bank(rng: random.Random) -> tuple[str, str, str, str]:
    """(bank, branch, kind, 7-digit account number)"""
    name, _ = rng.choice(BANKS)
    return name, rng.choice(BRANCHES), rng.choice(["普通", "普通", "当座", "貯蓄"]), f"{rng.randint(1, 9999999):07d}"


def wareki(day: date) -> tuple[str, str, int]:
    for era, letter, start in ERAS:
        if day >= start:
            return era, letter, day.year - start.year + 1
    raise ValueError(day)


def birth_text(rng: random.Random, day: date, style: int | None = None) -> str:
    era, letter, year = wareki(day)
    style = rng.randrange(7) if style is None else style
    y = "元" if year == 1 else str(year)
    return [f"{day.year}年{day.month}月{day.day}日", f"{era}{y}年{day.month}月{day.day}日",
            f"{letter}{year}.{day.month}.{day.day}", f"{day.year}/{day.month:02d}/{day.day:02d}",
            f"{era}{y}年{day.month:02d}月{day.day:02d}日", f"{day.year}-{day.month:02d}-{day.day:02d}",
            f"{letter}{year:02d}/{day.month:02d}/{day.day:02d}"][style]


def birth(rng: random.Random, day: date, style: int | None = None) -> Mark:
    return val("DATE_OF_BIRTH", birth_text(rng, day, style), date=day.isoformat())


def event_date(rng: random.Random, year: int = 2026, style: int | None = None) -> Mark:
    """A date that is no one's birth: an application, a visit, a meeting."""
    day = date(year, rng.randint(1, 12), rng.randint(1, 28))
    return decoy("DATE_OF_BIRTH", birth_text(rng, day, style), "event_date")


def ticket_number(rng: random.Random) -> Mark:
    """A receipt or slip number that happens to pass the 個人番号 check."""
    return decoy("MY_NUMBER", my_number(rng), "slip_number_passing_check")


def corporate(rng: random.Random) -> Mark:
    return decoy("MY_NUMBER", corporate_number(rng), "corporate_number")


def product_code(rng: random.Random) -> Mark:
    body = rng.choice(["29", "98", "20", "71"]) + digits(rng, 13)
    return decoy("CREDIT_CARD", body + luhn.calc_check_digit(body), "product_code_luhn")


def model_number(rng: random.Random) -> Mark:
    return decoy("PASSPORT", rng.choice(["KX", "DR", "HF", "PW", "SL"]) + digits(rng, 7), "model_number")


def office_number(rng: random.Random) -> Mark:
    """The employer's 雇用保険適用事業所番号: the shape of a person's number, the office's own."""
    return decoy("EMPLOYMENT_INSURANCE_NUMBER", employment_insurance(rng), "employer_office_number")
