"""A person's social-insurance numbers in a headerless export (a host's payroll or staff
file): one column of ten-digit numbers (基礎年金番号, 4+6) and one of eleven (雇用保険被保険者
番号, 4+6+1), none opening with 0 (a phone's). Each shape alone is any code's; the two side
by side in records about people are the pair every employer files for each employee. A
column of My Numbers (twelve digits, every one passing its check digit) beside the ten is
the same pair (a 組合費控除 or 社会保険 list of a personnel desk: 年金番号 and 個人番号 are
what the 年金事務所 asks for). Either number may be written in its 4-6 (4-6-1) groups.
A claims export (レセプト) holds each patient's 保険者番号: eight digits whose first two are a
health insurance's 法別番号 (01 協会けんぽ, 06 組合, 31–34 共済, 39 後期高齢 …) and whose last is
its check digit, or a 国保's six (a prefecture's code first); a column of nothing else is
one (any eight digits pass both one time in sixty)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from stdnum import luhn
from stdnum.jp import in_ as my_number

PENSION_LABEL, INSURED_LABEL, INSURER_LABEL = "基礎年金番号", "雇用保険被保険者番号", "保険者番号"
# 法別番号 of the health insurances (not a 公費's: 10, 12, 15, 21, 51 … name no insurer)
HEALTH_LAW_CODES = frozenset(("01", "02", "03", "04", "06", "07", "31", "32", "33", "34", "39", "63", "67",
                              "72", "73", "74", "75"))
PREFECTURE_CODES = frozenset(f"{n:02d}" for n in range(1, 48))
MIN_FILLED = 4
_DIGITS = {10: re.compile(r"[1-9][0-9]{3}-?[0-9]{6}"), 11: re.compile(r"[1-9][0-9]{3}-?[0-9]{6}-?[0-9]")}
_MY_NUMBER = re.compile(r"[0-9]{4}[- ]?[0-9]{4}[- ]?[0-9]{4}")


def _all_of(column: Sequence[str], length: int) -> bool:
    values = [value.strip() for value in column if value.strip()]
    return len(values) >= MIN_FILLED and all(_DIGITS[length].fullmatch(value) for value in values)


def is_my_number(value: str) -> bool:
    """Whether a value is twelve digits (4-4-4 groups allowed) passing the My Number check digit."""
    if not _MY_NUMBER.fullmatch(value):
        return False
    digits = value.replace("-", "").replace(" ", "")
    return my_number.calc_check_digit(digits[:-1]) == digits[-1]


def _all_my_numbers(column: Sequence[str]) -> bool:
    """Whether a column holds My Numbers alone (each passing its check digit: one in ten of
    any twelve digits would)."""
    values = [value.strip() for value in column if value.strip()]
    return len(values) >= MIN_FILLED and all(map(is_my_number, values))


def is_insurers_number(value: str) -> bool:
    """An 8-digit 保険者番号 of a health insurance's 法別番号, or a 国保's 6 digits, with its check digit."""
    if not value.isdigit() or not value.isascii():
        return False
    codes = {8: HEALTH_LAW_CODES, 6: PREFECTURE_CODES}.get(len(value))
    return codes is not None and value[:2] in codes and luhn.is_valid(value)


def insurer_columns(columns: Mapping[int, Sequence[str]]) -> dict[int, str]:
    """Column -> 保険者番号 for the columns holding only insurers' numbers (blanks aside)."""
    found = {}
    for c, column in columns.items():
        values = [value.strip() for value in column if value.strip()]
        if len(values) >= MIN_FILLED and all(map(is_insurers_number, values)):
            found[c] = INSURER_LABEL
    return found


def insurance_columns(columns: Mapping[int, Sequence[str]]) -> dict[int, str]:
    """Column -> label for the one pension column and the one insured column, and the
    columns of insurers' numbers."""
    insurers = insurer_columns(columns)
    pensions = [c for c, column in columns.items() if _all_of(column, 10)]
    if len(pensions) != 1:
        return insurers
    insureds = [c for c, column in columns.items() if _all_of(column, 11)]
    if len(insureds) == 1:
        return insurers | {pensions[0]: PENSION_LABEL, insureds[0]: INSURED_LABEL}
    if any(_all_my_numbers(column) for c, column in columns.items() if c != pensions[0]):
        return insurers | {pensions[0]: PENSION_LABEL}
    return insurers
