"""What the tests of the generated corpora (2 and 3) check alike: the same bytes
for one seed, every planted value at its place in the text daicho's extraction
gives, and the check digits of licences and card numbers."""

from __future__ import annotations

import hashlib

from stdnum import luhn

from benchmarks.scoring.values import alnum

from tests.benchmarks.extracted import units_by_path


ENTITY_TYPES = {"PERSON", "ADDRESS", "PHONE", "EMAIL", "POSTAL_CODE", "DATE_OF_BIRTH", "MY_NUMBER", "PASSPORT",
                "RESIDENCE_CARD", "DRIVERS_LICENSE", "BASIC_PENSION_NUMBER", "RESIDENT_RECORD_CODE",
                "EMPLOYMENT_INSURANCE_NUMBER", "HEALTH_INSURANCE_NUMBER", "BANK_ACCOUNT", "CREDIT_CARD", "SENSITIVE"}


def fingerprint(documents) -> list[tuple[str, str]]:
    return [(d.path, hashlib.sha256(d.data).hexdigest()) for d in documents]


def assert_deterministic(corpus, docs, scale: float, other_seed: int) -> None:
    """The same seed gives the same bytes and truth again; another seed other truth."""
    again = corpus.generate(scale=scale)
    assert fingerprint(again) == fingerprint(docs)
    assert corpus.truth_records(again, 0, scale) == corpus.truth_records(docs, 0, scale)
    assert corpus.truth_records(corpus.generate(seed=other_seed, scale=scale), 0, scale) != \
        corpus.truth_records(docs, 0, scale)


def places(units, text: str) -> set[str]:
    """Every location daicho gives for an occurrence of text in the units."""
    found = set()
    for unit in units:
        start = unit.text.find(text)
        while start >= 0:
            found.add(unit.locate(start))
            start = unit.text.find(text, start + 1)
    return found


def check_places(docs) -> int:
    """Asserts every planted value is in its object's extracted text, at its location
    when the truth gives one; returns how many were checked."""
    checked = 0
    for doc in docs:
        units = units_by_path(doc.path, doc.data)
        for item in doc.items:
            found = places(units[item.path], item.mark.text)
            assert found, (item.path, item.mark)
            assert item.location is None or item.location in found, (item.path, item.location, item.mark, found)
            checked += 1
    return checked


def license_check(number: str) -> bool:
    total = sum(int(d) * w for d, w in zip(number, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
    return number[10] == str((11 - total % 11) % 10)


def card_number(number: str) -> bool:
    """Luhn and an issuer's range: JCB 3528-3589, Visa 4, Mastercard 51-55, Amex 34/37, Diners 36."""
    issuer = 3528 <= int(number[:4]) <= 3589 or number[0] == "4" or 51 <= int(number[:2]) <= 55 or \
        number[:2] in ("34", "37", "36")
    return issuer and luhn.is_valid(number)


def assert_check_digits(items, checks: dict) -> None:
    """Every value keyed (entity type, False) or a look-alike keyed (entity type, kind)
    passes its check, and every key has a value."""
    checked = set()
    for item in items:
        key = (item.mark.entity_type, item.mark.kind if item.mark.negative else False)
        if key in checks:
            assert checks[key](alnum(item.mark.text)), item
            checked.add(key)
    assert checked == set(checks)
