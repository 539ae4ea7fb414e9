"""The third corpus (benchmarks/corpus3, the held-out evaluation set): deterministic
for a seed, every planted value where its truth says (as daicho's extraction reads
the file), identifiers with valid check digits, the scorer giving perfect findings
1.0, every entity type and 要配慮 category present, and no name, place or phrase
list shared with corpus 2. No detector is run on it here."""

from __future__ import annotations

import hashlib
from collections import Counter
from datetime import date
from pathlib import Path

import phonenumbers
import pytest
from stdnum import ean, luhn
from stdnum.jp import cn, in_

import benchmarks.corpus2.beliefs as corpus2_beliefs
import benchmarks.corpus2.health as corpus2_health
from benchmarks.corpus2.names import FEMALE, MALE, SURNAMES
from benchmarks.corpus2.places import TOWNS as CORPUS2_TOWNS
from benchmarks.corpus3 import generate, truth_records, write
from benchmarks.corpus3.names import ABROAD, FAMILY, GIVEN_F, GIVEN_M
from benchmarks.corpus3.phrases import CARE, GENERAL
from benchmarks.corpus3.places import TOWNS
from benchmarks.scoring.dates import parse_date
from benchmarks.scoring.records import Reported, read_truth
from benchmarks.scoring.score import score
from benchmarks.scoring.table import clean_rate, lookalike_rate, metrics
from benchmarks.scoring.values import alnum, phone_digits
from tests.benchmarks.extracted import units_by_path

SMALL = 0.1  # one or two documents of every kind
ENTITY_TYPES = {"PERSON", "ADDRESS", "PHONE", "EMAIL", "POSTAL_CODE", "DATE_OF_BIRTH", "MY_NUMBER", "PASSPORT",
                "RESIDENCE_CARD", "DRIVERS_LICENSE", "BASIC_PENSION_NUMBER", "RESIDENT_RECORD_CODE",
                "EMPLOYMENT_INSURANCE_NUMBER", "HEALTH_INSURANCE_NUMBER", "BANK_ACCOUNT", "CREDIT_CARD", "SENSITIVE"}


@pytest.fixture(scope="module")
def docs():
    return generate(scale=SMALL)


@pytest.fixture(scope="module")
def items(docs):
    return [item for doc in docs for item in doc.items]


def _fingerprint(documents) -> list[tuple[str, str]]:
    return [(d.path, hashlib.sha256(d.data).hexdigest()) for d in documents]


def test_one_seed_gives_the_same_files_and_truth(docs):
    again = generate(scale=SMALL)
    assert _fingerprint(again) == _fingerprint(docs)
    assert truth_records(again, 0, SMALL) == truth_records(docs, 0, SMALL)
    assert truth_records(generate(seed=11, scale=SMALL), 0, SMALL) != truth_records(docs, 0, SMALL)


def _places(units, text: str) -> set[str]:
    places = set()
    for unit in units:
        start = unit.text.find(text)
        while start >= 0:
            places.add(unit.locate(start))
            start = unit.text.find(text, start + 1)
    return places


def test_every_planted_value_is_in_the_extracted_text_at_its_place(docs):
    checked = 0
    for doc in docs:
        units = units_by_path(doc.path, doc.data)
        for item in doc.items:
            places = _places(units[item.path], item.mark.text)
            assert places, (item.path, item.mark)
            assert item.location is None or item.location in places, (item.path, item.location, item.mark, places)
            checked += 1
    assert checked > 600


def _license(number: str) -> bool:
    total = sum(int(d) * w for d, w in zip(number, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
    return number[10] == str((11 - total % 11) % 10)


def _card(number: str) -> bool:
    issuer = 3528 <= int(number[:4]) <= 3589 or number[0] == "4" or 51 <= int(number[:2]) <= 55
    return issuer and luhn.is_valid(number)


CHECKS = {
    ("MY_NUMBER", False): in_.is_valid, ("CREDIT_CARD", False): _card, ("DRIVERS_LICENSE", False): _license,
    ("HEALTH_INSURANCE_NUMBER", False): lambda n: len(n) == 8 and luhn.is_valid(n),
    ("MY_NUMBER", "quote_number"): in_.is_valid, ("MY_NUMBER", "jan_code"): ean.is_valid,
    ("MY_NUMBER", "invoice_registration"): lambda n: cn.is_valid(n[1:]),
    ("CREDIT_CARD", "slip_number"): lambda n: luhn.is_valid(n) and not _card(n),
}


def test_identifiers_and_their_look_alikes_pass_their_check_digits(items):
    checked = Counter()
    for item in items:
        key = (item.mark.entity_type, item.mark.kind if item.mark.negative else False)
        if key in CHECKS:
            assert CHECKS[key](alnum(item.mark.text)), item
            checked[key] += 1
    assert set(checked) == set(CHECKS)


def test_phones_are_valid_japanese_numbers_and_births_read_as_their_day(items):
    phones = [i.mark.text for i in items if i.mark.entity_type == "PHONE" and not i.mark.negative]
    births = [i.mark for i in items if i.mark.entity_type == "DATE_OF_BIRTH" and not i.mark.negative]
    assert len(phones) > 50 and len(births) > 50
    for text in phones:
        assert phonenumbers.is_valid_number(phonenumbers.parse(phone_digits(text), "JP")), text
    for mark in births:
        assert parse_date(mark.text) == date.fromisoformat(mark.date), mark


def test_every_entity_type_category_and_look_alike_kind_is_planted(items):
    positives = [i.mark for i in items if not i.mark.negative and not i.mark.optional]
    assert {m.entity_type for m in positives} == ENTITY_TYPES
    assert {m.category for m in positives if m.entity_type == "SENSITIVE"} == set(CARE) | {"本籍"}
    kinds = {i.mark.kind for i in items if i.mark.negative}
    assert {"org_phone", "org_address", "temple_address", "order_number", "invoice_number", "delivery_date",
            "interview_date", "meeting_date", "product_name", "company_name", "health_article", "jan_code",
            "company_account", "employer_number"} <= kinds


def test_the_scorer_gives_perfect_findings_full_marks(tmp_path: Path):
    """An oracle: every planted value reported as itself, where it is, scores 1.0."""
    _, truth_path = write(tmp_path, scale=SMALL)
    truth = read_truth(truth_path)
    findings = [Reported(i.path, i.entity_type, i.value, i.location, i.category, i.place)
                for i in truth.items if not i.negative and not i.optional]
    result = score(truth, findings)
    for name, row in result.rows.items():
        assert metrics(row)[:2] == (1.0, 1.0), (name, row)
    assert lookalike_rate(result) == 0 and clean_rate(result) == 0
    assert len(truth.clean_files) >= 7 and sum(result.negatives.values()) > 100


def test_the_full_corpus_has_about_300_files_and_40_clean():
    documents = generate()
    assert 280 <= len(documents) <= 320
    assert len([d for d in documents if d.clean]) >= 40


def test_no_name_place_or_phrase_list_is_shared_with_corpus_2():
    ours = {f[0] for f in FAMILY} | {g[0] for g in GIVEN_F + GIVEN_M} | {a[0] for a in ABROAD}
    theirs = {s for s, _ in SURNAMES} | {g for g, _ in MALE + FEMALE}
    assert len(ours) > 70 and not ours & theirs
    assert not {t[1] for t in TOWNS} & {t[1] for t in CORPUS2_TOWNS}
    assert not {t[2] for t in TOWNS} & {t[2] for t in CORPUS2_TOWNS}
    phrases = {p for ps in CARE.values() for p in ps} | {t for t, _ in GENERAL}
    written = _strings(corpus2_health) | _strings(corpus2_beliefs)
    assert len(written) > 30 and not phrases & written
    assert not any(p in w or w in p for p in phrases for w in written if len(w) >= 8)


def _strings(module) -> set[str]:
    """Every string in the module-level lists, tuples and dicts of corpus 2's phrase modules."""
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
