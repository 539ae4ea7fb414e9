"""The fifth corpus (benchmarks/corpus5, the held-out evaluation set after corpus 4):
deterministic for a seed, every planted value where its truth says (as daicho's
extraction reads the file), identifiers with valid check digits, phones valid, births
reading as their day (two-digit years and month-and-day births too), the scorer giving
perfect findings 1.0, every entity type and 要配慮 category present, and no name, place
or phrase list shared with corpora 2, 3 and 4. No detector is run on it here."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import phonenumbers
import pytest
from stdnum import luhn
from stdnum.jp import cn, in_

import benchmarks.corpus2.beliefs as corpus2_beliefs
import benchmarks.corpus2.health as corpus2_health
import benchmarks.corpus2.names as corpus2_names
import benchmarks.corpus2.places as corpus2_places
import benchmarks.corpus3.names as corpus3_names
import benchmarks.corpus3.phrases as corpus3_phrases
import benchmarks.corpus3.places as corpus3_places
import benchmarks.corpus4.folk as corpus4_folk
import benchmarks.corpus4.land as corpus4_land
import benchmarks.corpus4.sayings as corpus4_sayings
from benchmarks import corpus5
from benchmarks.corpus5 import generate, write
from benchmarks.corpus5.ground import BUILDINGS, TOWNS
from benchmarks.corpus5.kin import ABROAD, GIVEN, SURNAMES
from benchmarks.corpus5.voices import NOT_PEOPLE, OF_NO_ONE, SAID
from benchmarks.scoring.dates import parse_date
from benchmarks.scoring.values import phone_digits
from tests.benchmarks.planted import (ENTITY_TYPES, assert_check_digits, assert_deterministic,
                                      assert_oracle_scores_one, assert_whole_corpus, card_number, check_places,
                                      items_of, license_check, module_strings)

SCALE = 0.1  # a tenth: every kind of document once
CATEGORIES = set(SAID)
CHECKS = {
    ("MY_NUMBER", False): in_.is_valid, ("CREDIT_CARD", False): card_number, ("DRIVERS_LICENSE", False): license_check,
    ("HEALTH_INSURANCE_NUMBER", False): lambda n: len(n) == 8 and luhn.is_valid(n),
    ("MY_NUMBER", "receipt_number"): in_.is_valid, ("MY_NUMBER", "patient_id"): in_.is_valid,
    ("MY_NUMBER", "corporate_number"): cn.is_valid,
}
_SHORT_YEAR = re.compile(r"'?(\d{2})[./年](\d{1,2})[./月](\d{1,2})日?")
_MONTH_DAY = re.compile(r"(\d{1,2})月(\d{1,2})日")


def reads_as(text: str, day: date) -> bool:
    """A birth reads as its day: in full, with a two-digit year, or as month and day."""
    if parse_date(text) is not None:
        return parse_date(text) == day
    short = _SHORT_YEAR.fullmatch(text)
    if short:
        return (int(short[1]), int(short[2]), int(short[3])) == (day.year % 100, day.month, day.day)
    month_day = _MONTH_DAY.fullmatch(text)
    return bool(month_day) and (int(month_day[1]), int(month_day[2])) == (day.month, day.day)


@pytest.fixture(scope="module")
def tenth():
    """A tenth of the corpus (every kind once), shared by the tests below."""
    return generate(scale=SCALE)


def test_planted_values_sit_where_the_truth_says_and_pass_their_checks(tenth):
    assert check_places(tenth) > 600
    items = items_of(tenth)
    assert_check_digits([i for i in items if not i.mark.optional], CHECKS)
    phones = [i.mark.text for i in items if i.mark.entity_type == "PHONE" and not i.mark.negative]
    assert len(phones) > 50
    for text in phones:
        assert phonenumbers.is_valid_number(phonenumbers.parse(phone_digits(text), "JP")), text
    dated = [i.mark for i in items if i.mark.entity_type == "DATE_OF_BIRTH"]
    assert len(dated) > 100
    wrong = [m for m in dated if not reads_as(m.text, date.fromisoformat(m.date))]
    assert not wrong, wrong


def test_every_entity_type_category_and_look_alike_kind_is_planted(tenth):
    positives = [i.mark for i in items_of(tenth) if not i.mark.negative and not i.mark.optional]
    assert {m.entity_type for m in positives} == ENTITY_TYPES
    assert {m.category for m in positives if m.entity_type == "SENSITIVE"} == CATEGORIES
    kinds = {i.mark.kind for i in items_of(tenth) if i.mark.negative}
    assert {"org_phone", "org_address", "org_account", "toll_free", "receipt_number", "patient_id", "corporate_number",
            "order_number", "jan_code", "visit_date", "admission_date", "passport_expiry"} <= kinds
    assert kinds & {kind for _, kind in NOT_PEOPLE}  # typhoons, horses, ships, shops named like people
    assert kinds & {kind for _, kind in OF_NO_ONE}  # disease, faith, union or crime words said of no one


def test_perfect_findings_score_one_and_one_seed_gives_the_same_files(tmp_path: Path, tenth):
    assert_oracle_scores_one(write, tmp_path, SCALE, clean_files=7)
    assert_deterministic(corpus5, tenth, SCALE, other_seed=11)


@pytest.mark.slow
def test_the_whole_corpus_has_about_300_files_40_clean_its_formats_and_every_value_in_place():
    documents = generate()
    assert any("/Maildir/cur/" in d.path for d in documents)
    assert_whole_corpus(documents, {"html", "md", "json", "xml", "vcf", "mbox", "zip", "pdf", "csv", "xlsx", "docx",
                                    "txt"}, CHECKS)


def test_no_name_place_or_phrase_list_is_shared_with_corpus_2_3_or_4():
    ours = {s[0] for s in SURNAMES} | {g[0] for g in GIVEN} | {a[i] for a in ABROAD for i in (0, 1)}
    theirs = module_strings(corpus2_names) | module_strings(corpus3_names) | module_strings(corpus4_folk)
    assert len(ours) > 90 and not ours & theirs, ours & theirs
    towns = {t[1] for t in TOWNS} | {t[2] for t in TOWNS} | {b for pair in BUILDINGS for b in pair}
    places = module_strings(corpus2_places) | module_strings(corpus3_places) | module_strings(corpus4_land)
    assert not towns & places, towns & places
    phrases = {p for writers in SAID.values() for ps in writers.values() for p in ps} | {t for t, _ in OF_NO_ONE}
    phrases |= {t for t, _ in NOT_PEOPLE}
    written = (module_strings(corpus2_health) | module_strings(corpus2_beliefs) | module_strings(corpus3_phrases)
               | module_strings(corpus4_sayings))
    assert len(written) > 30 and not phrases & written
    assert not [(p, w) for p in phrases for w in written if len(w) >= 8 and (p in w or w in p)]
