"""checkup14's and checkup15's corpora (benchmarks/corpus_checkup1{4,5}_dev.py and _check.py): for a seed the same
documents, written apart (no name, label, value or sentence in common), every person's
document labelled for SENSITIVE with a value it holds, every look-alike labelled for nothing,
and look-alikes one document in two (the corpora measure precision as much as recall)."""

import pytest

from benchmarks import corpus_checkup14_check, corpus_checkup14_dev, corpus_checkup15_check, corpus_checkup15_dev
from benchmarks.corpus import Corpus
from tests.benchmarks.test_sens_corpora import _fingerprint, _strings

GENERATORS = [corpus_checkup14_dev.DevDocuments, corpus_checkup14_check.CheckDocuments,
              corpus_checkup15_dev.DevDocuments, corpus_checkup15_check.CheckDocuments]
IDS = ["checkup14-dev", "checkup14-check", "checkup15-dev", "checkup15-check"]
PAIRS = [(corpus_checkup14_dev, corpus_checkup14_check), (corpus_checkup15_dev, corpus_checkup15_check)]


@pytest.mark.parametrize("corpus", GENERATORS, ids=IDS)
def test_one_seed_gives_the_same_documents(corpus):
    first, again, other = (corpus(Corpus(seed)).positives(40) for seed in (3, 3, 4))
    assert _fingerprint(first) == _fingerprint(again)
    assert [d.truth for d in first] != [d.truth for d in other]


@pytest.mark.parametrize("dev, check", PAIRS, ids=["checkup14", "checkup15"])
def test_the_two_corpora_share_no_name_label_value_or_sentence(dev, check):
    ours, theirs = _strings(dev), _strings(check)
    assert len(ours) > 80 and len(theirs) > 80
    assert not ours & theirs, ours & theirs


@pytest.mark.parametrize("corpus", GENERATORS, ids=IDS)
def test_people_are_labelled_and_look_alikes_are_not(corpus):
    documents = corpus(Corpus(5)).positives(60)
    people = [doc for doc in documents if "_neg_" not in doc.name]
    alike = [doc for doc in documents if "_neg_" in doc.name]
    assert len(people) == len(alike) == 30
    assert all(("*", "SENSITIVE") in doc.truth and len(doc.truth) > 1 for doc in people)
    assert all(doc.truth == {("*", "SENSITIVE")} for doc in alike)
    formats = {doc.name.rsplit(".", 1)[1] for doc in documents}
    assert "xlsx" in formats and len(formats) >= 3
