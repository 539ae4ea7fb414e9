"""The changes10 corpora of issue 12 (benchmarks/corpus_changes10_dev.py and _check.py):
deterministic for a seed, written apart (no name, label or kind of document in common),
every birth labelled with the dates of a change in the same record as look-alikes, every
clean file labelled for nothing."""

import pytest

from benchmarks import corpus_changes10_check as check
from benchmarks import corpus_changes10_dev as dev

TEXTS = (".txt", ".csv", ".yaml", ".html")


@pytest.mark.parametrize("corpus", [dev.DevChanges10, check.CheckChanges10], ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    first, again, other = (corpus(seed).positives(14) + corpus(seed).negatives(2) for seed in (3, 3, 4))
    same = [(d.name, d.truth, d.data if d.name.endswith(TEXTS) else b"") for d in first]
    assert same == [(d.name, d.truth, d.data if d.name.endswith(TEXTS) else b"") for d in again]
    assert [d.truth for d in first] != [d.truth for d in other]


def _kinds(docs) -> set[str]:
    return {d.name.split("_")[1].rstrip("0123456789.").split(".")[0] for d in docs}


def test_the_two_corpora_share_no_name_or_kind():
    names = {part for name in dev.NAMES for part in name.split()}
    theirs = {part for person in check.PEOPLE for part in person}
    assert names and theirs and not names & theirs
    kinds, their_kinds = _kinds(dev.DevChanges10(1).positives(7)), _kinds(check.CheckChanges10(1).positives(7))
    assert len(kinds) == 7 and len(their_kinds) == 7 and not kinds & their_kinds


@pytest.mark.parametrize("corpus", [dev.DevChanges10, check.CheckChanges10], ids=["dev", "check"])
def test_changes_are_look_alikes_and_clean_files_hold_nothing(corpus):
    generator = corpus(5)
    for doc in generator.positives(14):
        assert ("*", "DATE_OF_BIRTH") in doc.truth
        births = {value for entity, value in doc.truth if entity == "DATE_OF_BIRTH"}
        changes = {value for entity, value in doc.truth if entity == "~DATE_OF_BIRTH"}
        assert changes and not births & changes
    assert all(not doc.truth for doc in generator.negatives(2))
