"""The own6 corpora of issue 12 (benchmarks/corpus_own6_dev.py and _check.py):
deterministic for a seed, written apart (no word list of one in the other's source,
no document kind in common), each with an organisation's own contacts beside a
person's, and clean files labelled for nothing."""

from pathlib import Path

import pytest

from benchmarks import corpus_own6_check as check
from benchmarks import corpus_own6_dev as dev

CORPORA = [dev.DevOwn6, check.CheckOwn6]
LISTS = ("PEOPLE", "TOWNS", "ROLE_MAILS", "PERSON_MAILS", "DOMAINS")
SUFFIXES = ("_txt", "_xlsx", "_csv", "_docx", "_eml", "_json", "_html", "_md", "_vcf", "_xml", "_yaml")


def _fingerprint(docs):
    return [(d.name, d.truth, d.data if d.name.endswith((".txt", ".eml", ".json", ".xml", ".md")) else b"") for d in docs]


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    first = corpus(3).positives(12) + corpus(3).negatives(8)
    assert _fingerprint(first) == _fingerprint(corpus(3).positives(12) + corpus(3).negatives(8))
    assert [d.truth for d in first] != [d.truth for d in corpus(4).positives(12) + corpus(4).negatives(8)]


def test_no_word_list_of_one_corpus_is_in_the_other():
    dev_source, check_source = Path(dev.__file__).read_text(), Path(check.__file__).read_text()
    dev_words = [w for name in LISTS + ("ORGS", "ITEMS") for w in getattr(dev, name)]
    check_words = [w for name in LISTS + ("FIRMS", "DISHES") for w in getattr(check, name)]
    assert dev_words and check_words
    assert [w for w in dev_words if w in check_source] == []
    assert [w for w in check_words if w in dev_source] == []
    dev_kinds = {n for n in vars(dev.DevOwn6) if n.endswith(SUFFIXES)}
    check_kinds = {n for n in vars(check.CheckOwn6) if n.endswith(SUFFIXES)}
    assert len(dev_kinds) >= 15 and len(check_kinds) >= 15 and not dev_kinds & check_kinds


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_organisations_contacts_beside_peoples_and_clean_files_unlabelled(corpus):
    generator = corpus(5)
    positives = generator.positives(12)
    truth = {entity for doc in positives for entity, _ in doc.truth}
    assert {"~PHONE", "~ADDRESS", "~POSTAL_CODE", "~EMAIL", "PHONE", "ADDRESS", "POSTAL_CODE", "EMAIL"} <= truth
    assert all(("*", "PHONE") in doc.truth for doc in positives)
    assert all(not doc.truth for doc in generator.negatives(10))
