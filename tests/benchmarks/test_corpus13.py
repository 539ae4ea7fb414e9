"""Corpus 13, written in other hands (the held-out set of the fourth session of 2026-12-05, a development set
since its fifth): the same bytes for a seed, about 300 files with 40 clean, every planted value at its place
in daicho's extraction, valid check digits, valid phones, births that read as their day, and an oracle's full marks."""

from __future__ import annotations

import re
from datetime import date

import pytest
from stdnum import luhn
from stdnum.jp import cn, in_

import benchmarks.corpus13 as corpus13
from benchmarks.corpus13.marks import flatten
from benchmarks.detection_report import CORPORA
from tests.benchmarks.planted import (assert_check_digits, assert_deterministic, assert_oracle_scores_one,
                                      assert_phones_valid_and_births_dated, assert_whole_corpus, card_number,
                                      check_places, items_of, license_check)

SCALE = 0.15
CHECKS = {("MY_NUMBER", False): in_.is_valid, ("DRIVERS_LICENSE", False): license_check,
          ("CREDIT_CARD", False): card_number, ("HEALTH_INSURANCE_NUMBER", False): luhn.is_valid,
          ("MY_NUMBER", "corporate number"): cn.is_valid,
          ("MY_NUMBER", "receipt number passing the check"): in_.is_valid,
          ("CREDIT_CARD", "slip number passing Luhn"): luhn.is_valid,
          ("CREDIT_CARD", "serial number passing Luhn"): luhn.is_valid}


@pytest.fixture(scope="module")
def small():
    return corpus13.generate(scale=SCALE)


def test_the_same_seed_gives_the_same_corpus(small):
    assert_deterministic(corpus13, small, SCALE, other_seed=7)


def test_every_value_is_where_the_truth_says(small):
    assert check_places(small) > 500


def test_identifiers_pass_their_checks_and_shapes(small):
    items = [i for i in items_of(corpus13.generate(scale=0.3)) if not i.mark.optional]
    assert_check_digits(items, CHECKS)
    shapes = {"PASSPORT": r"[A-Z]{2}\d{7}", "RESIDENCE_CARD": r"[A-Z]{2}\d{8}[A-Z]{2}",
              "BASIC_PENSION_NUMBER": r"\d{4}-?\d{6}", "EMPLOYMENT_INSURANCE_NUMBER": r"\d{4}-?\d{6}-?\d",
              "BANK_ACCOUNT": r"\d{7}", "POSTAL_CODE": r"\d{3}-?\d{4}"}
    for item in items:
        shape = shapes.get(item.mark.entity_type)
        assert shape is None or re.fullmatch(shape, item.mark.text), item


def test_phones_are_valid_and_births_are_their_day(small):
    items = items_of(corpus13.generate(scale=0.3))
    assert_phones_valid_and_births_dated([i for i in items if i.mark.kind != "two-digit year"])
    two_digit = [i.mark for i in items if i.mark.kind == "two-digit year"]
    assert two_digit
    for mark in two_digit:
        day = date.fromisoformat(mark.date)
        assert mark.text == f"{day.year % 100:02d}.{day.month:02d}.{day.day:02d}"


def test_clean_files_carry_no_label_and_look_alikes_are_many(small):
    clean = [d for d in small if d.clean]
    assert clean and all(not d.items for d in clean)
    kinds = {i.mark.kind for i in items_of(small) if i.mark.negative}
    assert len(kinds) >= 10


def test_sensitive_values_are_information_with_every_category(small):
    items = items_of(corpus13.generate(scale=0.3))
    categories = {i.mark.category for i in items if i.mark.entity_type == "SENSITIVE" and not i.mark.negative
                  and not i.mark.optional}
    assert categories == {"病歴", "健康診断結果", "障害", "宗教", "信条", "人種・民族", "労働組合", "犯罪歴", "犯罪被害", "本籍"}


def test_a_span_with_two_marks_is_written_once():
    from benchmarks.corpus13.say import maybe, sensitive

    text, marks = flatten(["本籍 ", (sensitive("本籍", "青森県八戸市是川5番地"), maybe("ADDRESS", "青森県八戸市是川5番地"))])
    assert text == "本籍 青森県八戸市是川5番地" and len(marks) == 2


def test_an_oracle_scores_one(tmp_path):
    assert_oracle_scores_one(corpus13.write, tmp_path, SCALE * 2, clean_files=12)


@pytest.mark.slow
def test_the_whole_corpus():
    documents = corpus13.generate()
    assert_whole_corpus(documents, {"xlsx", "docx", "pptx", "pdf", "odt", "rtf", "html", "csv", "txt", "json", "xml",
                                    "zip", "eml", "mbox", "DAT"}, CHECKS)
    positives = [i for i in items_of(documents) if not i.mark.negative and not i.mark.optional]
    negatives = [i for i in items_of(documents) if i.mark.negative]
    assert 6000 <= len(positives) <= 8500 and 1500 <= len(negatives)


def test_the_report_scores_it_as_a_development_set_now():
    assert CORPORA["13"] == (corpus13, "dev") and [role for _, role in CORPORA.values()].count("eval") <= 1 and corpus13.DEFAULT_SEED == 13013
