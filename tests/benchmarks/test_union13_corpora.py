"""The union13 and union15 corpora of issue 12 (benchmarks/corpus_union1{3,5}_dev.py and _check.py): for a seed the
same documents, written apart (no name, label, key, value or sentence in common), every positive
labelled for SENSITIVE with phrases written in its lists, every look-alike for nothing."""

import pytest

from benchmarks import corpus_union13_check, corpus_union13_dev, corpus_union15_check, corpus_union15_dev
from benchmarks.corpus import Corpus
from tests.benchmarks.test_sens_corpora import _fingerprint, _strings

GENERATORS = [corpus_union13_dev.DevDocuments, corpus_union13_check.CheckDocuments,
              corpus_union15_dev.DevDocuments, corpus_union15_check.CheckDocuments]
IDS = ["dev", "check", "union15-dev", "union15-check"]


@pytest.mark.parametrize("corpus", GENERATORS, ids=IDS)
def test_one_seed_gives_the_same_documents(corpus):
    first, again, other = (corpus(Corpus(seed)).positives(24) + corpus(Corpus(seed)).negatives(6) for seed in (3, 3, 4))
    assert _fingerprint(first) == _fingerprint(again)
    assert [d.truth for d in first] != [d.truth for d in other]


@pytest.mark.parametrize("dev, check, least", [(corpus_union13_dev, corpus_union13_check, 80),
                                               (corpus_union15_dev, corpus_union15_check, 60)], ids=["union13", "union15"])
def test_the_two_corpora_share_no_name_label_key_value_or_sentence(dev, check, least):
    ours, theirs = _strings(dev), _strings(check)
    assert len(ours) > least and len(theirs) > least
    assert not ours & theirs, ours & theirs


@pytest.mark.parametrize("corpus", GENERATORS, ids=IDS)
def test_positives_are_labelled_and_look_alikes_are_not(corpus):
    generator = corpus(Corpus(5))
    positives = generator.positives(24)
    assert all(("*", "SENSITIVE") in doc.truth for doc in positives)
    assert sum(any(entity == "SENSITIVE" for entity, _ in doc.truth) for doc in positives) >= 22
    assert all(doc.truth == {("*", "SENSITIVE")} for doc in generator.negatives(10))


@pytest.mark.parametrize("corpus", GENERATORS, ids=IDS)
def test_each_phrase_of_truth_is_written_in_a_text_format_file(corpus):
    for doc in corpus(Corpus(7)).positives(40):
        if doc.name.endswith((".json", ".xml", ".md", ".tsv")):
            text = doc.data.decode("utf-8")
            phrases = [value.split(":", 1)[1] for entity, value in doc.truth if entity == "SENSITIVE"]
            assert phrases and all(phrase in text for phrase in phrases), (doc.name, phrases)
