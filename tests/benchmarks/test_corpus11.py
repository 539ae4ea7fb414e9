"""Corpus 11, the held-out set written in other hands: the same bytes for a seed, every
planted value where daicho's extraction puts it, valid check digits, an oracle's full
marks, every 要配慮 category and many kinds of look-alike."""

from collections import Counter

import pytest
from stdnum import luhn
from stdnum.jp import cn, in_

import benchmarks.corpus11 as corpus
from benchmarks.detection_report import CORPORA
from tests.benchmarks.planted import (assert_check_digits, assert_deterministic, assert_oracle_scores_one,
                                      assert_phones_valid_and_births_dated, assert_whole_corpus, card_number,
                                      check_places, items_of, license_check)

SMALL = 0.2
CHECKS = {("MY_NUMBER", False): in_.is_valid, ("DRIVERS_LICENSE", False): license_check,
          ("CREDIT_CARD", False): card_number, ("HEALTH_INSURANCE_NUMBER", False): luhn.is_valid,
          ("MY_NUMBER", "project_id"): in_.is_valid, ("MY_NUMBER", "reservation_number"): in_.is_valid,
          ("MY_NUMBER", "contract_number"): in_.is_valid, ("MY_NUMBER", "dispatch_number"): in_.is_valid,
          ("MY_NUMBER", "invoice_number"): lambda text: cn.is_valid(text[1:]),
          ("CREDIT_CARD", "member_card"): luhn.is_valid}
FORMATS = {"xlsx", "csv", "tsv", "xml", "txt", "docx", "pdf", "html", "json", "eml", "DAT", "TXT", "mbox", "pptx", "zip", "rtf",
           "odt"}
CATEGORIES = {"病歴", "健康診断結果", "障害", "宗教", "信条", "人種・民族", "労働組合", "犯罪歴", "犯罪被害", "本籍"}


@pytest.fixture(scope="module")
def small():
    return corpus.generate(scale=SMALL)


def test_the_same_corpus_for_a_seed_and_another_for_another(small):
    assert_deterministic(corpus, small, SMALL, other_seed=5)


def test_every_value_is_at_its_place_in_the_extracted_text(small):
    assert check_places(small) > 1000


def test_check_digits_phones_and_births(small):
    assert_check_digits([i for i in items_of(small) if not i.mark.optional], CHECKS)
    assert_phones_valid_and_births_dated(items_of(small))


def test_an_oracle_that_reads_the_truth_scores_one(tmp_path):
    assert_oracle_scores_one(corpus.write, tmp_path, SMALL, clean_files=8)


def test_every_sensitive_category_and_many_look_alike_kinds(small):
    items = items_of(small)
    categories = Counter(i.mark.category for i in items if i.mark.entity_type == "SENSITIVE" and not i.mark.negative)
    assert set(categories) == CATEGORIES
    kinds = Counter(i.mark.kind for i in items if i.mark.negative)
    assert len(kinds) >= 20
    assert {i.mark.entity_type for i in items if i.mark.negative} >= {"PERSON", "PHONE", "MY_NUMBER", "CREDIT_CARD",
                                                                       "DATE_OF_BIRTH", "ADDRESS", "EMAIL", "SENSITIVE"}


def test_clean_files_hold_no_personal_value(small):
    clean = [d for d in small if d.clean]
    assert clean and all(i.mark.negative for d in clean for i in d.items)


def test_the_report_scores_it_as_a_development_set_now():
    """Corpus 12 is the held-out set since the third session of 2026-12-05; corpus 11 a development set."""
    assert CORPORA["11"] == (corpus, "dev") and [role for _, role in CORPORA.values()].count("eval") <= 1


@pytest.mark.slow
def test_the_whole_corpus():
    documents = corpus.generate()
    assert_whole_corpus(documents, FORMATS, CHECKS)
    values = [i for i in items_of(documents) if not i.mark.negative and not i.mark.optional]
    assert 6000 <= len(values) <= 8500
    assert sum(i.mark.negative for i in items_of(documents)) >= 1500
