"""Corpus 10, the held-out set written apart from the rules and the earlier corpora:
the same bytes for a seed, every planted value where daicho's extraction puts it,
valid check digits, phones and births, an oracle's full marks, and the sizes and
kinds the issue asks of an evaluation set."""

from __future__ import annotations

from collections import Counter

import pytest
from stdnum import luhn
from stdnum.jp import cn, in_

import benchmarks.corpus10 as corpus10
from benchmarks.detection_report import CORPORA
from tests.benchmarks.planted import (ENTITY_TYPES, assert_deterministic, assert_oracle_scores_one,
                                      assert_phones_valid_and_births_dated, assert_whole_corpus, card_number,
                                      check_places, items_of, license_check)

CHECKS = {("MY_NUMBER", False): in_.is_valid, ("CREDIT_CARD", False): card_number,
          ("DRIVERS_LICENSE", False): license_check, ("HEALTH_INSURANCE_NUMBER", False): luhn.is_valid,
          ("MY_NUMBER", "order_number"): in_.is_valid, ("MY_NUMBER", "corporate_number"): cn.is_valid,
          ("CREDIT_CARD", "product_serial"): luhn.is_valid}
SUFFIXES = {"txt", "csv", "tsv", "DAT", "xlsx", "docx", "pptx", "pdf", "odt", "rtf", "html", "json", "xml", "eml",
            "mbox", "zip", "mail10:2,S"}
CATEGORIES = {"病歴", "健康診断結果", "障害", "宗教", "信条", "人種・民族", "労働組合", "犯罪歴", "犯罪被害", "本籍"}


@pytest.fixture(scope="module")
def small():
    return corpus10.generate(scale=0.2)


@pytest.fixture(scope="module")
def whole():
    return corpus10.generate()


def test_the_same_seed_writes_the_same_bytes_and_another_seed_other_truth(small):
    assert_deterministic(corpus10, small, 0.2, corpus10.DEFAULT_SEED + 1)


def test_every_value_is_where_the_extraction_puts_it(small):
    assert check_places(small) > 1000


def test_phones_are_valid_and_births_read_as_their_day(small):
    assert_phones_valid_and_births_dated(items_of(small))


def test_an_oracle_scores_one(tmp_path):
    assert_oracle_scores_one(corpus10.write, tmp_path, 0.2, clean_files=5)


def test_the_report_scores_it_as_a_development_set_now():
    """Corpus 11 is the held-out set since 2026-12-05; corpus 10 a development set."""
    assert CORPORA["10"] == (corpus10, "dev") and [role for _, role in CORPORA.values()].count("eval") <= 1


@pytest.mark.slow
def test_the_whole_corpus_has_the_files_formats_and_check_digits_asked(whole):
    assert_whole_corpus(whole, SUFFIXES, CHECKS)


def test_the_whole_corpus_holds_every_type_and_category_in_the_numbers_asked(whole):
    marks = [item.mark for item in items_of(whole)]
    values = [m for m in marks if not m.negative and not m.optional]
    kinds = Counter(m.kind for m in marks if m.negative)
    assert 6000 <= len(values) <= 9500 and sum(kinds.values()) >= 1800 and len(kinds) >= 15
    assert {m.entity_type for m in values} == ENTITY_TYPES - {"RESIDENT_RECORD_CODE"}
    assert {m.category for m in values if m.entity_type == "SENSITIVE"} == CATEGORIES
    assert len({doc.path.split("/", 1)[0] for doc in whole}) >= 11


def test_a_clean_file_holds_no_value_and_no_look_alike(whole):
    clean = [doc for doc in whole if doc.clean]
    assert len(clean) >= 40 and all(not doc.items for doc in clean)
    assert len({doc.path.rsplit(".", 1)[-1] for doc in clean}) >= 8
