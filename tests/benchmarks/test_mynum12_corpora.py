"""The mynum12 corpora of issue 12 (benchmarks/corpus_mynum12_dev.py and _check.py):
deterministic for a seed, written apart (no word list nor kind of document in common),
My Numbers and their look-alikes (a contract's, a policy's, a meter's, a member's key)
passing the check digit, every look-alike written where a reader finds it, clean files
labelled for nothing."""

import pytest

from benchmarks import corpus_mynum12_check as check
from benchmarks import corpus_mynum12_dev as dev
from tests.benchmarks.corpus_checks import (my_numbers_planted, same_truth_for_a_seed, twelve_digits_apart,
                                            written_apart)

CORPORA = [dev.DevMynum12, check.CheckMynum12]
KINDS = ("_txt", "_xlsx", "_csv", "_tsv", "_docx", "_odt", "_rtf", "_eml", "_json", "_html", "_xml", "_pdf", "_yaml")


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_one_seed_gives_the_same_files(corpus):
    same_truth_for_a_seed(corpus, 13, 2)


def test_the_two_corpora_share_no_word_list_nor_kind_of_document():
    written_apart([dev.PERSONAL_PREFIXED + dev.ODD_KEYS, dev.POLICY_PRODUCTS + dev.POLICY_STATES,
                   dev.CLIENTS + dev.PLACES, dev.BIRTHS],
                  [check.PLAN_HEADS, check.PLANS + check.STANDINGS, check.KANA_MEMBERS + check.KANJI_MEMBERS
                   + check.STREETS, check.ERA_BIRTHS],
                  dev.DevMynum12, check.CheckMynum12, KINDS, (12, 11))


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_numbers_pass_their_check_and_look_alikes_are_planted(corpus):
    my_numbers_planted(corpus, 26)


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_every_number_is_written_as_twelve_digits_apart(corpus):
    twelve_digits_apart(corpus(7).positives(26), (".csv", ".tsv", ".txt", ".json", ".xml", ".yaml", ".html"))
