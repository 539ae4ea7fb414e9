"""The fourth corpus (benchmarks/corpus4, the held-out evaluation set after corpus 3):
deterministic for a seed, every planted value where its truth says (as daicho's
extraction reads the file), identifiers with valid check digits, the scorer giving
perfect findings 1.0, every entity type and 要配慮 category present, and no name,
place or phrase list shared with corpora 2 and 3. No detector is run on it here."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import phonenumbers
import pytest
from stdnum import luhn
from stdnum.jp import cn, in_

import benchmarks.corpus2.beliefs as corpus2_beliefs
import benchmarks.corpus2.health as corpus2_health
from benchmarks import corpus4
from benchmarks.corpus2.names import FEMALE, MALE, SURNAMES as CORPUS2_SURNAMES
from benchmarks.corpus2.places import TOWNS as CORPUS2_TOWNS
from benchmarks.corpus3.names import ABROAD as CORPUS3_ABROAD, FAMILY, GIVEN_F, GIVEN_M
from benchmarks.corpus3.phrases import CARE, GENERAL, TRAFFIC
from benchmarks.corpus3.places import TOWNS as CORPUS3_TOWNS
from benchmarks.corpus4 import generate, write
from benchmarks.corpus4.folk import ABROAD, GIVEN, SURNAMES
from benchmarks.corpus4.land import TOWNS
from benchmarks.corpus4.sayings import ABOUT, OF_NO_ONE
from benchmarks.scoring.dates import parse_date
from benchmarks.scoring.records import Reported, read_truth
from benchmarks.scoring.score import score
from benchmarks.scoring.table import clean_rate, lookalike_rate, metrics
from benchmarks.scoring.values import phone_digits
from tests.benchmarks.planted import (ENTITY_TYPES, assert_check_digits, assert_deterministic, card_number, check_places,
                                      license_check)
from tests.benchmarks.test_corpus3 import _strings

SMALL = 0.1  # one or two documents of every kind
CATEGORIES = set(ABOUT) | {"本籍"}


@pytest.fixture(scope="module")
def docs():
    """A tenth of the corpus: every kind of document once or twice; the same for every test."""
    return generate(scale=SMALL)


def _items(docs) -> list:
    return [item for doc in docs for item in doc.items]


def test_every_planted_value_is_in_the_extracted_text_at_its_place(docs):
    assert check_places(docs) > 600


CHECKS = {
    ("MY_NUMBER", False): in_.is_valid, ("CREDIT_CARD", False): card_number, ("DRIVERS_LICENSE", False): license_check,
    ("HEALTH_INSURANCE_NUMBER", False): lambda n: len(n) == 8 and luhn.is_valid(n),
    ("MY_NUMBER", "member_number"): in_.is_valid, ("MY_NUMBER", "product_code"): in_.is_valid,
    ("MY_NUMBER", "corporate_number"): cn.is_valid,
}


def test_identifiers_and_their_look_alikes_pass_their_check_digits(docs):
    assert_check_digits([i for i in _items(docs) if not i.mark.optional], CHECKS)


def test_phones_are_valid_japanese_numbers_and_births_read_as_their_day(docs):
    phones = [i.mark.text for i in _items(docs) if i.mark.entity_type == "PHONE" and not i.mark.negative]
    births = [i.mark for i in _items(docs) if i.mark.entity_type == "DATE_OF_BIRTH"]
    assert len(phones) > 50 and len(births) > 50
    for text in phones:
        assert phonenumbers.is_valid_number(phonenumbers.parse(phone_digits(text), "JP")), text
    for mark in births:
        assert parse_date(mark.text) == date.fromisoformat(mark.date), mark


def test_every_entity_type_category_and_look_alike_kind_is_planted(docs):
    positives = [i.mark for i in _items(docs) if not i.mark.negative and not i.mark.optional]
    assert {m.entity_type for m in positives} == ENTITY_TYPES
    assert {m.category for m in positives if m.entity_type == "SENSITIVE"} == CATEGORIES
    kinds = {i.mark.kind for i in _items(docs) if i.mark.negative}
    assert {"office_phone", "office_address", "policy_number", "member_number", "product_code", "product_name",
            "shop_name", "contract_date", "move_in_date", "course_date", "renewal_date", "company_account",
            "corporate_number", "badge_number", "order_number"} <= kinds
    assert kinds & {kind for _, kind in OF_NO_ONE}  # disease, faith, union or crime words said of no one


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


def test_one_seed_gives_the_same_files_and_truth(docs):
    assert_deterministic(corpus4, docs, SMALL, other_seed=11)


@pytest.mark.slow
def test_the_full_corpus_has_about_300_files_and_40_clean_every_value_in_place():
    documents = generate()
    assert 280 <= len(documents) <= 320
    assert len([d for d in documents if d.clean]) >= 40
    assert_check_digits([i for i in _items(documents) if not i.mark.optional], CHECKS)
    assert check_places(documents) > 5000


def test_no_name_place_or_phrase_list_is_shared_with_corpus_2_or_3():
    ours = {s[0] for s in SURNAMES} | {g[0] for g in GIVEN} | {a[i] for a in ABROAD for i in (0, 1, 2) if a[i]}
    theirs = ({s for s, _ in CORPUS2_SURNAMES} | {g for g, _ in MALE + FEMALE} | {f[0] for f in FAMILY}
              | {g[0] for g in GIVEN_F + GIVEN_M} | {a[i] for a in CORPUS3_ABROAD for i in (0, 1, 2) if a[i]})
    assert len(ours) > 100 and not ours & theirs
    for towns in (CORPUS2_TOWNS, CORPUS3_TOWNS):
        assert not {t[1] for t in TOWNS} & {t[1] for t in towns}
        assert not {t[2] for t in TOWNS} & {t[2] for t in towns}
    phrases = {p for ps in ABOUT.values() for p in ps} | {t for t, _ in OF_NO_ONE}
    written = (_strings(corpus2_health) | _strings(corpus2_beliefs) | {p for ps in CARE.values() for p in ps}
               | {t for t, _ in GENERAL} | set(TRAFFIC))
    assert len(written) > 30 and not phrases & written
    assert not any(p in w or w in p for p in phrases for w in written if len(w) >= 8)
