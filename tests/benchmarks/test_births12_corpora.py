"""The births12 corpora of issue 12 (benchmarks/corpus_births12_dev.py and _check.py):
deterministic for a seed, written apart (no name or kind of document in common), every
positive labelled for DATE_OF_BIRTH with the other dates of the same document as
look-alikes, every clean file labelled for nothing."""

import pytest

from benchmarks import corpus_births12_check as check
from benchmarks import corpus_births12_dev as dev

TEXTS = (".txt", ".csv", ".json", ".xml", ".yaml", ".html")


@pytest.mark.parametrize("corpus", [dev.DevBirths12, check.CheckBirths12], ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    first, again, other = (corpus(seed).positives(12) + corpus(seed).negatives(2) for seed in (3, 3, 4))
    same = [(d.name, d.truth, d.data if d.name.endswith(TEXTS) else b"") for d in first]
    assert same == [(d.name, d.truth, d.data if d.name.endswith(TEXTS) else b"") for d in again]
    assert [d.truth for d in first] != [d.truth for d in other]


def test_the_two_corpora_share_no_word_list_or_kind():
    names = {part for name in dev.NAMES for part in name.split()}
    theirs = {part for person in check.PEOPLE for part in person}
    assert names and theirs and not names & theirs
    kinds = {d.name.split("_")[1].rstrip("0123456789.").split(".")[0] for d in dev.DevBirths12(1).positives(16)}
    their_kinds = {d.name.split("_")[1].rstrip("0123456789.").split(".")[0] for d in check.CheckBirths12(1).positives(10)}
    assert len(kinds) == 16 and len(their_kinds) == 10 and not kinds & their_kinds


@pytest.mark.parametrize("corpus", [dev.DevBirths12, check.CheckBirths12], ids=["dev", "check"])
def test_positives_are_labelled_and_clean_files_are_not(corpus):
    generator = corpus(5)
    for doc in generator.positives(12):
        assert ("*", "DATE_OF_BIRTH") in doc.truth
        births = {value for entity, value in doc.truth if entity == "DATE_OF_BIRTH"}
        assert births and not births & {value for entity, value in doc.truth if entity.startswith("~")}
    assert all(not doc.truth for doc in generator.negatives(2))
