"""Corpus 12 (benchmarks/corpus12), a held-out set written in other hands: the same
bytes for a seed, every value at its place in daicho's extraction, check digits,
valid phones and dated births, an oracle's full marks, every 要配慮 category and
kind of look-alike present."""

from collections import Counter

import pytest
from stdnum import luhn
from stdnum.jp import in_

from benchmarks import corpus12
from benchmarks.detection_report import CORPORA
from benchmarks.scoring.dates import parse_date
from tests.benchmarks.planted import (assert_check_digits, assert_deterministic, assert_oracle_scores_one,
                                      assert_phones_valid_and_births_dated, assert_whole_corpus, card_number,
                                      check_places, items_of, license_check)

CHECKS = {("MY_NUMBER", False): in_.is_valid, ("MY_NUMBER", "order_number"): in_.is_valid,
          ("DRIVERS_LICENSE", False): license_check, ("CREDIT_CARD", False): card_number,
          ("CREDIT_CARD", "product_code"): card_number, ("HEALTH_INSURANCE_NUMBER", False): luhn.is_valid}
SUFFIXES = {"txt", "csv", "tsv", "xlsx", "docx", "pptx", "pdf", "odt", "rtf", "html", "json", "xml", "eml", "mbox", "zip",
            "DAT", "PRN", "log"}
CATEGORIES = {"病歴", "健康診断結果", "障害", "宗教", "信条", "人種・民族", "労働組合", "犯罪歴", "犯罪被害", "本籍"}


@pytest.fixture(scope="module")
def docs():
    return corpus12.generate(scale=1.0)


class Small:
    """The corpus at a small scale, as planted.assert_deterministic calls it."""

    @staticmethod
    def generate(seed: int = corpus12.DEFAULT_SEED, scale: float = 0.1):
        return corpus12.generate(seed, scale)

    truth_records = staticmethod(corpus12.truth_records)


def test_the_report_scores_it_as_a_development_set_now():
    """Corpus 12 a development set since the fourth session of 2026-12-05 (corpus 14 the held-out set since its fifth)."""
    assert CORPORA["12"] == (corpus12, "dev") and [role for _, role in CORPORA.values()].count("eval") <= 1 and corpus12.DEFAULT_SEED == 12012


def test_same_bytes_and_truth_for_a_seed():
    assert_deterministic(Small, Small.generate(scale=0.1), 0.1, 7)


def test_values_at_their_place_in_a_small_corpus():
    small = Small.generate(scale=0.1)
    assert check_places(small) > 300


@pytest.mark.slow
def test_whole_corpus_in_place(docs):
    assert_whole_corpus(docs, SUFFIXES, CHECKS)


def test_sizes_check_digits_phones_and_births(docs):
    items = items_of(docs)
    positives = [i for i in items if not i.mark.negative and not i.mark.optional]
    negatives = [i for i in items if i.mark.negative]
    assert 280 <= len(docs) <= 320 and sum(d.clean for d in docs) >= 40
    assert 6000 <= len(positives) <= 8000 and 1800 <= len(negatives)
    assert_check_digits([i for i in items if not i.mark.optional], CHECKS)
    assert_phones_valid_and_births_dated(items)


def test_every_category_and_many_kinds_of_look_alike(docs):
    items = items_of(docs)
    categories = Counter(i.mark.category for i in items if i.mark.entity_type == "SENSITIVE" and not i.mark.negative
                         and not i.mark.optional)
    assert set(categories) == CATEGORIES and min(categories.values()) >= 10, categories
    kinds = Counter(i.mark.kind for i in items if i.mark.negative)
    assert len(kinds) >= 10 and all(n >= 5 for n in kinds.values()), kinds
    types = {i.mark.entity_type for i in items if not i.mark.negative}
    assert {"PERSON", "ADDRESS", "PHONE", "EMAIL", "POSTAL_CODE", "DATE_OF_BIRTH", "MY_NUMBER", "PASSPORT",
            "RESIDENCE_CARD", "DRIVERS_LICENSE", "BASIC_PENSION_NUMBER", "EMPLOYMENT_INSURANCE_NUMBER",
            "HEALTH_INSURANCE_NUMBER", "BANK_ACCOUNT", "CREDIT_CARD", "SENSITIVE"} <= types


def test_look_alike_dates_are_dates_and_clean_files_hold_no_value(docs):
    dates = [i.mark for i in items_of(docs) if i.mark.kind in ("other_date", "death_date")]
    assert dates and all(parse_date(m.text) for m in dates)
    for doc in docs:
        if doc.clean:
            assert all(i.mark.negative or i.mark.optional for i in doc.items), doc.path


@pytest.mark.slow
def test_an_oracle_scores_one(tmp_path):
    assert_oracle_scores_one(corpus12.write, tmp_path, 1.0, 40)


def test_written_apart_from_the_rules_and_the_earlier_corpora():
    """Corpus 12 imports nothing of daicho's detectors or scanner, nor any earlier corpus."""
    import ast
    from pathlib import Path

    for source in Path(corpus12.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            for name in names:
                assert not name.startswith(("detectors", "scanner")), (source.name, name)
                assert not name.startswith("benchmarks.") or name.startswith("benchmarks.corpus12"), (source.name, name)
