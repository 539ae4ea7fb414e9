"""Corpus 7, the share written in other hands (issue 12; held out until the evening of
2026-12-04, a development set since): the same bytes for a seed, every planted value
where daicho's extraction puts it, valid check digits, an oracle's full marks, every
value type and 要配慮 category, clean files empty."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from stdnum import luhn
from stdnum.jp import in_

import benchmarks.corpus7 as corpus
from benchmarks.scoring.dates import parse_date
from tests.benchmarks.planted import (ENTITY_TYPES, assert_check_digits, assert_deterministic,
                                      assert_oracle_scores_one, assert_phones_valid_and_births_dated,
                                      assert_whole_corpus, card_number, check_places, items_of, license_check)

CATEGORIES = {"病歴", "健康診断結果", "障害", "宗教", "信条", "人種・民族", "労働組合", "犯罪歴", "犯罪被害", "本籍"}
CHECKS = {("MY_NUMBER", False): in_.is_valid, ("DRIVERS_LICENSE", False): license_check,
          ("CREDIT_CARD", False): card_number, ("MY_NUMBER", "contract_number"): in_.is_valid,
          ("DRIVERS_LICENSE", "receipt_number"): license_check, ("CREDIT_CARD", "gift_card"): card_number,
          ("HEALTH_INSURANCE_NUMBER", "payer_number"): luhn.is_valid}
TWO_DIGIT_YEAR = re.compile(r"^\d{2}/\d{2}/\d{2}$")


@pytest.fixture(scope="module")
def small():
    return corpus.generate(scale=0.2)


@pytest.fixture(scope="module")
def whole():
    return corpus.generate()


def test_same_seed_same_corpus(small):
    assert_deterministic(corpus, small, 0.2, other_seed=11)


def test_values_at_their_place_in_a_small_corpus(small):
    assert check_places(small) > 800


def test_check_digits_phones_and_births(small):
    items = items_of(small)
    assert_check_digits([i for i in items if not i.mark.optional], CHECKS)
    two_digit = [i for i in items if i.mark.entity_type == "DATE_OF_BIRTH" and TWO_DIGIT_YEAR.match(i.mark.text)]
    assert two_digit
    for item in two_digit:  # 85/04/03: the day planted, read with its century
        yy, mm, dd = (int(x) for x in item.mark.text.split("/"))
        assert item.mark.date == f"{1900 + yy if yy > 26 else 2000 + yy}-{mm:02d}-{dd:02d}"
    assert_phones_valid_and_births_dated([i for i in items if i not in two_digit])


def test_every_type_and_category_planted(whole):
    values = Counter(i.mark.entity_type for i in items_of(whole) if not i.mark.negative and not i.mark.optional)
    assert set(values) == ENTITY_TYPES
    categories = Counter(i.mark.category for i in items_of(whole) if i.mark.entity_type == "SENSITIVE"
                         and not i.mark.negative and not i.mark.optional)
    assert set(categories) == CATEGORIES and min(categories.values()) >= 14
    assert 6000 <= sum(values.values()) <= 9000


def test_lookalikes_of_many_kinds(whole):
    kinds = Counter(i.mark.kind for i in items_of(whole) if i.mark.negative)
    assert sum(kinds.values()) >= 1800 and len(kinds) >= 25
    assert {"org_phone", "org_address", "org_postal", "org_email", "org_account", "contract_number", "pet_name",
            "death_date", "notice_health", "notice_faith", "notice_union"} <= set(kinds)


def test_clean_files_hold_nothing(whole):
    clean = [d for d in whole if d.clean]
    assert len(clean) >= 40 and not any(d.items for d in clean)


def test_encodings_of_the_share(whole):
    by_kind = {}
    for doc in whole:
        by_kind.setdefault(doc.path.rsplit(".", 1)[-1], []).append(doc.data)
    assert all(data.startswith(b"\xff\xfe") for data in by_kind["tsv"])  # UTF-16 TSV
    assert any(b"ISO-2022-JP" in data for data in by_kind["mail01:2,S"])
    assert all(b"\r\n" in data for data in by_kind["DAT"])
    with pytest.raises(UnicodeDecodeError):
        by_kind["DAT"][0].decode("utf-8")


def test_oracle_scores_one(tmp_path):
    assert_oracle_scores_one(corpus.write, tmp_path, 0.3, clean_files=12)


def test_truth_dates_are_births_or_marked_lookalikes(small):
    for item in items_of(small):
        if item.mark.entity_type == "DATE_OF_BIRTH" and not TWO_DIGIT_YEAR.match(item.mark.text):
            day = parse_date(item.mark.text)
            assert day is not None, item
            assert item.mark.negative or day.isoformat() == item.mark.date


@pytest.mark.slow
def test_whole_corpus(whole):
    suffixes = {"xlsx", "docx", "pptx", "pdf", "odt", "rtf", "html", "csv", "tsv", "txt", "json", "xml", "zip", "eml",
                "mbox", "DAT", "mail01:2,S"}
    assert_whole_corpus(whole, suffixes, CHECKS)


@pytest.mark.slow
def test_another_seed_writes_a_whole_corpus_too():
    docs = corpus.generate(seed=2)
    assert 280 <= len(docs) <= 320 and sum(d.clean for d in docs) >= 40
    assert_check_digits([i for i in items_of(docs) if not i.mark.optional], CHECKS)
