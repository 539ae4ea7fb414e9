"""A person's social-insurance numbers in a headerless export (a host's payroll or staff
file): one column of ten-digit numbers (基礎年金番号, 4+6) and one of eleven (雇用保険被保険者
番号, 4+6+1), none opening with 0 (a phone's). Each shape alone is any code's; the two side
by side in records about people are the pair every employer files for each employee."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

PENSION_LABEL, INSURED_LABEL = "基礎年金番号", "雇用保険被保険者番号"
MIN_FILLED = 4
_DIGITS = {10: re.compile(r"[1-9][0-9]{9}"), 11: re.compile(r"[1-9][0-9]{10}")}


def _all_of(column: Sequence[str], length: int) -> bool:
    values = [value.strip() for value in column if value.strip()]
    return len(values) >= MIN_FILLED and all(_DIGITS[length].fullmatch(value) for value in values)


def insurance_columns(columns: Mapping[int, Sequence[str]]) -> dict[int, str]:
    """Column -> label for the one pension column and the one insured column, or {}."""
    pensions = [c for c, column in columns.items() if _all_of(column, 10)]
    insureds = [c for c, column in columns.items() if _all_of(column, 11)]
    if len(pensions) != 1 or len(insureds) != 1:
        return {}
    return {pensions[0]: PENSION_LABEL, insureds[0]: INSURED_LABEL}
