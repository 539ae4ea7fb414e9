"""The ids18 corpora of issue 12 (benchmarks/corpus_ids18_dev.py and _check.py): deterministic
for a seed, written apart (no person, bank or organisation list in common), every scored type
beside look-alikes, and clean files labelled for nothing."""

import pytest

from benchmarks import corpus_ids18_check as check
from benchmarks import corpus_ids18_dev as dev

CORPORA = [dev.DevIds18, check.CheckIds18]


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    first = [(d.name, d.truth) for d in corpus(3).positives(12) + corpus(3).negatives(3)]
    again = [(d.name, d.truth) for d in corpus(3).positives(12) + corpus(3).negatives(3)]
    assert first == again


def test_the_two_corpora_share_no_word_list():
    dev_words = set(dev.SURVEYORS) | {w for pair in dev.BANKS for w in pair} | {dev.OFFICE}
    check_words = set(check.GROOMS) | {w for pair in check.ACCOUNTS_AT for w in pair} | {check.FARM} | set(check.HORSES)
    assert dev_words.isdisjoint(check_words)


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_every_scored_type_beside_look_alikes_and_clean_files(corpus):
    generator = corpus(5)
    kinds = {e for doc in generator.positives(40) for e, _ in doc.truth}
    assert set(dev.SCORED) <= kinds and {"~MY_NUMBER", "~BANK_ACCOUNT"} <= kinds
    assert all(not doc.truth for doc in generator.negatives(3))
