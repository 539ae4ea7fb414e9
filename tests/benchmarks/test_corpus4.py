"""The fourth corpus (benchmarks/corpus4, the held-out evaluation set after corpus 3):
deterministic for a seed, every planted value where its truth says (as daicho's
extraction reads the file), identifiers with valid check digits, the scorer giving
perfect findings 1.0, every entity type and 要配慮 category present, and no name,
place or phrase list shared with corpora 2 and 3. No detector is run on it here."""

from __future__ import annotations

from datetime import date
from pathlib import Path

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
from benchmarks.corpus4.sayings import ABOUT, INJURIES, OF_NO_ONE
from benchmarks.scoring.dates import parse_date
from tests.benchmarks.planted import (ENTITY_TYPES, assert_check_digits, assert_deterministic,
                                      assert_oracle_scores_one, assert_phones_valid_and_births_dated, card_number,
                                      check_places, items_of, license_check, module_strings)

SCALE = 0.1  # a tenth: every kind of document once or twice
CATEGORIES = set(ABOUT) | {"本籍"}
CHECKS = {
    ("MY_NUMBER", False): in_.is_valid, ("CREDIT_CARD", False): card_number, ("DRIVERS_LICENSE", False): license_check,
    ("HEALTH_INSURANCE_NUMBER", False): lambda n: len(n) == 8 and luhn.is_valid(n),
    ("MY_NUMBER", "member_number"): in_.is_valid, ("MY_NUMBER", "product_code"): in_.is_valid,
    ("MY_NUMBER", "corporate_number"): cn.is_valid,
}


@pytest.fixture(scope="module")
def tenth():
    """The same tenth of the corpus for every test."""
    return generate(scale=SCALE)


def test_planted_values_sit_where_the_truth_says_and_pass_their_checks(tenth):
    assert check_places(tenth) > 600
    assert_check_digits([i for i in items_of(tenth) if not i.mark.optional], CHECKS)
    assert_phones_valid_and_births_dated(items_of(tenth))
    other_dates = [i.mark for i in items_of(tenth) if i.mark.entity_type == "DATE_OF_BIRTH" and i.mark.negative]
    assert other_dates and all(parse_date(m.text) == date.fromisoformat(m.date) for m in other_dates)


def test_every_entity_type_category_and_look_alike_kind_is_planted(tenth):
    positives = [i.mark for i in items_of(tenth) if not i.mark.negative and not i.mark.optional]
    assert {m.entity_type for m in positives} == ENTITY_TYPES
    assert {m.category for m in positives if m.entity_type == "SENSITIVE"} == CATEGORIES
    kinds = {i.mark.kind for i in items_of(tenth) if i.mark.negative}
    assert {"office_phone", "office_address", "policy_number", "member_number", "product_code", "product_name",
            "shop_name", "contract_date", "move_in_date", "course_date", "renewal_date", "company_account",
            "corporate_number", "badge_number", "order_number"} <= kinds
    assert kinds & {kind for _, kind in OF_NO_ONE}  # disease, faith, union or crime words said of no one


def test_perfect_findings_score_one(tmp_path: Path):
    assert_oracle_scores_one(write, tmp_path, SCALE, clean_files=7)


def test_one_seed_gives_the_same_files_and_truth(tenth):
    assert_deterministic(corpus4, tenth, SCALE, other_seed=11)


@pytest.mark.slow
def test_the_full_corpus_has_about_300_files_and_40_clean_every_value_in_place():
    documents = generate()
    assert 280 <= len(documents) <= 320
    assert len([d for d in documents if d.clean]) >= 40
    assert_check_digits([i for i in items_of(documents) if not i.mark.optional], CHECKS)
    assert check_places(documents) > 5000


def test_no_name_place_or_phrase_list_is_shared_with_corpus_2_or_3():
    ours = {s[0] for s in SURNAMES} | {g[0] for g in GIVEN} | {a[i] for a in ABROAD for i in (0, 1, 2) if a[i]}
    theirs = ({s for s, _ in CORPUS2_SURNAMES} | {g for g, _ in MALE + FEMALE} | {f[0] for f in FAMILY}
              | {g[0] for g in GIVEN_F + GIVEN_M} | {a[i] for a in CORPUS3_ABROAD for i in (0, 1, 2) if a[i]})
    assert len(ours) > 100 and not ours & theirs
    for towns in (CORPUS2_TOWNS, CORPUS3_TOWNS):
        assert not {t[1] for t in TOWNS} & {t[1] for t in towns}
        assert not {t[2] for t in TOWNS} & {t[2] for t in towns}
    phrases = {p for ps in ABOUT.values() for p in ps} | {t for t, _ in OF_NO_ONE} | set(INJURIES)
    written = (module_strings(corpus2_health) | module_strings(corpus2_beliefs) | {p for ps in CARE.values() for p in ps}
               | {t for t, _ in GENERAL} | set(TRAFFIC))
    assert len(written) > 30 and not phrases & written
    assert not any(p in w or w in p for p in phrases for w in written if len(w) >= 8)
