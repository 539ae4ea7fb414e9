"""The sensitive17 corpora of issue 12 (benchmarks/corpus_sensitive17_dev.py and _check.py): for a seed the
same documents, written apart (no name, label, key, value or sentence in common), every positive
labelled for SENSITIVE with phrases written in its lists, every look-alike for nothing."""

import pytest

from benchmarks import corpus_sensitive17_check, corpus_sensitive17_dev
from benchmarks.corpus import Corpus
from tests.benchmarks.test_sens_corpora import _fingerprint, _strings

GENERATORS = [corpus_sensitive17_dev.DevDocuments, corpus_sensitive17_check.CheckDocuments]


@pytest.mark.parametrize("corpus", GENERATORS, ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    first, again, other = (corpus(Corpus(seed)).positives(24) + corpus(Corpus(seed)).negatives(6) for seed in (3, 3, 4))
    assert _fingerprint(first) == _fingerprint(again)
    assert [d.truth for d in first] != [d.truth for d in other]


def test_the_two_corpora_share_no_name_label_key_value_or_sentence():
    ours, theirs = _strings(corpus_sensitive17_dev), _strings(corpus_sensitive17_check)
    assert len(ours) > 50 and len(theirs) > 50
    assert not ours & theirs, ours & theirs


@pytest.mark.parametrize("corpus", GENERATORS, ids=["dev", "check"])
def test_positives_are_labelled_and_look_alikes_are_not(corpus):
    generator = corpus(Corpus(5))
    positives = generator.positives(24)
    assert all(("*", "SENSITIVE") in doc.truth for doc in positives)
    assert sum(any(entity == "SENSITIVE" for entity, _ in doc.truth) for doc in positives) >= 22
    assert all(doc.truth == {("*", "SENSITIVE")} for doc in generator.negatives(10))


@pytest.mark.parametrize("corpus", GENERATORS, ids=["dev", "check"])
def test_each_phrase_of_truth_is_written_in_a_text_format_file(corpus):
    for doc in corpus(Corpus(7)).positives(40):
        if doc.name.endswith((".json", ".xml", ".md", ".tsv")):
            text = doc.data.decode("utf-8")
            phrases = [value.split(":", 1)[1] for entity, value in doc.truth if entity == "SENSITIVE"]
            assert phrases and all(phrase in text for phrase in phrases), (doc.name, phrases)
