"""Corpus 9, written apart (benchmarks/corpus9; held out until the first session of
2026-12-05, a development set since): deterministic, every value
where daicho's extraction puts it, valid check digits, an oracle's full marks, a
spread of kinds, formats and look-alikes."""

from __future__ import annotations

from collections import Counter

import pytest
from stdnum.jp import in_
from stdnum import luhn

import benchmarks.corpus9 as corpus
from benchmarks.corpus9 import care, clean, crews, donation, members, people, wedding
from tests.benchmarks.planted import (assert_check_digits, assert_deterministic, assert_oracle_scores_one,
                                      assert_phones_valid_and_births_dated, assert_whole_corpus, card_number,
                                      check_places, items_of, license_check)

SCALE = 0.15


@pytest.fixture(scope="module")
def small():
    return corpus.generate(scale=SCALE)


@pytest.fixture(scope="module")
def whole():
    return corpus.generate()


CHECKS = {("MY_NUMBER", False): in_.is_valid, ("DRIVERS_LICENSE", False): license_check,
          ("CREDIT_CARD", False): card_number, ("HEALTH_INSURANCE_NUMBER", False): luhn.is_valid,
          **{("MY_NUMBER", kind): in_.is_valid for kind in ("lot_number", "booking_number", "reception_number",
                                                            "slip_number", "contract_number")},
          ("CREDIT_CARD", "point_card_number"): luhn.is_valid}


def test_the_same_seed_gives_the_same_files(small):
    assert_deterministic(corpus, small, SCALE, other_seed=77)


def test_every_value_is_where_daicho_reads_it(small):
    assert check_places(small) > 500


def test_check_digits_phones_and_births(small):
    items = items_of(small)
    assert_check_digits([i for i in items if i.mark.kind != "corporate_number"],
                        {k: f for k, f in CHECKS.items() if k[1] in (False, "contract_number")})
    assert_phones_valid_and_births_dated(items)


def test_an_oracle_scores_one(tmp_path):
    assert_oracle_scores_one(corpus.write, tmp_path, SCALE, clean_files=6)


def test_a_maildir_is_written_whole(tmp_path):
    tree, _ = corpus.write(tmp_path, scale=SCALE)
    mail = [p for p in tree.rglob("*") if p.parent.name == "cur"]
    assert mail and all((p.parent.parent / "new").is_dir() and (p.parent.parent / "tmp").is_dir() for p in mail)


def test_look_alikes_are_not_the_values(small):
    """A look-alike never has the text of a value planted in the same object."""
    for doc in small:
        values = {(i.path, i.mark.text) for i in doc.items if not i.mark.negative}
        assert not [i for i in doc.items if i.mark.negative and (i.path, i.mark.text) in values], doc.path


def test_every_category_and_kind_of_value(whole):
    items = items_of(whole)
    values = Counter(i.mark.entity_type for i in items if not i.mark.negative)
    categories = Counter(i.mark.category for i in items if i.mark.category and not i.mark.negative)
    kinds = Counter(i.mark.kind for i in items if i.mark.negative)
    assert 6000 <= sum(values.values()) <= 9000 and sum(kinds.values()) >= 1500
    assert set(values) >= {"PERSON", "ADDRESS", "PHONE", "EMAIL", "POSTAL_CODE", "DATE_OF_BIRTH", "MY_NUMBER",
                           "PASSPORT", "RESIDENCE_CARD", "DRIVERS_LICENSE", "BASIC_PENSION_NUMBER",
                           "EMPLOYMENT_INSURANCE_NUMBER", "HEALTH_INSURANCE_NUMBER", "BANK_ACCOUNT", "CREDIT_CARD",
                           "SENSITIVE"}
    assert set(categories) == {"病歴", "健康診断結果", "障害", "宗教", "信条", "人種・民族", "労働組合", "犯罪歴", "犯罪被害",
                               "本籍"}
    assert min(categories.values()) >= 10 and len(kinds) >= 15


def test_clean_files_hold_nothing(whole):
    cleaned = [d for d in whole if d.clean]
    assert len(cleaned) >= 40 and all(d.path.startswith("共有/") for d in cleaned)


@pytest.mark.slow
def test_the_whole_corpus(whole):
    assert_whole_corpus(whole, {"xlsx", "docx", "pptx", "pdf", "odt", "rtf", "html", "csv", "txt", "json", "xml", "eml",
                                "mbox", "zip", "DAT", "tsv"}, CHECKS)


def test_word_lists_are_its_own():
    """The lists of each writer are not empty and no two writers share a phrase
    (a list imported from another module counts once, where it is written)."""
    owners: dict[int, tuple[str, object]] = {}
    for module in (people, care, clean, crews, donation, members, wedding):
        for name, value in vars(module).items():
            if name.isupper() and isinstance(value, (list, tuple, dict)):
                owners.setdefault(id(value), (module.__name__, value))
    lists: dict[str, set[str]] = {}
    for name, value in owners.values():
        lists.setdefault(name, set()).update(phrases(value))
    assert len(lists) == 7 and all(lists.values())
    seen: dict[str, str] = {}
    for name, words in lists.items():
        for word in words:
            assert seen.setdefault(word, name) == name, (word, name, seen[word])


def phrases(value) -> set[str]:
    found = set()
    for item in value.items() if isinstance(value, dict) else value:
        found |= {x for x in (item if isinstance(item, tuple) else (item,)) if isinstance(x, str) and len(x) > 3}
    return found


def test_the_report_runs_it_as_a_development_set_since_corpus_10():
    from benchmarks.detection_report import CORPORA

    assert CORPORA["9"] == (corpus, "dev") and [role for _, role in CORPORA.values()].count("eval") <= 1
