"""The hostexport16 corpora (benchmarks/corpus_hostexport16_dev.py and _check.py):
deterministic for a seed, written apart (no word list or kind of document in common),
every planted value written in its CP932 record, clean files labelled for nothing."""

import pytest

from benchmarks import corpus_hostexport16_check as check
from benchmarks import corpus_hostexport16_dev as dev
from tests.benchmarks.corpus_checks import same_truth_for_a_seed, written_apart

CORPORA = [dev.DevHostexport16, check.CheckHostexport16]


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_one_seed_gives_the_same_files(corpus):
    same_truth_for_a_seed(corpus, 6, 2)


def test_the_two_corpora_share_no_word_list_nor_kind_of_document():
    written_apart([dev.SURNAMES, dev.GIVEN, dev.PLACES, dev.BANKS, dev.COMPANIES],
                  [check.FAMILY, check.FIRST, check.HOMES, check.BANK_NAMES, check.BRANCH_NAMES, check.OFFICES],
                  dev.DevHostexport16, check.CheckHostexport16, ("_dat", "_txt", "_members", "_customers", "_debits"),
                  (5, 3))


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_every_planted_value_is_written_in_its_record(corpus):
    generator = corpus(5)
    for doc in generator.positives(9):
        text = doc.data.decode("cp932")
        for entity, value in doc.truth:
            written = {"PHONE": "0" + value[3:], "DATE_OF_BIRTH": value.replace("-", "")}.get(entity, value)
            assert entity == "*" or written in text
    assert all(not doc.truth for doc in generator.negatives(4))
