"""The prose7 corpora of issue 12 (benchmarks/corpus_prose7_dev.py and _check.py):
deterministic for a seed, written apart (no person, place, kind, thing or word list in
common), every person and look-alike in truth written in its text, clean files labelled
for nothing."""

import pytest

from benchmarks import corpus_prose7_check as check
from benchmarks import corpus_prose7_dev as dev
from tests.benchmarks.corpus_checks import same_documents_for_a_seed, truth_written_in_the_text, words_of


@pytest.mark.parametrize("corpus", [dev.DevProse7, check.CheckProse7], ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    same_documents_for_a_seed(corpus)


def test_the_two_corpora_share_no_list():
    ours = [dev.SINGLE, dev.CHAINED, dev.PLACES, dev.PEOPLES, dev.KINDS, dev.NAMED_LIKE_PEOPLE, dev.KANJI_NAMES,
            dev.BOATS, dev.ADDRESSES, dev.WORKS]
    theirs = words_of([check.LONE, check.FULL, check.SEATS, check.NATIONS, check.TRADES, check.FOUNDERS,
                       check.PEN_NAMES, check.SHIPS, check.SEATS_OF_FIRMS, check.TITLES])
    for words in ours:
        assert words and not words_of([words]) & theirs


@pytest.mark.parametrize("corpus", [dev.DevProse7, check.CheckProse7], ids=["dev", "check"])
def test_truth_is_written_in_the_text(corpus):
    truth_written_in_the_text(corpus)
