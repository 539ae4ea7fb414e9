"""health14's corpora (benchmarks/corpus_health14_dev.py, _check.py and _fresh.py): for a seed the same
documents, written apart (no name, label, value or sentence in common), every positive
labelled for SENSITIVE with a value it holds, every look-alike labelled for nothing."""

import pytest

from benchmarks import corpus_health14_check, corpus_health14_dev, corpus_health14_fresh
from benchmarks.corpus import Corpus
from tests.benchmarks.test_checkup11_corpora import test_one_seed_gives_the_same_documents as same_documents
from tests.benchmarks.test_sens_corpora import _strings

GENERATORS = [corpus_health14_dev.DevDocuments, corpus_health14_check.CheckDocuments, corpus_health14_fresh.FreshDocuments]
IDS = ["health14-dev", "health14-check", "health14-fresh"]


@pytest.mark.parametrize("corpus", GENERATORS, ids=IDS)
def test_one_seed_gives_the_same_documents(corpus):
    same_documents(corpus)


@pytest.mark.parametrize("one, other", [(corpus_health14_dev, corpus_health14_check), (corpus_health14_dev, corpus_health14_fresh),
                                        (corpus_health14_check, corpus_health14_fresh)], ids=["dev-check", "dev-fresh", "check-fresh"])
def test_the_corpora_share_no_name_label_value_or_sentence(one, other):
    ours, theirs = _strings(one), _strings(other)
    assert len(ours) > 50 and len(theirs) > 50
    assert not ours & theirs, ours & theirs


@pytest.mark.parametrize("corpus", GENERATORS, ids=IDS)
def test_positives_are_labelled_and_look_alikes_are_not(corpus):
    generator = corpus(Corpus(5))
    positives = generator.positives(14)
    assert all(("*", "SENSITIVE") in doc.truth for doc in positives)
    assert all(any(entity == "SENSITIVE" for entity, _ in doc.truth) for doc in positives)
    assert all(doc.truth == {("*", "SENSITIVE")} for doc in generator.negatives(12))
