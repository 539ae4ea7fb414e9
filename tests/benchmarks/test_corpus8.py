"""Corpus 8, written apart (benchmarks/corpus8; held out until the night of 2026-12-04,
a development set since): the same
bytes for a seed, every planted value at its place in daicho's extraction, valid
check digits, an oracle's full marks, and the size and variety the task asks."""

from __future__ import annotations

from collections import Counter

import pytest
from stdnum import luhn
from stdnum.jp import cn, in_

import benchmarks.corpus8 as corpus
from benchmarks.scoring.records import read_truth
from tests.benchmarks.planted import (assert_check_digits, assert_deterministic, assert_oracle_scores_one,
                                      assert_phones_valid_and_births_dated, assert_whole_corpus, card_number,
                                      check_places, items_of, license_check)

SMALL = 0.12
CHECKS = {("MY_NUMBER", False): in_.is_valid, ("DRIVERS_LICENSE", False): license_check,
          ("CREDIT_CARD", False): card_number, ("HEALTH_INSURANCE_NUMBER", False): luhn.is_valid,
          ("MY_NUMBER", "order_number_with_check_digit"): in_.is_valid, ("CREDIT_CARD", "product_code_luhn"): luhn.is_valid,
          ("MY_NUMBER", "corporate_number"): cn.is_valid}
SUFFIXES = {"txt", "csv", "tsv", "DAT", "xlsx", "docx", "pptx", "pdf", "odt", "rtf", "html", "json", "xml", "zip", "eml",
            "mbox"}
CATEGORIES = {"病歴", "健康診断結果", "障害", "宗教", "信条", "人種・民族", "労働組合", "犯罪歴", "犯罪被害", "本籍"}


@pytest.fixture(scope="module")
def small():
    return corpus.generate(scale=SMALL)


@pytest.fixture(scope="module")
def whole():
    return corpus.generate()


def test_same_bytes_for_a_seed_and_other_bytes_for_another(small):
    assert_deterministic(corpus, small, SMALL, other_seed=9)


def test_small_corpus_values_in_place_with_valid_check_digits(small):
    assert check_places(small) > 300
    assert any(d.clean for d in small)


def test_every_category_and_every_kind_of_look_alike(whole):
    items = items_of(whole)
    categories = Counter(i.mark.category for i in items if i.mark.entity_type == "SENSITIVE" and not i.mark.negative
                         and not i.mark.optional)
    assert set(categories) == CATEGORIES and min(categories.values()) >= 20, categories
    kinds = Counter(i.mark.kind for i in items if i.mark.negative)
    assert len(kinds) >= 12 and sum(kinds.values()) >= 1500, kinds
    assert_phones_valid_and_births_dated(items)


def test_oracle_scores_one(tmp_path):
    assert_oracle_scores_one(lambda out, scale: corpus.write(out, scale=scale), tmp_path, 1.0, 40)
    truth = read_truth(tmp_path / "truth.jsonl")
    assert 6000 <= sum(not i.negative and not i.optional for i in truth.items) <= 9000


@pytest.mark.slow
def test_whole_corpus_values_in_place(whole):
    assert_whole_corpus(whole, SUFFIXES, CHECKS)


def test_check_digits_of_the_whole_corpus(whole):
    assert_check_digits([i for i in items_of(whole) if not i.mark.optional], CHECKS)


def test_organisations_and_their_files(whole):
    """22 organisations, each with files of two kinds or more and of their own folder."""
    folders = Counter(d.path.split("/", 1)[0] for d in whole)
    assert len(folders) == 22 and min(folders.values()) >= 4, folders
    assert len({d.path for d in whole}) == len(whole)


def test_the_report_runs_it_as_a_development_set_since_corpus_9():
    from benchmarks.detection_report import CORPORA

    assert CORPORA["8"] == (corpus, "dev") and [role for _, role in CORPORA.values()].count("eval") <= 1
