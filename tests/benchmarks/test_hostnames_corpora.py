"""The hostnames corpora of issue 12 (benchmarks/corpus_hostnames_dev.py and _check.py):
deterministic for a seed, written apart (no person, company, place or product list
in common), every positive labelled for PERSON only, never a one-character name, and
every clean file for nothing."""

import pytest

from benchmarks import corpus_hostnames_check as check
from benchmarks import corpus_hostnames_dev as dev


def _fingerprint(docs):
    """Names, truth, and the bytes of text formats (a workbook carries its write time)."""
    return [(d.name, d.truth, b"" if d.name.endswith(".xlsx") else d.data) for d in docs]


@pytest.mark.parametrize("corpus", [dev.DevHostNames, check.CheckHostNames], ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    first, again, other = (corpus(seed).positives(21) + corpus(seed).negatives(8) for seed in (3, 3, 4))
    assert _fingerprint(first) == _fingerprint(again)
    assert [d.truth for d in first] != [d.truth for d in other]


def test_the_two_corpora_share_no_word_list():
    pairs = [({s for s, _ in dev.SEI}, {p[0] for p in check.PEOPLE}), ({g for g, _ in dev.MEI}, {p[1] for p in check.PEOPLE}),
             (set(dev.FIRMS), {c for c, _ in check.COMPANIES}), ({t for t, _ in dev.TOWNS}, {s for s, _ in check.STATIONS}),
             ({g for g, _ in dev.GOODS}, {s for s, _ in check.STATIONERY})]
    for ours, theirs in pairs:
        assert not ours & theirs


@pytest.mark.parametrize("corpus", [dev.DevHostNames, check.CheckHostNames], ids=["dev", "check"])
def test_positives_are_labelled_and_clean_files_are_not(corpus):
    generator = corpus(5)
    for doc in generator.positives(21):
        assert ("*", "PERSON") in doc.truth and any(entity == "PERSON" for entity, _ in doc.truth)
        assert all(len(value) >= 2 for entity, value in doc.truth if entity == "PERSON")
    assert all(not doc.truth for doc in generator.negatives(8))
