"""The hostdates3 corpora of issue 12 (benchmarks/corpus_hostdates3_dev.py and _check.py):
deterministic for a seed, written apart (no surname, given name or place in common),
every positive labelled for DATE_OF_BIRTH with each later date a look-alike, every clean
file labelled for nothing."""

import pytest

from benchmarks import corpus_hostdates3_check as check
from benchmarks import corpus_hostdates3_dev as dev


@pytest.mark.parametrize("corpus", [dev.DevHostdates3, check.CheckHostdates3], ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    first, again, other = (corpus(seed).positives(12) + corpus(seed).negatives(4) for seed in (3, 3, 4))
    assert [(d.name, d.truth, d.data) for d in first] == [(d.name, d.truth, d.data) for d in again]
    assert [d.truth for d in first] != [d.truth for d in other]


def test_the_two_corpora_share_no_word_list():
    surnames = {s for s, _ in dev.SURNAMES}, {name.split()[0] for name in check.KANJI}
    given = {g for g, _ in dev.GIVEN}, {name.split()[1] for name in check.KANJI}
    readings = {kana for _, kana in (*dev.SURNAMES, *dev.GIVEN)} & set(" ".join(check.KANA).split())
    places = set(dev.STREETS), set(check.PLACES)
    for ours, theirs in (surnames, given, places):
        assert ours and theirs and not ours & theirs
    assert not readings


@pytest.mark.parametrize("corpus", [dev.DevHostdates3, check.CheckHostdates3], ids=["dev", "check"])
def test_positives_are_labelled_and_clean_files_are_not(corpus):
    generator = corpus(5)
    for doc in generator.positives(12):
        assert ("*", "DATE_OF_BIRTH") in doc.truth
        assert any(entity == "~DATE_OF_BIRTH" for entity, _ in doc.truth)
        births = {value for entity, value in doc.truth if entity == "DATE_OF_BIRTH"}
        assert not births & {value for entity, value in doc.truth if entity == "~DATE_OF_BIRTH"}
    assert all(not doc.truth for doc in generator.negatives(4))
