"""The sites12 corpora of issue 12 (benchmarks/corpus_sites12_dev.py and _check.py):
deterministic for a seed, written apart (no town, name, body or kind of document in
common), every contact in truth written in its document, a person's own contacts
beside a place's, the place's as look-alikes, and clean files labelled for nothing."""

import pytest

from benchmarks import corpus_sites12_check as check
from benchmarks import corpus_sites12_dev as dev
from tests.benchmarks.corpus_checks import contacts_written, written_apart

CORPORA = [dev.DevSites12, check.CheckSites12]
KINDS = ("_txt", "_xlsx", "_csv", "_tsv", "_json", "_yaml", "_xml", "_html", "_docx", "_eml", "_pptx", "_odt", "_rtf")


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    first, again = corpus(3).positives(16) + corpus(3).negatives(10), corpus(3).positives(16) + corpus(3).negatives(10)
    assert [(d.name, d.truth) for d in first] == [(d.name, d.truth) for d in again]
    assert [d.truth for d in first] != [d.truth for d in corpus(4).positives(16) + corpus(4).negatives(10)]


def test_the_two_corpora_share_no_word_list_nor_kind_of_document():
    written_apart([dev.TOWNS, dev.FARM_OWNERS, dev.FARM_KINDS, dev.WORKERS],
                  [check.WARDS, check.BODIES, check.TRAINEES, check.CAMEL],
                  dev.DevSites12, check.CheckSites12, KINDS, (10, 10))


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_a_persons_contacts_beside_a_places_and_clean_files(corpus):
    generator = corpus(5)
    positives = generator.positives(16)
    assert all({"ADDRESS", "PHONE", "~ADDRESS", "~PHONE"} <= {e for e, _ in doc.truth} for doc in positives)
    negatives = generator.negatives(10)
    assert all(not any(e in ("ADDRESS", "PHONE") for e, _ in doc.truth) for doc in negatives)
    assert any(not doc.truth for doc in negatives)


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_every_contact_in_truth_is_written_in_its_document(corpus):
    docs = corpus(6).positives(16) + corpus(6).negatives(10)
    contacts_written([doc for doc in docs if not doc.name.endswith((".eml", ".pptx", ".odt", ".rtf"))])
