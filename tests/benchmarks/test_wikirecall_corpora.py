"""The wikirecall corpora of issue 12 (benchmarks/corpus_wikirecall_dev.py and _check.py):
deterministic for a seed, written apart (no person, thing, kind or word list in common),
every person in truth written in its text, clean files labelled for nothing."""

import pytest

from benchmarks import corpus_wikirecall_check as check
from benchmarks import corpus_wikirecall_dev as dev
from tests.benchmarks.corpus_checks import same_documents_for_a_seed, truth_written_in_the_text


@pytest.mark.parametrize("corpus", [dev.DevSaid, check.CheckSaid], ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    same_documents_for_a_seed(corpus)


def test_the_two_corpora_share_no_list():
    ours = [dev.SINGLE, [w for pair in dev.CHAINED for w in pair], dev.THINGS, dev.COUNTRIES, dev.KINDS, dev.COMMON]
    theirs = [check.LONE, [w for pair in check.FULL for w in pair], check.FIRMS, check.NATIONS, check.PROFESSIONS,
              check.WORDS]
    everything = set().union(*map(set, theirs))
    for words in ours:
        assert words and not set(words) & everything


@pytest.mark.parametrize("corpus", [dev.DevSaid, check.CheckSaid], ids=["dev", "check"])
def test_truth_is_written_in_the_text(corpus):
    truth_written_in_the_text(corpus)
