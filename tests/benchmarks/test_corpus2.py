"""The second corpus (benchmarks/corpus2): deterministic for a seed, every planted
value where its truth says (as daicho's extraction reads the file), identifiers
with valid check digits, every entity type and 要配慮 category present, and no
name or place shared with the first corpus."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import phonenumbers
import pytest
from stdnum import ean, luhn
from stdnum.jp import cn, in_

from benchmarks import corpus2
from benchmarks.corpus2 import generate, truth_records
from benchmarks.corpus2.names import FEMALE, MALE, SURNAMES
from benchmarks.corpus2.places import TOWNS
from benchmarks.scoring.dates import parse_date
from benchmarks.scoring.values import alnum
from tests.benchmarks.planted import ENTITY_TYPES, assert_check_digits, assert_deterministic, card_number, check_places, license_check

REPO = Path(__file__).resolve().parents[2]
SMALL = 0.05  # one document of every kind
CATEGORIES = {"病歴", "障害", "健康診断結果", "犯罪歴", "犯罪被害", "信条", "宗教", "人種・民族", "本籍", "労働組合"}


@pytest.fixture(scope="module")
def docs():
    return generate(scale=SMALL)


@pytest.fixture(scope="module")
def items(docs):
    return [item for doc in docs for item in doc.items]


def test_one_seed_gives_the_same_files_and_truth(docs):
    assert_deterministic(corpus2, docs, SMALL, other_seed=7)


def test_every_planted_value_is_in_the_extracted_text_at_its_place(docs):
    assert check_places(docs) > 2000


CHECKS = {
    ("MY_NUMBER", False): in_.is_valid, ("CREDIT_CARD", False): card_number,
    ("HEALTH_INSURANCE_NUMBER", False): luhn.is_valid, ("DRIVERS_LICENSE", False): license_check,
    ("MY_NUMBER", "order_number"): in_.is_valid, ("MY_NUMBER", "corporate_number"): cn.is_valid,
    ("MY_NUMBER", "jan_code"): ean.is_valid, ("CREDIT_CARD", "slip_number"): luhn.is_valid,
}


def test_identifiers_and_their_look_alikes_pass_their_check_digits(items):
    assert_check_digits(items, CHECKS)


def test_phones_are_valid_japanese_numbers(items):
    phones = [i.mark.text for i in items if i.mark.entity_type == "PHONE" and not i.mark.negative]
    assert len(phones) > 50
    for text in phones:
        digits = "".join(ch for ch in alnum(text) if ch.isdigit())
        digits = "0" + digits[2:] if text.startswith("+81") else digits
        assert phonenumbers.is_valid_number(phonenumbers.parse(digits, "JP")), text


def test_dates_of_birth_read_as_the_day_they_stand_for(items):
    era_codes = re.compile(r"\d{7}|\d-\d{6}")  # host and pension-office forms: by their text only
    births = [i.mark for i in items if i.mark.entity_type == "DATE_OF_BIRTH" and not i.mark.negative]
    assert len(births) > 100
    for mark in births:
        if not era_codes.fullmatch(mark.text):
            assert parse_date(mark.text) == date.fromisoformat(mark.date), mark


def test_every_entity_type_and_category_is_planted(items):
    positives = [i.mark for i in items if not i.mark.negative and not i.mark.optional]
    assert {m.entity_type for m in positives} == ENTITY_TYPES
    assert {m.category for m in positives if m.entity_type == "SENSITIVE"} == CATEGORIES
    kinds = {m.kind for i in items if (m := i.mark).negative}
    assert {"company_phone", "order_number", "product_code", "interview_date", "health_article", "union_notice",
            "system_failure", "place_or_facility", "amount"} <= kinds


def test_clean_files_hold_look_alikes_and_no_personal_data(docs):
    clean = [d for d in docs if d.clean]
    assert len(clean) >= 12
    assert all(d.items for d in clean)
    assert not any(d.clean for d in docs if d.kind in ("身上書", "面談記録", "メール添付"))


def test_no_name_or_town_of_the_first_corpus_is_reused():
    first = "".join((REPO / p).read_text(encoding="utf-8") for p in
                    ("benchmarks/corpus_people.py", "benchmarks/corpus.py", "samples/synth.py"))
    names = set(re.findall(r'\("([^"]+)", "[ァ-ヶー・]+"', first))  # ("佐藤", "サトウ" …)
    places = re.findall(r'\("([^"]+)", "([^"]+)", "([^"]+)", "\d{3}-\d{4}"\)', first)
    assert len(names) > 40 and len(places) > 10
    ours = {s for s, _ in SURNAMES} | {g for g, _ in MALE + FEMALE}
    assert not ours & names
    assert not {(t[1], t[2]) for t in TOWNS} & {(city, town) for _, city, town in places}
    assert not {t[1] for t in TOWNS} & {city for _, city, _ in places}
