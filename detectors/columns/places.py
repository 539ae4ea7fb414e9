"""Address and postal-code columns of a table without a header, told by their
values as a whole. An address column holds a prefecture or a municipality with
block numbers in most records (a person's or a household's address; the town
names of the postal master KEN_ALL have no block numbers). A column of 7-digit
numbers is postal codes beside such a column, or when its codes agree with the
prefectures of the addresses in the same records; slip numbers, amounts and
customer codes count up from zeros and agree with no prefecture."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Mapping, Sequence
from functools import cache
from pathlib import Path

from detectors.jp.address import PREFECTURES

DATA = Path(__file__).resolve().parent / "data"
ADDRESS_SHARE = 0.6  # of a column's values that must read as addresses
POSTAL_SHARE = 0.8
AGREEING_SHARE = 0.6  # of the codes whose address names a prefecture
MIN_VALUES = 4
LEADING_ZEROS_SHARE = 0.5  # codes starting 00 (a zero-padded number): a part of Hokkaido at most

_PREFECTURE = re.compile("|".join(PREFECTURES))
_ADDRESS = re.compile(r"(?:" + "|".join(PREFECTURES) + r"|[^\s0-9]{1,6}?[市区町村郡])[^\t]*?"
                      r"(?:[0-9一二三四五六七八九十]+丁目|[0-9]+番|[0-9]+[-ー‐―−][0-9]+|[0-9]+号)")  # 2ー21ー7: any dash
_POSTAL = re.compile(r"〒? *([0-9]{3})-?([0-9]{4})")

Column = Sequence[str]


def _nfkc(value: str) -> str:
    return unicodedata.normalize("NFKC", value)


@cache
def postal_regions() -> dict[str, frozenset[str]]:
    """Prefecture -> the first two digits of its postal codes (a data file)."""
    text = (DATA / "postal_regions.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {prefecture: frozenset(prefixes.split()) for prefecture, prefixes in rows}


def prefecture_of(value: str) -> str | None:
    """The prefecture a value names, or None."""
    match = _PREFECTURE.search(_nfkc(value))
    return match.group() if match else None


def _share(column: Column, matches) -> bool:
    filled = [value for value in column if value]
    return len(filled) >= MIN_VALUES and sum(1 for value in filled if matches(value)) >= ADDRESS_SHARE * len(filled)


def address_columns(columns: Mapping[int, Column]) -> set[int]:
    return {c for c, column in columns.items() if _share(column, lambda v: _ADDRESS.search(_nfkc(v)) is not None)}


def postal_codes(column: Column) -> list[str | None] | None:
    """Each record's postal code as 7 digits (None where blank or another shape),
    or None when the column is not one of codes."""
    codes = [(lambda m: m.group(1) + m.group(2) if m else None)(_POSTAL.fullmatch(_nfkc(value))) if value else None
             for value in column]
    filled = sum(1 for value in column if value)
    found = [code for code in codes if code]
    if len(found) < MIN_VALUES or len(found) < POSTAL_SHARE * filled:
        return None
    return None if sum(1 for code in found if code.startswith("00")) > LEADING_ZEROS_SHARE * len(found) else codes


def _agreeing(codes: list[str | None], addresses: list[Column]) -> bool:
    """Whether most codes agree with the prefecture of an address in their record."""
    return agreeing(codes, [[m.group()] if (m := next((m for column in addresses
                                                        if (m := _PREFECTURE.search(_nfkc(column[row])))), None)) else []
                            for row in range(len(codes))])


def agreeing(codes: list[str | None], prefectures: Sequence[Collection[str]]) -> bool:
    """Whether most codes agree with a prefecture their record names (none: judged not)."""
    regions, judged, agreed = postal_regions(), 0, 0
    for code, named in zip(codes, prefectures):
        if code and named:
            judged += 1
            agreed += any(code[:2] in regions.get(prefecture, ()) for prefecture in named)
    return judged >= MIN_VALUES and agreed >= AGREEING_SHARE * judged


def place_code_columns(columns: Mapping[int, Column]) -> set[int]:
    """Columns of postal codes that agree with the prefectures of their records in a
    master of places (KEN_ALL and its like: towns, no block numbers, nobody)."""
    places = [c for c, column in columns.items() if _share(column, lambda v: _PREFECTURE.search(_nfkc(v)) is not None)]
    return {c for c, column in columns.items()
            if places and (codes := postal_codes(column)) is not None and _agreeing(codes, [columns[p] for p in places])}


def postal_columns(columns: Mapping[int, Column], addresses: set[int]) -> set[int]:
    """Columns of postal codes: right before an address column (as 〒 stands before its
    address), after one in the code's own shape (123-4567), or anywhere agreeing with the
    prefectures of the addresses of their records. An address has one code: where codes
    stand on both sides of it, the one after it (a bank's and a branch's codes, 0005318)
    counts only if it agrees. Seven bare digits after an address that agree with no
    prefecture are the next field's number (a delivery list's 受注番号): of nineteen writers'
    codes typed by their column, 194 stood bare or hyphenated before an address and 67
    hyphenated after one; none bare after one, where 76 order numbers stood."""
    found, agreeing_codes = set(), set()
    codes_of = {c: postal_codes(column) for c, column in columns.items() if c not in addresses and addresses}
    for c, codes in codes_of.items():
        if codes is None:
            continue
        if _agreeing(codes, [columns[a] for a in sorted(addresses)]):
            agreeing_codes.add(c)
        elif (c + 1) in addresses or ((c - 1) in addresses and codes_of.get(c - 2) is None
                                      and written_as_codes(columns[c])):
            found.add(c)
    return found | agreeing_codes


_HYPHENATED = re.compile(r"〒? *[0-9]{3}-[0-9]{4}")


def written_as_codes(column: Column) -> bool:
    """Whether a column's values are written in the postal code's own shape (123-4567, 〒1234567)."""
    filled = [value.strip() for value in column if value.strip()]
    written = sum(1 for value in filled if _HYPHENATED.fullmatch(_nfkc(value)) or value.startswith("〒"))
    return bool(filled) and written >= POSTAL_SHARE * len(filled)
