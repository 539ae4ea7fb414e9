"""The hosts22 corpora of issue 12 (benchmarks/corpus_hosts22_dev.py and _check.py):
deterministic for a seed, written apart (no word list in common), every positive labelled
for the three types with valid insurers' numbers, the clean files labelled for nothing."""

import pytest

from benchmarks import corpus_hosts22_check as check
from benchmarks import corpus_hosts22_dev as dev
from detectors.columns.insurance import is_insurers_number
from tests.benchmarks.corpus_checks import same_truth_for_a_seed, words_of


@pytest.mark.parametrize("corpus", [dev.DevHosts22, check.CheckHosts22], ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    same_truth_for_a_seed(corpus, 8, 2)


def test_the_two_corpora_share_no_word_list():
    ours = [dev.KANJI, dev.KANA, dev.SUBJECTS, dev.AILMENTS, dev.GOODS]
    theirs = [[p[0] for p in check.PATRONS], [p[1] for p in check.PATRONS], check.ROLES, check.NOTES, check.ITEMS]
    assert not words_of(ours) & words_of(theirs)
    assert not {name.split()[0] for name in dev.KANJI} & {p[0] for p in check.PATRONS}


@pytest.mark.parametrize("corpus", [dev.DevHosts22, check.CheckHosts22], ids=["dev", "check"])
def test_positives_are_labelled_and_clean_files_are_not(corpus):
    generator = corpus(5)
    for doc in generator.positives(12):
        assert {e for e, _ in doc.truth if e != "*"} >= {"DATE_OF_BIRTH", "PHONE"}
        assert all(is_insurers_number(v) for e, v in doc.truth if e == "HEALTH_INSURANCE_NUMBER")
    assert all(not doc.truth for doc in generator.negatives(4))
