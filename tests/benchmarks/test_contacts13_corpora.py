"""The contacts13 corpora of issue 12 (benchmarks/corpus_contacts13_dev.py and _check.py):
deterministic for a seed, written apart (no town, name, firm or kind of document in
common), every contact in truth written in its document, a person's own contacts beside
a place's or a firm's, and clean files labelled for nothing."""

import pytest

from benchmarks import corpus_contacts13_check as check
from benchmarks import corpus_contacts13_dev as dev
from tests.benchmarks.corpus_checks import contacts_written, written_apart

CORPORA = [dev.DevContacts13, check.CheckContacts13]
KINDS = ("_txt", "_xlsx", "_csv", "_tsv", "_json", "_yaml", "_xml", "_html", "_docx", "_eml", "_pptx", "_odt", "_rtf")


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    first, again = corpus(3).positives(12) + corpus(3).negatives(4), corpus(3).positives(12) + corpus(3).negatives(4)
    assert [(d.name, d.truth) for d in first] == [(d.name, d.truth) for d in again]
    assert [d.truth for d in first] != [d.truth for d in corpus(4).positives(12) + corpus(4).negatives(4)]


def test_the_two_corpora_share_no_word_list_nor_kind_of_document():
    written_apart([dev.TOWNS, dev.STAFF, dev.CLINICS, [f[0] for f in dev.FIRMS], dev.UNITS],
                  [check.WARDS, check.HELPERS, check.HALLS, [s[0] for s in check.SCHOOLS], check.ROOMS],
                  dev.DevContacts13, check.CheckContacts13, KINDS, (6, 5))


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_a_persons_contacts_beside_a_places_and_clean_files(corpus):
    generator = corpus(5)
    positives = generator.positives(12)
    kinds = {e for doc in positives for e, _ in doc.truth}
    assert {"ADDRESS", "PHONE", "EMAIL", "~ADDRESS", "~PHONE", "~EMAIL"} <= kinds
    assert all({e for e, _ in doc.truth} & {"ADDRESS", "PHONE", "EMAIL"} for doc in positives)
    assert all(any(e.startswith("~") for e, _ in doc.truth) for doc in positives)
    negatives = generator.negatives(4)
    assert all(not any(e in ("ADDRESS", "PHONE", "EMAIL") for e, _ in doc.truth) for doc in negatives)


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_every_contact_in_truth_is_written_in_its_document(corpus):
    docs = corpus(6).positives(12) + corpus(6).negatives(4)
    contacts_written([doc for doc in docs if not doc.name.endswith((".eml", ".pptx", ".odt", ".rtf"))])
