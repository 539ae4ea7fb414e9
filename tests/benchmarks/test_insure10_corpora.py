"""The insure10 corpora of issue 12 (benchmarks/corpus_insure10_dev.py and _check.py):
deterministic for a seed, written apart (no name, label or kind of document in common),
every positive labelled for the three types with the numbers of the same shapes as
look-alikes, every clean file labelled for nothing, each number of its kind's shape."""

import pytest
from stdnum import luhn

from benchmarks import corpus_insure10_check as check
from benchmarks import corpus_insure10_dev as dev
from tests.benchmarks.corpus_checks import same_truth_for_a_seed, written_apart

TYPES = ("HEALTH_INSURANCE_NUMBER", "EMPLOYMENT_INSURANCE_NUMBER", "BANK_ACCOUNT")
FORMATS = ("_csv", "_tsv", "_xlsx", "_xls", "_docx", "_pptx", "_pdf", "_txt", "_json", "_xml", "_yaml", "_eml", "_mail",
           "_ini", "_md", "_table")


@pytest.mark.parametrize("corpus", [dev.DevInsure10, check.CheckInsure10], ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    same_truth_for_a_seed(corpus, 16, 2)


def test_the_two_corpora_share_no_word_list_or_kind():
    written_apart([dev.PATIENTS, dev.LAWS], [check.MEMBERS], dev.DevInsure10, check.CheckInsure10, FORMATS, (15, 11))


@pytest.mark.parametrize("corpus", [dev.DevInsure10, check.CheckInsure10], ids=["dev", "check"])
def test_positives_are_labelled_and_clean_files_are_not(corpus):
    generator = corpus(5)
    for doc in generator.positives(16):
        assert {("*", entity) for entity in TYPES} <= doc.truth
        found = {value for entity, value in doc.truth if entity in TYPES}
        look_alikes = {value for entity, value in doc.truth if entity.startswith("~")}
        assert found and not found & look_alikes
        assert all(value.isdigit() for value in found)
    assert all(not doc.truth for doc in generator.negatives(2))


@pytest.mark.parametrize("corpus", [dev.DevInsure10, check.CheckInsure10], ids=["dev", "check"])
def test_numbers_have_their_shapes(corpus):
    for doc in corpus(7).positives(16):
        for entity, value in doc.truth:
            if entity == "EMPLOYMENT_INSURANCE_NUMBER":
                assert len(value) == 11
            elif entity == "BANK_ACCOUNT":
                assert len(value) == 7
            elif entity == "HEALTH_INSURANCE_NUMBER":
                assert 1 <= len(value) <= 14


def test_insurers_numbers_pass_their_check_digit():
    assert all(luhn.is_valid(dev.DevInsure10(seed).insurer()) for seed in range(20))
    assert all(luhn.is_valid(check.CheckInsure10(seed).hokenja()) for seed in range(20))
