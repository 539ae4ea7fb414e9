"""Corpus 21's numbers: identifiers with their check digits, phones in the numbering
plan, births written the ways office clerks write them, and the look-alikes that share
their shapes (a receipt key passing the My Number check, a gift code passing Luhn)."""

from __future__ import annotations

from datetime import date, timedelta

import phonenumbers
from stdnum import luhn
from stdnum.jp import cn, in_

from benchmarks.corpus16.model import Mark, decoy, val

KANJI = "〇一二三四五六七八九"
ERAS = [("令和", "R", date(2019, 5, 1)), ("平成", "H", date(1989, 1, 8)), ("昭和", "S", date(1926, 12, 25))]
AREAS = ["03", "06", "011", "022", "025", "045", "048", "052", "075", "078", "082", "086", "092", "096", "099",
         "0263", "0848", "0265", "0554", "0276"]
BANKS = ["みずなみ銀行", "東和信託銀行", "さくら野銀行", "北陸中央銀行", "ゆうちょ銀行", "瀬戸内第一銀行"]
BRANCHES = ["本店営業部", "駅前支店", "中央支店", "西口支店", "緑町支店", "港南支店"]
DOMAINS = ["mail.example.jp", "example.ne.jp", "ex-net.jp", "example.com", "docomo.example.ne.jp"]


def digits(rng, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def my_number(rng, sep: str = "") -> Mark:
    base = str(rng.randint(1, 9)) + digits(rng, 10)
    full = base + in_.calc_check_digit(base)
    text = sep.join((full[:4], full[4:8], full[8:])) if sep else full
    return val("MY_NUMBER", text)


def receipt_key(rng) -> Mark:
    """A 12-digit receipt/reservation key that happens to pass the My Number check."""
    base = "2" + digits(rng, 10)
    return decoy("MY_NUMBER", base + in_.calc_check_digit(base), "receipt_key_mynumber_check")


def hojin_number(rng) -> Mark:
    base = digits(rng, 12)
    return decoy("MY_NUMBER", cn.calc_check_digit(base) + base, "hojin_number")


def license_no(rng) -> Mark:
    head = rng.choice(["30", "45", "50", "62", "71", "81", "92", "12", "22"]) + digits(rng, 8)
    total = sum(int(d) * w for d, w in zip(head, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
    return val("DRIVERS_LICENSE", head + str((11 - total % 11) % 10) + rng.choice("0001"))


def card(rng, sep: str = "-") -> Mark:
    head = rng.choice(["4", "4", "53", "54", "3540", "3566"])
    base = head + digits(rng, 15 - len(head))
    full = base + luhn.calc_check_digit(base)
    return val("CREDIT_CARD", sep.join(full[i:i + 4] for i in range(0, 16, 4)))


def gift_code(rng) -> Mark:
    base = "6" + digits(rng, 14)
    full = base + luhn.calc_check_digit(base)
    return decoy("CREDIT_CARD", " ".join(full[i:i + 4] for i in range(0, 16, 4)), "gift_code_luhn")


def insurer(rng) -> Mark:
    base = rng.choice(["06", "01", "31", "32", "34", "63"]) + f"{rng.randint(1, 47):02d}" + digits(rng, 3)
    return val("HEALTH_INSURANCE_NUMBER", base + luhn.calc_check_digit(base))


def pension(rng) -> Mark:
    return val("BASIC_PENSION_NUMBER", f"{rng.randint(1000, 9899)}-{digits(rng, 6)}")


def koyo(rng) -> Mark:
    return val("EMPLOYMENT_INSURANCE_NUMBER", f"{rng.randint(1000, 9999)}-{digits(rng, 6)}-{rng.randint(0, 9)}")


def jigyosho(rng) -> Mark:
    """The employer's own 適用事業所番号: the 4-6-1 layout of a worker's number."""
    return decoy("EMPLOYMENT_INSURANCE_NUMBER", f"{rng.randint(1000, 9999)}-{digits(rng, 6)}-{rng.randint(0, 9)}",
                 "jigyosho_number")


def passport(rng) -> Mark:
    return val("PASSPORT", rng.choice(["TK", "TR", "MZ", "TZ", "TS", "E", "G", "P"]).ljust(2, "K")[:2] + digits(rng, 7))


def part_number(rng) -> Mark:
    return decoy("PASSPORT", rng.choice(["TX", "MR", "TB", "KZ"]) + digits(rng, 7), "part_number")


def residence(rng) -> Mark:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    pick = lambda: rng.choice(letters)  # noqa: E731
    return val("RESIDENCE_CARD", pick() + pick() + digits(rng, 8) + pick() + pick())


def account(rng) -> tuple[str, Mark]:
    """(bank and branch, the account as the clerk writes it)."""
    if rng.random() < 0.15:
        return "ゆうちょ銀行", val("BANK_ACCOUNT", f"記号1{digits(rng, 4)} 番号{digits(rng, 8)}")
    kind = rng.choice(["普通", "普通", "当座"])
    return f"{rng.choice(BANKS[:4] + BANKS[5:])} {rng.choice(BRANCHES)}", val("BANK_ACCOUNT", f"{kind} {digits(rng, 7)}")


def phone(rng, mobile: bool | None = None, style: int = 0) -> Mark:
    while True:
        if mobile if mobile is not None else rng.random() < 0.55:
            number = rng.choice(["090", "080", "070"]) + str(rng.randint(1, 9)) + digits(rng, 7)
            parts = (number[:3], number[3:7], number[7:])
        else:
            area = rng.choice(AREAS)
            local = str(rng.randint(2, 9)) + digits(rng, 9 - len(area))
            number = area + local
            cut = 6 - len(area)
            parts = (area, local[:cut], local[cut:])
        if phonenumbers.is_valid_number(phonenumbers.parse(number, "JP")):
            break
    text = ["-".join(parts), "".join(parts), f"{parts[0]}({parts[1]}){parts[2]}",
            "+81-" + "-".join((parts[0][1:],) + parts[1:]), _wide("－".join(parts))][style % 5]
    return val("PHONE", text)


def _wide(text: str) -> str:
    """Full-width digits, as a clerk's IME leaves them."""
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in text)


def own_phone(rng) -> Mark:
    mark = phone(rng, mobile=False)
    return decoy("PHONE", mark.text, "letterhead_phone")


def email(rng, romaji: str) -> Mark:
    local = romaji.lower().replace(" ", rng.choice([".", "_", ""])) + rng.choice(["", str(rng.randint(1, 99))])
    return val("EMAIL", f"{local}@{rng.choice(DOMAINS)}")


def birthday(rng, lo: int = 1940, hi: int = 2008) -> date:
    return date(lo, 1, 1) + timedelta(days=rng.randint(0, (date(hi, 12, 31) - date(lo, 1, 1)).days))


def kanji_num(n: int) -> str:
    if n < 10:
        return KANJI[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else KANJI[tens]) + "十" + (KANJI[ones] if ones else "")


def era_of(day: date) -> tuple[str, str, int]:
    for name, abbr, start in ERAS:
        if day >= start:
            return name, abbr, day.year - start.year + 1
    return "昭和", "S", day.year - 1925


def written_date(day: date, style: int) -> str:
    name, abbr, year = era_of(day)
    y = "元" if year == 1 and style in (1, 6) else str(year)
    forms = [f"{day.year}年{day.month}月{day.day}日", f"{name}{y}年{day.month}月{day.day}日",
             f"{abbr}{year:02d}.{day.month:02d}.{day.day:02d}", f"{day.year}/{day.month:02d}/{day.day:02d}",
             f"{name[0]}{year}.{day.month}.{day.day}", f"{day:%Y%m%d}",
             f"{name}{kanji_num(year) if year > 1 else '元'}年{kanji_num(day.month)}月{kanji_num(day.day)}日",
             f"{day.year}-{day.month:02d}-{day.day:02d}", f"{abbr}{year}/{day.month}/{day.day}"]
    return forms[style % len(forms)]


def birth(rng, style: int | None = None, lo: int = 1940, hi: int = 2008) -> Mark:
    day = birthday(rng, lo, hi)
    return val("DATE_OF_BIRTH", written_date(day, rng.randrange(9) if style is None else style), date=day.isoformat())


def not_birth(rng, style: int | None = None) -> Mark:
    """A date in the same forms that is not anyone's birth (a session, a visit)."""
    day = birthday(rng, 2024, 2026)
    return decoy("DATE_OF_BIRTH", written_date(day, rng.choice([0, 1, 3, 7]) if style is None else style),
                 "session_date")


def postal(rng) -> str:
    return f"{rng.randint(100, 999)}-{rng.randint(0, 9999):04d}"
