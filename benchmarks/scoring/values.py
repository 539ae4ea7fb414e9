"""When a reported text is a planted value: the matching rule of each entity type.

- identifiers (My Number, card, account, pension, insurance, passport …) and
  postal codes: the same letters and digits after NFKC with every separator
  removed; one may contain the other when the shorter has 6 or more (an account
  reported with its branch, a postal code with its 〒);
- phones: the same digits (+81 read as a leading 0); containment from 10 digits;
- e-mail: the same address, case-insensitive;
- dates of birth: the same calendar date (和暦 and Western forms alike);
- names, addresses and 要配慮 phrases: overlapping text — one contains the other,
  or both share two or more consecutive characters after NFKC and whitespace
  removal (the rule of /work/shared/hooks/wiki_person_score.py).
"""

from __future__ import annotations

import re
import unicodedata

from benchmarks.scoring.dates import parse_date

TEXT_TYPES = frozenset({"PERSON", "ADDRESS", "SENSITIVE"})
_NOT_ALNUM = re.compile(r"[^0-9A-Z]+")


def compact(text: str) -> str:
    """NFKC with all whitespace removed: the form names and phrases are compared in."""
    return "".join(unicodedata.normalize("NFKC", text or "").split())


def overlaps(a: str, b: str) -> bool:
    a, b = compact(a), compact(b)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    return any(a[i:i + 2] in b for i in range(len(a) - 1))


def alnum(text: str) -> str:
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKC", text or "").upper())


def phone_digits(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").strip()
    digits = "".join(ch for ch in text if ch.isdigit())
    return "0" + digits[2:] if text.startswith("+81") else digits


def _same_or_within(a: str, b: str, shortest: int) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= shortest and short in long


def matches(entity_type: str, truth_text: str, finding_text: str, truth_date: str | None = None) -> bool:
    """Whether a finding's text is the planted value (see the module docstring)."""
    if entity_type in TEXT_TYPES or entity_type.startswith("NE_"):
        return overlaps(truth_text, finding_text)
    if entity_type == "DATE_OF_BIRTH":
        if compact(truth_text) == compact(finding_text):
            return True
        day = parse_date(finding_text)
        return day is not None and day.isoformat() == (truth_date or _iso(truth_text))
    if entity_type == "PHONE":
        return _same_or_within(phone_digits(truth_text), phone_digits(finding_text), 10)
    if entity_type == "EMAIL":
        return _same_or_within(compact(truth_text).lower(), compact(finding_text).lower(), 6)
    return _same_or_within(alnum(truth_text), alnum(finding_text), 6)


def _iso(text: str) -> str | None:
    day = parse_date(text)
    return day.isoformat() if day else None
