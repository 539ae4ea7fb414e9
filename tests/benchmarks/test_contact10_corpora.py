"""The contact10 corpora of issue 12 (benchmarks/corpus_contact10_dev.py and _check.py):
deterministic for a seed, written apart (no town, label, name or kind of document in
common), every address in truth written in its document, with an organisation's own
contacts as look-alikes and clean files labelled for nothing."""

import pytest

from benchmarks import corpus_contact10_check as check
from benchmarks import corpus_contact10_dev as dev
from tests.benchmarks.corpus_checks import contacts_written, written_apart

CORPORA = [dev.DevContact10, check.CheckContact10]
KINDS = ("_txt", "_xlsx", "_csv", "_tsv", "_json", "_yaml", "_xml", "_html", "_docx", "_eml")


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    first, again = corpus(3).positives(18) + corpus(3).negatives(6), corpus(3).positives(18) + corpus(3).negatives(6)
    assert [(d.name, d.truth) for d in first] == [(d.name, d.truth) for d in again]
    assert [d.truth for d in first] != [d.truth for d in corpus(4).positives(18) + corpus(4).negatives(6)]


def test_the_two_corpora_share_no_word_list_nor_kind_of_document():
    written_apart([dev.CITIES, dev.RURAL, dev.KYOTO, dev.ROOMS, dev.VOLUNTEERS, dev.ROMAJI, dev.VENUES],
                  [check.WARDS, check.FARMS, check.KYOTO_WAYS, check.CUSTOMERS, check.CAMEL, check.DEPOTS],
                  dev.DevContact10, check.CheckContact10, KINDS, (8, 8))


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_positives_look_alikes_and_clean_files(corpus):
    generator = corpus(5)
    positives = generator.positives(18)
    assert all(("*", "ADDRESS") in doc.truth and any(e in ("ADDRESS", "PHONE") for e, _ in doc.truth) for doc in positives)
    assert {e for doc in positives for e, _ in doc.truth} >= {"ADDRESS", "PHONE"}
    negatives = generator.negatives(6)
    assert {e for doc in negatives for e, _ in doc.truth} >= {"~ADDRESS", "~PHONE"}
    assert any(not doc.truth for doc in negatives)


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_every_address_in_truth_is_written_in_its_document(corpus):
    docs = corpus(6).positives(18) + corpus(6).negatives(6)
    contacts_written([doc for doc in docs if not doc.name.endswith(".eml")])  # a mail's body is encoded
