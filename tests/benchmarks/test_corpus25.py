"""Corpus 25, written apart from the rules (the held-out evaluation set): the same bytes for a
seed, every value at its place in daicho's extraction, valid check digits, dated births and
valid phones, every category and kind of look-alike, an oracle's full marks."""

from __future__ import annotations

import pytest
from stdnum import luhn
from stdnum.jp import cn, in_

import benchmarks.corpus25 as corpus
from benchmarks.detection_report import CORPORA
from tests.benchmarks.planted import (assert_check_digits, assert_deterministic, assert_oracle_scores_one,
                                      assert_phones_valid_and_births_dated, assert_whole_corpus, card_number,
                                      check_places, items_of, license_check)

CHECKS = {("MY_NUMBER", False): in_.is_valid, ("MY_NUMBER", "slip_number_mynumber_check"): in_.is_valid,
          ("MY_NUMBER", "corporate_number"): cn.is_valid,
          ("DRIVERS_LICENSE", False): license_check, ("CREDIT_CARD", False): card_number,
          ("CREDIT_CARD", "product_code_luhn"): luhn.is_valid, ("HEALTH_INSURANCE_NUMBER", False): luhn.is_valid}
CATEGORIES = {"病歴", "健康診断結果", "障害", "宗教", "信条", "人種・民族", "労働組合", "犯罪歴", "犯罪被害", "本籍"}
KINDS = {"date_not_birth", "org_phone", "org_email", "org_postal", "org_address", "slip_number_mynumber_check",
         "corporate_number", "product_code_luhn", "model_number_passport_shape", "order_number_seven_digits",
         "health_notice_about_no_one", "privacy_boilerplate", "place_named_like_person", "cultivar_named_like_person",
         "historical_figure", "boat_named_like_person", "stage_role_name", "koi_named_like_person"}
FORMATS = {"txt", "csv", "xlsx", "docx", "pptx", "html", "eml", "zip", "json", "xml", "DAT", "rtf", "odt",
           "pdf", "mbox", "mailhost:2,S"}


@pytest.fixture(scope="module")
def small():
    return corpus.generate(scale=0.2)


def test_registered_as_the_held_out_set():
    assert CORPORA["25"] == (corpus, "eval") and corpus.DEFAULT_SEED == 25013
    assert [role for _, role in CORPORA.values()].count("eval") == 1


def test_same_bytes_for_a_seed(small):
    assert_deterministic(corpus, small, 0.2, 25014)


def test_values_where_daicho_reads_them(small):
    assert check_places(small) > 1000


def test_check_digits_phones_and_births(small):
    items = items_of(small)
    assert_check_digits([i for i in items if not i.mark.optional], CHECKS)
    assert_phones_valid_and_births_dated(items)


def test_cp932_files_hold_only_what_cp932_can_say(small):
    for doc in small:
        if doc.path.endswith((".csv", ".txt", ".DAT")):
            try:
                doc.data.decode("utf-8")
            except UnicodeDecodeError:
                assert all(i.mark.text.encode("cp932") for i in doc.items)


def test_look_alikes_are_not_values_of_their_object(small):
    """No look-alike is written as a value of the same type in the same object."""
    for doc in small:
        values = {(i.path, i.mark.entity_type, i.mark.text) for i in doc.items if not i.mark.negative}
        for item in doc.items:
            if item.mark.negative:
                assert (item.path, item.mark.entity_type, item.mark.text) not in values, item


def test_clean_files_hold_no_value(small):
    assert any(doc.clean for doc in small)
    for doc in small:
        if doc.clean:
            assert all(i.mark.negative for i in doc.items), doc.path


@pytest.mark.slow
def test_every_category_and_kind_of_look_alike():
    marks = [i.mark for i in items_of(corpus.generate(scale=1.0))]
    assert {m.category for m in marks if m.entity_type == "SENSITIVE" and not m.negative} == CATEGORIES
    assert all(m.kind for m in marks if m.negative) and {m.kind for m in marks if m.negative} == KINDS
    assert 7500 <= sum(not m.negative and not m.optional for m in marks) <= 9500
    assert sum(m.negative for m in marks) >= 2000 and sum(m.optional for m in marks) >= 50


def test_an_oracle_scores_one(tmp_path):
    assert_oracle_scores_one(corpus.write, tmp_path, 0.3, 10)


@pytest.mark.slow
def test_whole_corpus():
    assert_whole_corpus(corpus.generate(), FORMATS, CHECKS)


def test_phrase_lists_can_be_written_in_cp932():
    """The CP932 writers draw on the same lists: every name, place and phrase has a CP932 form."""
    from benchmarks.corpus25 import ids, people, vocab
    from tests.benchmarks.planted import module_strings

    for module in (ids, people, vocab):
        for text in module_strings(module):
            assert text.encode("cp932").decode("cp932") == text, text
