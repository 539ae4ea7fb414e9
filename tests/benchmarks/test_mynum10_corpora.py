"""The mynum10 corpora of issue 12 (benchmarks/corpus_mynum10_dev.py and _check.py):
deterministic for a seed, written apart (no name, label list or kind of document in
common), My Numbers and their look-alikes (a transfer's key, a lot) passing the check
digit, every look-alike written where a reader finds it, clean files labelled for nothing."""

import pytest

from benchmarks import corpus_mynum10_check as check
from benchmarks import corpus_mynum10_dev as dev
from tests.benchmarks.corpus_checks import (my_numbers_planted, same_truth_for_a_seed, twelve_digits_apart,
                                            written_apart)

CORPORA = [dev.DevMynum10, check.CheckMynum10]
KINDS = ("_txt", "_xlsx", "_csv", "_tsv", "_docx", "_ods", "_odt", "_rtf", "_eml", "_json", "_html", "_xml", "_pdf",
         "_yaml", "_dat", "_mbox")


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_one_seed_gives_the_same_files(corpus):
    same_truth_for_a_seed(corpus, 16, 2)


def test_the_two_corpora_share_no_word_list_nor_kind_of_document():
    written_apart([dev.PAYEES + dev.STAFF + dev.TOWNS, dev.BANKS, dev.BRANCHES, dev.PARTS, dev.LOT_HEADS, dev.OWN_HEADS],
                  [check.HOLDERS + check.EMPLOYEES + check.HOMES, check.INSTITUTIONS, check.OFFICES + check.KINDS_SAID,
                   check.DRUGS + check.FOODS, check.LOT_WORDS],
                  dev.DevMynum10, check.CheckMynum10, KINDS, (12, 10))


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_numbers_pass_their_check_and_look_alikes_are_planted(corpus):
    my_numbers_planted(corpus, 30)


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_every_number_is_written_as_twelve_digits_apart(corpus):
    twelve_digits_apart(corpus(7).positives(30), (".csv", ".tsv", ".txt", ".json", ".xml", ".yaml", ".dat"))
