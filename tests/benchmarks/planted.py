"""What the tests of the generated corpora (2, 3 and 4) check alike: the same bytes
for one seed, every planted value at its place in the text daicho's extraction
gives, the check digits of licences and card numbers, valid phones and dated
births, an oracle's full marks, and the strings of a corpus's phrase lists."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import phonenumbers
from stdnum import luhn

from benchmarks.scoring.dates import parse_date
from benchmarks.scoring.records import Reported, read_truth
from benchmarks.scoring.score import score
from benchmarks.scoring.table import clean_rate, lookalike_rate, metrics
from benchmarks.scoring.values import alnum, phone_digits

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


def items_of(docs) -> list:
    return [item for doc in docs for item in doc.items]


def assert_phones_valid_and_births_dated(items) -> None:
    """Every planted phone is a valid Japanese number; every birth reads as its day."""
    phones = [i.mark.text for i in items if i.mark.entity_type == "PHONE" and not i.mark.negative]
    births = [i.mark for i in items if i.mark.entity_type == "DATE_OF_BIRTH" and not i.mark.negative]
    assert len(phones) > 50 and len(births) > 50
    for text in phones:
        assert phonenumbers.is_valid_number(phonenumbers.parse(phone_digits(text), "JP")), text
    for mark in births:
        assert parse_date(mark.text) == date.fromisoformat(mark.date), mark


def assert_oracle_scores_one(write, out: Path, scale: float, clean_files: int) -> None:
    """An oracle: every planted value reported as itself, where it is, scores 1.0, and
    no look-alike is flagged."""
    _, truth_path = write(out, scale=scale)
    truth = read_truth(truth_path)
    findings = [Reported(i.path, i.entity_type, i.value, i.location, i.category, i.place)
                for i in truth.items if not i.negative and not i.optional]
    result = score(truth, findings)
    for name, row in result.rows.items():
        assert metrics(row)[:2] == (1.0, 1.0), (name, row)
    assert lookalike_rate(result) == 0 and clean_rate(result) == 0
    assert len(truth.clean_files) >= clean_files and sum(result.negatives.values()) > 100


def assert_whole_corpus(documents, suffixes: set[str], checks: dict) -> None:
    """A whole generated corpus: about 300 files, 40 of them clean, the formats named,
    valid check digits, every planted value in place."""
    clean = [d for d in documents if d.clean]
    assert 280 <= len(documents) <= 320 and len(clean) >= 40
    assert suffixes <= {d.path.rsplit(".", 1)[-1] for d in documents}
    assert_check_digits([i for i in items_of(documents) if not i.mark.optional], checks)
    assert check_places(documents) > 5000


def module_strings(module) -> set[str]:
    """Every string in the module-level lists, tuples, sets and dicts of a module (a
    corpus's phrase lists)."""
    found: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, str):
            found.add(value)
        elif isinstance(value, (list, tuple, set, frozenset)):
            for v in value:
                walk(v)
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(k)
                walk(v)

    for name, value in vars(module).items():
        if not name.startswith("__") and isinstance(value, (list, tuple, dict, set, frozenset)):
            walk(value)
    return found
