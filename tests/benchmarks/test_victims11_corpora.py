"""victims11's corpora (benchmarks/corpus_victims11_dev.py and _check.py): for a seed the same
documents, written apart (no name, label, title, value or sentence in common), every positive
labelled for SENSITIVE with phrases its text holds, every look-alike labelled for nothing."""

import pytest

from benchmarks import corpus_victims11_check, corpus_victims11_dev
from benchmarks.corpus import Corpus
from tests.benchmarks.test_sens_corpora import _fingerprint, _strings

GENERATORS = [corpus_victims11_dev.DevDocuments, corpus_victims11_check.CheckDocuments]


@pytest.mark.parametrize("corpus", GENERATORS, ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    first, again, other = (corpus(Corpus(seed)).positives(20) + corpus(Corpus(seed)).negatives(5) for seed in (3, 3, 4))
    assert _fingerprint(first) == _fingerprint(again)
    assert [d.truth for d in first] != [d.truth for d in other]


def test_the_two_corpora_share_no_name_label_value_or_sentence():
    ours, theirs = (_strings(module) - {"本籍"} for module in (corpus_victims11_dev, corpus_victims11_check))  # a category
    assert len(ours) > 60 and len(theirs) > 60
    assert not ours & theirs, ours & theirs


@pytest.mark.parametrize("corpus", GENERATORS, ids=["dev", "check"])
def test_positives_are_labelled_and_look_alikes_are_not(corpus):
    generator = corpus(Corpus(5))
    positives = generator.positives(20)
    assert all(("*", "SENSITIVE") in doc.truth for doc in positives)
    assert sum(any(entity == "SENSITIVE" for entity, _ in doc.truth) for doc in positives) >= 16
    assert all(doc.truth == {("*", "SENSITIVE")} for doc in generator.negatives(5))


@pytest.mark.parametrize("module", [corpus_victims11_dev, corpus_victims11_check], ids=["dev", "check"])
def test_each_phrase_of_truth_is_in_its_text(module):
    told = [item[1] if isinstance(item[1], tuple) else item
            for value in vars(module).values() if isinstance(value, list)
            for item in value if isinstance(item, tuple) and len(item) >= 2]
    telling = [t for t in told if len(t) == 3 and t[1]]
    assert len(telling) > 20
    assert all(phrase in text for text, _, phrase in telling), [t for t in telling if t[2] not in t[0]]
