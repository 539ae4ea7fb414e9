"""church19's corpora (benchmarks/corpus_church19_dev.py and _check.py): deterministic for a seed,
every positive labelled for the types it scores, clean files labelled for nothing, written apart
(no name, standing, note or kind of document in common)."""

import pytest

from benchmarks import corpus_church19_check as check
from benchmarks import corpus_church19_dev as dev
from tests.benchmarks.test_births13_corpora import kinds

CORPORA = pytest.mark.parametrize("corpus", [dev.DevChurch19, check.CheckChurch19], ids=["dev", "check"])


@CORPORA
def test_one_seed_gives_the_same_documents(corpus):
    first, again, other = ([(d.name, d.truth) for d in corpus(seed).positives(12) + corpus(seed).negatives(2)]
                           for seed in (3, 3, 4))
    assert first == again and first != other


@CORPORA
def test_positives_are_labelled_and_clean_files_are_not(corpus):
    generator = corpus(5)
    for doc in generator.positives(12):
        assert ("*", "DATE_OF_BIRTH") in doc.truth and len(doc.truth) > 3
    assert all(not doc.truth for doc in generator.negatives(2))


def test_the_two_corpora_share_no_word_list_or_kind():
    ours = {part for pair in dev.PEOPLE for part in pair} | set(dev.TEMPLE + dev.MOSQUE + dev.ILLS)
    theirs = set(check.FAMILIES + check.GIVEN + check.NOTES) | {s for words in check.STANDING.values() for s in words}
    assert ours and theirs and not ours & theirs
    assert not kinds(dev.DevChurch19(1).positives(6)) & kinds(check.CheckChurch19(1).positives(6))
