"""The contacts4 corpora of issue 12 (benchmarks/corpus_contacts4_dev.py and _check.py):
deterministic for a seed, written apart (no town, building, name or company in common,
no document kind in common), with an organisation's own values as look-alikes and
clean files labelled for nothing."""

import pytest

from benchmarks import corpus_contacts4_check as check
from benchmarks import corpus_contacts4_dev as dev

CORPORA = [dev.DevContacts4, check.CheckContacts4]
KINDS = ("_txt", "_xlsx", "_csv", "_docx", "_pdf")


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_one_seed_gives_the_same_truth(corpus):
    first, again = corpus(3).positives(10) + corpus(3).negatives(4), corpus(3).positives(10) + corpus(3).negatives(4)
    assert [(d.name, d.truth) for d in first] == [(d.name, d.truth) for d in again]
    assert [d.truth for d in first] != [d.truth for d in corpus(4).positives(10) + corpus(4).negatives(4)]


def test_the_two_corpora_share_no_word_list_nor_kind_of_document():
    for ours, theirs in [(dev.TOWNS, check.TOWNS), (dev.BUILDINGS, check.BUILDINGS), (dev.PEOPLE, check.PEOPLE),
                         (dev.FIRMS, check.FIRMS)]:
        assert ours and theirs and not set(ours) & set(theirs)
    dev_kinds = {n for n in vars(dev.DevContacts4) if n.endswith(KINDS)}
    check_kinds = {n for n in vars(check.CheckContacts4) if n.endswith(KINDS)}
    assert dev_kinds and check_kinds and not dev_kinds & check_kinds


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_look_alikes_are_planted_and_clean_files_are_unlabelled(corpus):
    generator = corpus(5)
    positives = generator.positives(10)
    kinds = {entity for doc in positives for entity, _ in doc.truth if entity.startswith("~")}
    assert "~EMPLOYMENT_INSURANCE_NUMBER" in kinds
    assert {"ADDRESS", "PHONE", "DATE_OF_BIRTH"} <= {e for doc in positives for e, _ in doc.truth}
    assert all(not doc.truth for doc in generator.negatives(4))
