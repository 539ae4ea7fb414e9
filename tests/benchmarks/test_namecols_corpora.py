"""The namecols corpora of issue 12 (benchmarks/corpus_namecols_dev.py and _check.py):
deterministic for a seed, written apart (no person, company or place list in
common), every positive labelled for PERSON only and every clean file for nothing."""

import pytest

from benchmarks import corpus_namecols_check as check
from benchmarks import corpus_namecols_dev as dev


def _fingerprint(docs):
    """Names, truth, and the bytes of text formats (Office files carry their write time)."""
    return [(d.name, d.truth, d.data if d.name.endswith((".csv", ".tsv")) else b"") for d in docs]


@pytest.mark.parametrize("corpus", [dev.DevNames, check.CheckNames], ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    first, again, other = (corpus(seed).positives(20) + corpus(seed).negatives(6) for seed in (3, 3, 4))
    assert _fingerprint(first) == _fingerprint(again)
    assert [d.truth for d in first] != [d.truth for d in other]


def test_the_two_corpora_share_no_word_list():
    pairs = [([s for s, _ in dev.SURNAMES], check.FAMILY), ([g for g, _ in dev.GIVEN], check.PERSONAL),
             (dev.COMPANIES, check.FIRMS), (dev.PLACES, check.TOWNS), (dev.PRODUCTS, check.GOODS),
             (dev.FOREIGN + dev.FOREIGN_TITLE, check.INTERNS_CAPS + check.INTERNS_TITLE)]
    for ours, theirs in pairs:
        assert not set(ours) & set(theirs)


@pytest.mark.parametrize("corpus", [dev.DevNames, check.CheckNames], ids=["dev", "check"])
def test_positives_are_labelled_and_clean_files_are_not(corpus):
    generator = corpus(5)
    for doc in generator.positives(14):
        assert ("*", "PERSON") in doc.truth and any(entity == "PERSON" for entity, _ in doc.truth)
        assert all(len(value) >= 2 for entity, value in doc.truth if entity == "PERSON")  # never one character
    assert all(not doc.truth for doc in generator.negatives(6))
