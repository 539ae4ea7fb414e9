"""Corpus 14, written apart (issue 12; the held-out set of the fifth session of 2026-12-05, a development set
since its sixth): the same bytes for a seed,
every value at its place in daicho's extraction, valid check digits, an oracle's
full marks, every 要配慮 category and every format named."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import pytest
from stdnum import luhn
from stdnum.jp import cn, in_

import benchmarks.corpus14 as corpus
from benchmarks.corpus14.build import generate
from benchmarks.detection_report import CORPORA
from tests.benchmarks.extracted import units_by_path
from tests.benchmarks.planted import (assert_check_digits, assert_deterministic, assert_oracle_scores_one,
                                      assert_phones_valid_and_births_dated, assert_whole_corpus, card_number, check_places,
                                      items_of, license_check)

CHECKS = {("MY_NUMBER", False): in_.is_valid, ("DRIVERS_LICENSE", False): license_check,
          ("CREDIT_CARD", False): card_number, ("MY_NUMBER", "order_number"): in_.is_valid,
          ("MY_NUMBER", "booking_id"): in_.is_valid, ("MY_NUMBER", "customer_number"): in_.is_valid,
          ("MY_NUMBER", "corporate_number"): cn.is_valid, ("CREDIT_CARD", "part_number"): luhn.is_valid,
          ("HEALTH_INSURANCE_NUMBER", "insurer_number"): luhn.is_valid}
SUFFIXES = {"xlsx", "docx", "pptx", "pdf", "odt", "rtf", "html", "csv", "txt", "json", "xml", "zip", "eml", "mbox", "DAT",
            "TXT"}
CATEGORIES = {"病歴", "健康診断結果", "障害", "宗教", "信条", "人種・民族", "労働組合", "犯罪歴", "犯罪被害", "本籍"}


@lru_cache(maxsize=1)
def documents():
    return generate(corpus.DEFAULT_SEED, 1.0)


def test_the_same_seed_writes_the_same_bytes_and_another_seed_other_truth():
    assert_deterministic(corpus, generate(corpus.DEFAULT_SEED, 0.2), 0.2, 7)


def test_a_small_corpus_has_every_value_at_its_place_in_the_extraction():
    docs = generate(corpus.DEFAULT_SEED, 0.15)
    assert check_places(docs) > 500


@pytest.mark.slow
def test_the_whole_corpus_is_about_300_files_with_every_format_and_value_in_place():
    assert_whole_corpus(documents(), SUFFIXES, CHECKS)


def test_the_counts_of_the_brief():
    items = items_of(documents())
    values = [i for i in items if not i.mark.negative and not i.mark.optional]
    assert 6000 <= len(values) <= 8500  # the brief: about 6,000–8,000 values, 2,000 look-alikes, 40 clean files
    assert 1700 <= sum(i.mark.negative for i in items) <= 2600
    assert sum(d.clean for d in documents()) >= 40
    assert {i.mark.category for i in values if i.mark.entity_type == "SENSITIVE"} == CATEGORIES
    assert all(count >= 15 for count in Counter(i.mark.category for i in values if i.mark.category).values())


def test_check_digits_phones_and_births():
    items = items_of(documents())
    assert_check_digits([i for i in items if not i.mark.optional], CHECKS)
    assert_phones_valid_and_births_dated(items)


def test_an_oracle_that_reads_the_truth_scores_one(tmp_path):
    assert_oracle_scores_one(corpus.write, tmp_path, 0.3, 10)


def test_names_are_written_in_every_shape_of_the_brief():
    names = [i.mark.text for i in items_of(documents()) if i.mark.entity_type == "PERSON" and not i.mark.negative]
    assert any(n.isupper() and " " in n for n in names)  # passport order
    assert any("　" in n and all("ァ" <= ch <= "ヶ" or ch in "ー・　" for ch in n) for n in names)  # katakana
    assert any(n.startswith(("王", "李", "金", "朴")) for n in names)


def test_clean_files_hold_no_phone_mail_postal_code_or_long_number():
    shapes = re.compile(r"@|(?<!\d)0\d{1,4}-\d{1,4}-\d{4}|\d{3}-\d{4}|\d{10,}|[明大昭平令][治正和成]\d")
    clean = [d for d in generate(corpus.DEFAULT_SEED, 0.3) if d.clean]
    assert len(clean) >= 10
    for doc in clean:
        text = "".join(u.text for units in units_by_path(doc.path, doc.data).values() for u in units)
        assert not shapes.search(text), (doc.path, text)


def test_the_report_scores_it_as_a_development_set_now():
    """Corpus 14 a development set since the sixth session of 2026-12-05; one held-out set at most."""
    assert CORPORA["14"] == (corpus, "dev") and [role for _, role in CORPORA.values()].count("eval") <= 1
