"""The contacts corpora of issue 12 (benchmarks/corpus_contacts_dev.py and _check.py):
deterministic for a seed, written apart (no name, place or organisation list in common),
and every planted phone number one that exists."""

import phonenumbers
import pytest

from benchmarks import corpus_contacts_check as check
from benchmarks import corpus_contacts_dev as dev


def _docs(corpus):
    return corpus.positives(24) + corpus.negatives(8)


def _fingerprint(docs):
    """Names, truth, and the bytes of text formats (Office files carry their write time)."""
    return [(d.name, d.truth, d.data if d.name.endswith((".txt", ".eml", ".csv")) else b"") for d in docs]


@pytest.mark.parametrize("corpus", [dev.DevContacts, check.CheckContacts], ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    first, again, other = _docs(corpus(3)), _docs(corpus(3)), _docs(corpus(4))
    assert _fingerprint(first) == _fingerprint(again)
    assert [d.truth for d in first] != [d.truth for d in other]


def test_the_two_corpora_share_no_word_list():
    pairs = [(dev.FAMILY_NAMES, check.KAMEI), (dev.FIRST_NAMES, check.NANORI), (dev.COMPANIES, check.BUSINESSES),
             ([town for _, town in dev.AREAS], [town for _, town in check.MACHI])]
    for ours, theirs in pairs:
        assert not set(ours) & set(theirs)


@pytest.mark.parametrize("corpus", [dev.DevContacts, check.CheckContacts], ids=["dev", "check"])
def test_positives_are_labelled_and_clean_files_are_not(corpus):
    generator = corpus(5)
    for doc in generator.positives(12):
        assert {entity for entity, _ in doc.truth if entity == "*"} and len(doc.truth) > 2
        for entity, value in doc.truth:
            if entity.lstrip("~") == "PHONE":
                assert phonenumbers.is_valid_number(phonenumbers.parse(value, "JP")), value
    assert all(not doc.truth for doc in generator.negatives(8))
