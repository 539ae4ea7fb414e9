"""care15's and care16's corpora (benchmarks/corpus_care1[56]_dev.py and _check.py): for a seed the same documents,
written apart (no name, label, value or sentence in common), every positive labelled for
SENSITIVE with a value it holds, every look-alike labelled for nothing."""

import pytest

from benchmarks import corpus_care15_check, corpus_care15_dev, corpus_care16_check, corpus_care16_dev
from benchmarks.corpus import Corpus
from tests.benchmarks.test_checkup11_corpora import test_one_seed_gives_the_same_documents as same_documents
from tests.benchmarks.test_sens_corpora import _strings

GENERATORS = [corpus_care15_dev.DevDocuments, corpus_care15_check.CheckDocuments,
              corpus_care16_dev.DevDocuments, corpus_care16_check.CheckDocuments]
IDS = ["care15-dev", "care15-check", "care16-dev", "care16-check"]


@pytest.mark.parametrize("corpus", GENERATORS, ids=IDS)
def test_one_seed_gives_the_same_documents(corpus):
    same_documents(corpus)


@pytest.mark.parametrize("dev, check", [(corpus_care15_dev, corpus_care15_check), (corpus_care16_dev, corpus_care16_check)],
                         ids=["care15", "care16"])
def test_the_corpora_share_no_name_label_value_or_sentence(dev, check):
    ours, theirs = _strings(dev), _strings(check)
    assert len(ours) > 50 and len(theirs) > 50
    assert not ours & theirs, ours & theirs


@pytest.mark.parametrize("corpus", GENERATORS, ids=IDS)
def test_positives_hold_their_values_and_look_alikes_are_labelled_for_nothing(corpus):
    generator = corpus(Corpus(5))
    positives = generator.positives(20)
    assert all(("*", "SENSITIVE") in doc.truth for doc in positives)
    assert all(any(entity == "SENSITIVE" for entity, _ in doc.truth) for doc in positives)
    assert all(doc.truth == {("*", "SENSITIVE")} for doc in generator.negatives(10))
