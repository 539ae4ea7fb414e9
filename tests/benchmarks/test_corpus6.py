"""The sixth corpus (benchmarks/corpus6, the next held-out evaluation set after corpus 5):
deterministic for a seed, every planted value where its truth says (as daicho's
extraction reads the file), identifiers with valid check digits and shapes, phones
valid, births reading as their day, the scorer giving perfect findings 1.0, every
entity type and 要配慮 category present, and no name, place or phrase list shared with
corpora 2 to 5. No detector is run on it here."""

from __future__ import annotations

import re
from pathlib import Path

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
import benchmarks.corpus5.ground as corpus5_ground
import benchmarks.corpus5.kin as corpus5_kin
import benchmarks.corpus5.voices as corpus5_voices
from benchmarks import corpus6
from benchmarks.corpus6 import generate, write
from benchmarks.corpus6.remarks import NOT_PEOPLE, OF_NO_ONE, SAID
from benchmarks.corpus6.roster import ABROAD, GIVEN, SURNAMES
from benchmarks.corpus6.streets import BUILDINGS, TOWNS
from tests.benchmarks.planted import (ENTITY_TYPES, assert_check_digits, assert_deterministic, assert_oracle_scores_one,
                                      assert_phones_valid_and_births_dated, assert_whole_corpus, card_number,
                                      check_places, items_of, license_check, module_strings)

SCALE = 0.1  # a tenth: every kind of document once
CHECKS = {
    ("MY_NUMBER", False): in_.is_valid, ("CREDIT_CARD", False): card_number, ("DRIVERS_LICENSE", False): license_check,
    ("HEALTH_INSURANCE_NUMBER", False): lambda n: len(n) == 8 and luhn.is_valid(n),
    ("MY_NUMBER", "corporate_number"): cn.is_valid, ("MY_NUMBER", "booking_number"): in_.is_valid,
    ("PASSPORT", False): re.compile(r"[A-Z]{2}\d{7}").fullmatch,
    ("RESIDENCE_CARD", False): re.compile(r"[A-Z]{2}\d{8}[A-Z]{2}").fullmatch,
    ("BASIC_PENSION_NUMBER", False): re.compile(r"\d{10}").fullmatch,
    ("EMPLOYMENT_INSURANCE_NUMBER", False): re.compile(r"\d{11}").fullmatch,
    ("RESIDENT_RECORD_CODE", False): re.compile(r"\d{11}").fullmatch,
    ("BANK_ACCOUNT", False): re.compile(r"\d{7}|1\d{3}0\d{7}1").fullmatch,  # a bank's, or ゆうちょ's 記号番号
}
LOOK_ALIKES = {"org_phone", "org_address", "org_account", "org_email", "corporate_number", "customer_number",
               "chassis_number", "booking_number", "policy_number", "employer_number", "passport_expiry", "pet_birth",
               "pet_name", "car_model", "hotel_name", "facility_name", "shop_name", "visit_date", "imei"}


@pytest.fixture(scope="module")
def tenth():
    """Every kind of document once (a tenth of the corpus), for the tests below."""
    return generate(scale=SCALE)


def test_planted_values_sit_where_the_truth_says_and_pass_their_checks(tenth):
    items = [i for i in items_of(tenth) if not i.mark.optional]  # a 生年 alone (昭和33年生) is optional
    assert_phones_valid_and_births_dated(items)
    assert_check_digits(items, CHECKS)
    assert check_places(tenth) > 600


def test_every_entity_type_category_and_look_alike_kind_is_planted(tenth):
    positives = [i.mark for i in items_of(tenth) if not i.mark.negative and not i.mark.optional]
    assert {m.entity_type for m in positives} == ENTITY_TYPES
    assert {m.category for m in positives if m.entity_type == "SENSITIVE"} == set(SAID) | {"本籍"}
    kinds = {i.mark.kind for i in items_of(tenth) if i.mark.negative}
    assert LOOK_ALIKES <= kinds, LOOK_ALIKES - kinds
    assert kinds & {kind for _, kind in OF_NO_ONE}  # disease, faith, union or crime words said of no one
    optional = [i.mark for i in items_of(tenth) if i.mark.optional]
    assert {m.entity_type for m in optional} >= {"PASSPORT", "HEALTH_INSURANCE_NUMBER", "DATE_OF_BIRTH"}


def test_perfect_findings_score_one_and_one_seed_gives_the_same_files(tmp_path: Path, tenth):
    assert_oracle_scores_one(write, tmp_path, SCALE, clean_files=7)
    assert_deterministic(corpus6, tenth, SCALE, other_seed=13)


@pytest.mark.slow
def test_the_whole_corpus_has_about_300_files_40_clean_its_formats_and_every_value_in_place():
    formats = {"docx", "xlsx", "csv", "tsv", "txt", "pdf", "html", "md", "json", "vcf", "eml", "mbox", "zip", "pptx",
               "odt", "ods", "rtf", "DAT"}
    assert_whole_corpus(documents := generate(), formats, CHECKS)
    assert {d.encoding for d in documents} >= {"iso-2022-jp", "utf-16", "cp932", "utf-8-sig"}


def test_no_name_place_or_phrase_list_is_shared_with_corpus_2_3_4_or_5():
    ours = {s[0] for s in SURNAMES} | {g[0] for g in GIVEN} | {a[i] for a in ABROAD for i in range(4)}
    theirs = (module_strings(corpus2_names) | module_strings(corpus3_names) | module_strings(corpus4_folk)
              | module_strings(corpus5_kin))
    assert len(ours) > 100 and not ours & theirs, ours & theirs
    towns = {t[2] for t in TOWNS} | set(BUILDINGS)
    places = (module_strings(corpus2_places) | module_strings(corpus3_places) | module_strings(corpus4_land)
              | module_strings(corpus5_ground))
    assert not towns & places, towns & places
    phrases = {p for ps in SAID.values() for p in ps} | {t for t, _ in OF_NO_ONE} | {t for t, _ in NOT_PEOPLE}
    written = (module_strings(corpus2_health) | module_strings(corpus2_beliefs) | module_strings(corpus3_phrases)
               | module_strings(corpus4_sayings) | module_strings(corpus5_voices))
    assert len(written) > 30 and not phrases & written, phrases & written
    assert not [(p, w) for p in phrases for w in written if len(w) >= 8 and (p in w or w in p)]
