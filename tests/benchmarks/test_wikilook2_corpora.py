"""The wikilook2 corpora of issue 12 (benchmarks/corpus_wikilook2_dev.py and _check.py):
deterministic for a seed, written apart (no person, thing or kind list in common),
every person in truth written in its text, clean files labelled for nothing."""

import pytest

from benchmarks import corpus_wikilook2_check as check
from benchmarks import corpus_wikilook2_dev as dev
from tests.benchmarks.corpus_checks import same_documents_for_a_seed, truth_written_in_the_text


@pytest.mark.parametrize("corpus", [dev.DevTrade, check.CheckTrade], ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    same_documents_for_a_seed(corpus)


def test_the_two_corpora_share_no_list():
    ours = [dev.SURNAMES, dev.GIVEN, [g + f for g, f in dev.FOREIGN], dev.COMPANIES + dev.TEAMS + dev.PARTIES
            + dev.PRODUCTS + dev.SITES + dev.BANDS + dev.SCHOOLS]
    theirs = [check.FAMILY, check.PERSONAL, [g + f for g, f in check.ABROAD], check.FIRMS + check.CLUBS
              + check.FACTIONS + check.GOODS + check.PLACES]
    everything = set().union(*map(set, theirs))
    for words in ours:
        assert not set(words) & everything
    assert not {w for pair in dev.FOREIGN for w in pair} & {w for pair in check.ABROAD for w in pair}


@pytest.mark.parametrize("corpus", [dev.DevTrade, check.CheckTrade], ids=["dev", "check"])
def test_truth_is_written_in_the_text(corpus):
    truth_written_in_the_text(corpus)
