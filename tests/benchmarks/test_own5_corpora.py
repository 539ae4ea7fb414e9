"""The own5 corpora of issue 12 (benchmarks/corpus_own5_dev.py and _check.py):
deterministic for a seed, written apart (no word list of one appears in the other's
source, no document kind in common), each with look-alikes (numbers labelled as no
phone, an organisation's own phone, address and mailbox) beside people's values, and
clean files labelled for nothing."""

from pathlib import Path

import pytest

from benchmarks import corpus_own5_check as check
from benchmarks import corpus_own5_dev as dev

CORPORA = [dev.DevOwn5, check.CheckOwn5]
LISTS = ("PEOPLE", "TOWNS", "FIRMS", "ROLE_MAILS", "PERSON_MAILS", "DOMAINS")
SUFFIXES = ("_txt", "_xlsx", "_csv", "_docx", "_eml", "_pptx", "_rtf")


def _fingerprint(docs):
    return [(d.name, d.truth, d.data if d.name.endswith((".txt", ".eml", ".csv", ".rtf")) else b"") for d in docs]


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    first = corpus(3).positives(16) + corpus(3).negatives(9)
    assert _fingerprint(first) == _fingerprint(corpus(3).positives(16) + corpus(3).negatives(9))
    assert [d.truth for d in first] != [d.truth for d in corpus(4).positives(16) + corpus(4).negatives(9)]


def test_no_word_list_of_one_corpus_is_in_the_other():
    dev_source, check_source = Path(dev.__file__).read_text(), Path(check.__file__).read_text()
    dev_words = [w for name in LISTS + ("AGENCY", "NOT_PHONE_LABELS", "SHOPS", "PRODUCTS") for w in getattr(dev, name)]
    check_words = [w for name in LISTS + ("CLUBS", "TENANTS", "ITEMS") for w in getattr(check, name)]
    assert dev_words and check_words
    assert [w for w in dev_words if w in check_source] == []
    assert [w for w in check_words if w in dev_source] == []
    dev_kinds = {n for n in vars(dev.DevOwn5) if n.endswith(SUFFIXES)}
    check_kinds = {n for n in vars(check.CheckOwn5) if n.endswith(SUFFIXES)}
    assert len(dev_kinds) >= 12 and len(check_kinds) >= 12 and not dev_kinds & check_kinds


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_look_alikes_beside_people_and_clean_files_unlabelled(corpus):
    generator = corpus(5)
    positives = generator.positives(16)
    truth = {entity for doc in positives for entity, _ in doc.truth}
    assert {"~PHONE", "~ADDRESS", "~EMAIL", "PHONE", "ADDRESS", "EMAIL"} <= truth
    assert all(("*", "PHONE") in doc.truth for doc in positives)
    assert all(not doc.truth for doc in generator.negatives(14))
