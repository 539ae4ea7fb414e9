"""Phone columns of a table without a header, and the prefectures a fixed line's area
code names. A column is phones when most of its values are numbers of 10 or 11 digits
(bare, or grouped by dashes or brackets) that Japan's numbering plan takes
(phonenumbers), in no counting order (a code zero-padded to ten digits counts up with
the records) and not a free dial (an organisation's). A fixed line's area code names
its prefecture (libphonenumber's geocoding data, data/phone_regions.tsv): a person's
landline is near his home, so a column of 7-digit numbers that agree with it is his
postal code."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from functools import cache, lru_cache

import phonenumbers

from detectors.columns.places import DATA

PHONE_LABEL = "電話番号"
PHONE_SHARE = 0.8
MIN_VALUES = 4
SAMPLE = 200  # values judged of a column: phone parsing is the costly part
ASCENDING_SHARE = 0.9  # of the adjacent pairs: a serial number or a code counts up with the records

_BARE = re.compile(r"0[1-9][0-9]{8,9}")
_ORGANISATION = ("0120", "0800", "0570", "0180")


@cache
def _area_groups() -> dict[str, frozenset[str]]:
    """The first two digits after a fixed line's 0 (03 1…, 04 2…, 07 6…) -> the prefectures
    whose area codes start so (a data file of area-code prefixes). An area code may cross a
    border (042: Tama, Sagamihara, Tokorozawa) and a person may live just across one: a
    number agrees with every prefecture its two digits reach."""
    text = (DATA / "phone_regions.tsv").read_text(encoding="utf-8")
    groups: dict[str, set[str]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            prefecture, prefixes = line.split("\t")
            for prefix in prefixes.split():
                for group in ([prefix[:2]] if len(prefix) >= 2 else [prefix + digit for digit in "0123456789"]):
                    groups.setdefault(group, set()).add(prefecture)
    return {group: frozenset(found) for group, found in groups.items()}


def landline_prefectures(value: str) -> frozenset[str]:
    """The prefectures a bare fixed-line number of 10 digits may be in; none for a mobile,
    an IP phone, a free dial or another shape."""
    if len(value) != 10 or not _BARE.fullmatch(value):
        return frozenset()
    return _area_groups().get(value[1:3], frozenset())


@lru_cache(maxsize=4096)
def is_bare_phone(value: str) -> bool:
    if not _BARE.fullmatch(value) or value.startswith(_ORGANISATION):
        return False
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(value, "JP"))
    except phonenumbers.NumberParseException:
        return False


_SEPARATORS = re.compile(r"[-‐−ー() ]")  # 0263-45-1287, (0263)45-1287: the digits judged alike


def _digits(value: str) -> str:
    return _SEPARATORS.sub("", unicodedata.normalize("NFKC", value).strip())


def counts_up(values: list[str]) -> bool:
    """Whether the values count up with the records (a serial number, a zero-padded code)."""
    pairs = list(zip(values, values[1:]))
    return bool(pairs) and sum(a < b for a, b in pairs) >= ASCENDING_SHARE * len(pairs)


def _is_phones(column: Sequence[str]) -> bool:
    values = [_digits(value) for value in column if value.strip()][:SAMPLE]
    if len(values) < MIN_VALUES or sum(1 for value in values if _BARE.fullmatch(value)) < PHONE_SHARE * len(values):
        return False
    return sum(map(is_bare_phone, values)) >= PHONE_SHARE * len(values) and not counts_up(values)


def phone_columns(columns: Mapping[int, Sequence[str]]) -> set[int]:
    """The columns of bare phone numbers."""
    return {c for c, column in columns.items() if _is_phones(column)}


def phone_prefectures(columns: Mapping[int, Sequence[str]], phones: set[int], records: int) -> list[frozenset[str]]:
    """Each record's prefectures as its first landline in the phone columns names them."""
    found: list[frozenset[str]] = [frozenset()] * records
    for c in sorted(phones):
        for row, value in enumerate(columns[c]):
            found[row] = found[row] or landline_prefectures(_digits(value))
    return found
