"""Short ways to make the marks of corpus 13."""

from __future__ import annotations

from datetime import date

from benchmarks.corpus13.marks import Mark


def who(text: str) -> Mark:
    return Mark("PERSON", text)


def where(text: str) -> Mark:
    return Mark("ADDRESS", text)


def value(entity_type: str, text: str) -> Mark:
    return Mark(entity_type, text)


def sensitive(category: str, text: str) -> Mark:
    return Mark("SENSITIVE", text, category=category)


def normal_result(text: str) -> Mark:
    """A check-up value within limits: neither right nor wrong when reported."""
    return Mark("SENSITIVE", text, category="健康診断結果", optional=True)


def born(day: date, text: str, two_digit: bool = False) -> Mark:
    return Mark("DATE_OF_BIRTH", text, date=day.isoformat(), kind="two-digit year" if two_digit else None)


def not_birth(day: date, text: str, kind: str) -> Mark:
    return Mark("DATE_OF_BIRTH", text, negative=True, kind=kind, date=day.isoformat())


def alike(entity_type: str, text: str, kind: str) -> Mark:
    """A look-alike: the organisation's own contact, a code passing a check, a pet…"""
    return Mark(entity_type, text, negative=True, kind=kind)


def maybe(entity_type: str, text: str) -> Mark:
    """A value that counts neither way (a 本籍 read as an address)."""
    return Mark(entity_type, text, optional=True)
