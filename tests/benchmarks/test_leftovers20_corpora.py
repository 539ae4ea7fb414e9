"""The leftovers20 corpora of issue 12 (benchmarks/corpus_leftovers20_dev.py and _check.py):
deterministic for a seed, written apart (no name, label list or kind of document in common),
licences whose check digit matches, clean files labelled for nothing."""

import pytest

from benchmarks import corpus_leftovers20_check as check
from benchmarks import corpus_leftovers20_dev as dev
from detectors.jp.drivers_license import check_digit_matches
from tests.benchmarks.corpus_checks import same_truth_for_a_seed, written_apart

CORPORA = [dev.DevLeftovers20, check.CheckLeftovers20]
KINDS = ("_txt", "_md", "_xlsx", "_csv", "_json")


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_one_seed_gives_the_same_files(corpus):
    same_truth_for_a_seed(corpus, 14, 2)


def test_the_two_corpora_share_no_word_list_nor_kind_of_document():
    written_apart([dev.ROMAJI, dev.ONE_KANJI, dev.SURNAMES, dev.MEMBERS, dev.LEADS],
                  [check.PEOPLE, check.SINGLE, check.READERS, check.CLUB, check.OPENERS],
                  dev.DevLeftovers20, check.CheckLeftovers20, KINDS, (7, 6))


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_licences_pass_their_check_and_clean_files_are_labelled_for_nothing(corpus):
    generator = corpus(5)
    licences = [v for doc in generator.positives(14) for e, v in doc.truth if e == "DRIVERS_LICENSE"]
    assert licences and all(len(v) == 12 and check_digit_matches(v) for v in licences)
    assert all(not doc.truth for doc in generator.negatives(4))
