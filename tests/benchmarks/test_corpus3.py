"""The third corpus (benchmarks/corpus3, a development set since corpus 4): deterministic
for a seed, every planted value where its truth says (as daicho's extraction reads
the file), identifiers with valid check digits, the scorer giving perfect findings
1.0, every entity type and 要配慮 category present, and no name, place or phrase
list shared with corpus 2. No detector is run on it here."""

from __future__ import annotations

from pathlib import Path

import pytest
from stdnum import ean, luhn
from stdnum.jp import cn, in_

import benchmarks.corpus2.beliefs as corpus2_beliefs
import benchmarks.corpus2.health as corpus2_health
from benchmarks.corpus2.names import FEMALE, MALE, SURNAMES
from benchmarks.corpus2.places import TOWNS as CORPUS2_TOWNS
from benchmarks import corpus3
from benchmarks.corpus3 import generate, write
from benchmarks.corpus3.names import ABROAD, FAMILY, GIVEN_F, GIVEN_M
from benchmarks.corpus3.phrases import CARE, GENERAL, TRAFFIC
from benchmarks.corpus3.places import TOWNS
from tests.benchmarks.planted import (ENTITY_TYPES, assert_check_digits, assert_deterministic,
                                      assert_oracle_scores_one, assert_phones_valid_and_births_dated, card_number,
                                      check_places, items_of, license_check, module_strings)

SMALL = 0.1  # one or two documents of every kind


@pytest.fixture(scope="module")
def docs():
    """A tenth of the corpus: every kind of document once or twice; the same for every test."""
    return generate(scale=SMALL)


def test_every_planted_value_is_in_the_extracted_text_at_its_place(docs):
    assert check_places(docs) > 600


CHECKS = {
    ("MY_NUMBER", False): in_.is_valid, ("CREDIT_CARD", False): card_number, ("DRIVERS_LICENSE", False): license_check,
    ("HEALTH_INSURANCE_NUMBER", False): lambda n: len(n) == 8 and luhn.is_valid(n),
    ("MY_NUMBER", "quote_number"): in_.is_valid, ("MY_NUMBER", "jan_code"): ean.is_valid,
    ("MY_NUMBER", "invoice_registration"): lambda n: cn.is_valid(n[1:]),
    ("CREDIT_CARD", "slip_number"): lambda n: luhn.is_valid(n) and not card_number(n),
}


def test_identifiers_and_their_look_alikes_pass_their_check_digits(docs):
    assert_check_digits(items_of(docs), CHECKS)


def test_phones_are_valid_japanese_numbers_and_births_read_as_their_day(docs):
    assert_phones_valid_and_births_dated(items_of(docs))


def test_every_entity_type_category_and_look_alike_kind_is_planted(docs):
    positives = [i.mark for i in items_of(docs) if not i.mark.negative and not i.mark.optional]
    assert {m.entity_type for m in positives} == ENTITY_TYPES
    assert {m.category for m in positives if m.entity_type == "SENSITIVE"} == set(CARE) | {"本籍"}
    kinds = {i.mark.kind for i in items_of(docs) if i.mark.negative}
    assert {"org_phone", "org_address", "temple_address", "order_number", "invoice_number", "delivery_date",
            "interview_date", "meeting_date", "product_name", "company_name", "health_article", "jan_code",
            "company_account", "employer_number"} <= kinds


def test_the_scorer_gives_perfect_findings_full_marks(tmp_path: Path):
    """An oracle: every planted value reported as itself, where it is, scores 1.0."""
    assert_oracle_scores_one(write, tmp_path, SMALL, clean_files=7)


def test_one_seed_gives_the_same_files_and_truth(docs):
    assert_deterministic(corpus3, docs, SMALL, other_seed=11)


def test_the_full_corpus_has_about_300_files_and_40_clean_and_valid_identifiers():
    documents = generate()
    assert 280 <= len(documents) <= 320
    assert len([d for d in documents if d.clean]) >= 40
    assert_check_digits(items_of(documents), CHECKS)


def test_no_name_place_or_phrase_list_is_shared_with_corpus_2():
    ours = {f[0] for f in FAMILY} | {g[0] for g in GIVEN_F + GIVEN_M} | {a[0] for a in ABROAD}
    theirs = {s for s, _ in SURNAMES} | {g for g, _ in MALE + FEMALE}
    assert len(ours) > 70 and not ours & theirs
    assert not {t[1] for t in TOWNS} & {t[1] for t in CORPUS2_TOWNS}
    assert not {t[2] for t in TOWNS} & {t[2] for t in CORPUS2_TOWNS}
    phrases = {p for ps in CARE.values() for p in ps} | {t for t, _ in GENERAL} | set(TRAFFIC)
    written = module_strings(corpus2_health) | module_strings(corpus2_beliefs)
    assert len(written) > 30 and not phrases & written
    assert not any(p in w or w in p for p in phrases for w in written if len(w) >= 8)
