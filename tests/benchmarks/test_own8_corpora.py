"""The own8 corpora of issue 12 (benchmarks/corpus_own8_dev.py and _check.py):
deterministic for a seed, written apart (no town, name, organisation, mailbox or kind
of document in common), every value in truth written in its document, with an
organisation's own contacts as look-alikes and clean files labelled for nothing."""

import pytest

from benchmarks import corpus_own8_check as check
from benchmarks import corpus_own8_dev as dev
from tests.benchmarks.corpus_checks import contacts_written, written_apart

CORPORA = [dev.DevOwn8, check.CheckOwn8]
KINDS = ("_txt", "_xlsx", "_csv", "_tsv", "_json", "_html", "_md", "_docx", "_eml", "_yaml")


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    first, again = corpus(3).positives(16) + corpus(3).negatives(20), corpus(3).positives(16) + corpus(3).negatives(20)
    assert [(d.name, d.truth) for d in first] == [(d.name, d.truth) for d in again]
    assert [d.truth for d in first] != [d.truth for d in corpus(4).positives(16) + corpus(4).negatives(20)]


def test_the_two_corpora_share_no_word_list_nor_kind_of_document():
    written_apart([dev.TOWNS, dev.PEOPLE, dev.HOUSEHOLDS, dev.KIN, dev.HOMES, dev.SCHOOLS, dev.ASSOCIATIONS, dev.OFFICES,
                   dev.FIRMS, dev.SHELTERS, dev.ROLES, dev.DOMAINS, dev.BANKS],
                  [check.PLACES, check.MEMBERS, check.LODGINGS, check.WARDS, check.RELATIVES, check.COMPANIES,
                   check.FOUNDATIONS, check.DESKS, check.BRANCHES, check.BOXES, check.HOSTS, check.BANKS],
                  dev.DevOwn8, check.CheckOwn8, KINDS, (8, 8))


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_positives_look_alikes_and_clean_files(corpus):
    generator = corpus(5)
    positives = generator.positives(16)
    assert {e for doc in positives for e, _ in doc.truth} >= {"ADDRESS", "PHONE"}
    negatives = generator.negatives(20)
    assert {e for doc in negatives for e, _ in doc.truth} >= {"~ADDRESS", "~PHONE", "~EMAIL", "~BANK_ACCOUNT"}
    assert any(not doc.truth for doc in negatives)


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_every_value_in_truth_is_written_in_its_document(corpus):
    contacts_written(corpus(6).positives(16) + corpus(6).negatives(20))
