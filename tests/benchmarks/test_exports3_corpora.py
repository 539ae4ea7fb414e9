"""The exports3 corpora of issue 12 (benchmarks/corpus_exports3_dev.py and _check.py):
deterministic for a seed, written apart (no name, town or method in common), every
positive labelled for the scored types and every clean file for nothing."""

import pytest

from benchmarks import corpus_exports3_check as check
from benchmarks import corpus_exports3_dev as dev

TEXT_FORMATS = (".json", ".md", ".html", ".csv", ".txt")


def _fingerprint(docs):
    return [(d.name, d.truth, d.data if d.name.endswith(TEXT_FORMATS) else b"") for d in docs]


@pytest.mark.parametrize("corpus", [dev.DevExports, check.CheckExports], ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    first, again, other = (corpus(seed).positives(20) + corpus(seed).negatives(4) for seed in (3, 3, 4))
    assert _fingerprint(first) == _fingerprint(again)
    assert [d.truth for d in first] != [d.truth for d in other]


def test_the_two_corpora_share_no_word_list_or_template():
    pairs = [(dev.SEI, check.FAMILIES), (dev.MEI, check.GIVENS), (dev.TOWNS, check.PLACES),
             ([r for _, r in dev.SEI.values()], [r for _, r in check.FAMILIES.values()])]
    for ours, theirs in pairs:
        assert not set(ours) & set(theirs)
    templates = lambda cls: {n for n in vars(cls) if not n.startswith("_")}  # noqa: E731
    shared = templates(dev.DevExports) & templates(check.CheckExports)
    assert shared == {"positives", "negatives"}


@pytest.mark.parametrize("corpus", [dev.DevExports, check.CheckExports], ids=["dev", "check"])
def test_positives_are_labelled_and_clean_files_are_not(corpus):
    generator = corpus(5)
    for doc in generator.positives(18):
        assert ("*", "PERSON") in doc.truth and any(entity == "PERSON" for entity, _ in doc.truth)
    assert all(not doc.truth for doc in generator.negatives(4))
