"""checkup11's and record12's corpora (benchmarks/corpus_checkup11_dev.py and _check.py,
benchmarks/corpus_record12_dev.py and _check.py): each pair for a seed the same documents,
written apart (no name, label, value or sentence in common), every positive labelled for
SENSITIVE with a value it holds, every look-alike labelled for nothing."""

import pytest

from benchmarks import corpus_checkup11_check, corpus_checkup11_dev, corpus_record12_check, corpus_record12_dev
from benchmarks.corpus import Corpus
from tests.benchmarks.test_sens_corpora import _fingerprint, _strings

PAIRS = [(corpus_checkup11_dev, corpus_checkup11_check), (corpus_record12_dev, corpus_record12_check)]
GENERATORS = [maker for dev, check in PAIRS for maker in (dev.DevDocuments, check.CheckDocuments)]
IDS = ["checkup11-dev", "checkup11-check", "record12-dev", "record12-check"]


@pytest.mark.parametrize("corpus", GENERATORS, ids=IDS)
def test_one_seed_gives_the_same_documents(corpus):
    first, again, other = (corpus(Corpus(seed)).positives(16) + corpus(Corpus(seed)).negatives(10) for seed in (3, 3, 4))
    assert _fingerprint(first) == _fingerprint(again)
    assert [d.truth for d in first] != [d.truth for d in other]


@pytest.mark.parametrize("dev, check", PAIRS, ids=["checkup11", "record12"])
def test_the_two_corpora_share_no_name_label_value_or_sentence(dev, check):
    ours, theirs = _strings(dev), _strings(check)
    assert len(ours) > 80 and len(theirs) > 80
    assert not ours & theirs, ours & theirs


@pytest.mark.parametrize("corpus", GENERATORS, ids=IDS)
def test_positives_are_labelled_and_look_alikes_are_not(corpus):
    generator = corpus(Corpus(5))
    positives = generator.positives(16)
    assert all(("*", "SENSITIVE") in doc.truth for doc in positives)
    assert all(any(entity == "SENSITIVE" for entity, _ in doc.truth) for doc in positives)
    assert all(doc.truth == {("*", "SENSITIVE")} for doc in generator.negatives(12))
