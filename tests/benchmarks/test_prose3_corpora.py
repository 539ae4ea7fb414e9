"""The prose3 corpora of issue 12 (benchmarks/corpus_prose3_dev.py and _check.py):
deterministic for a seed, written apart (no name, phrase or word list in common), every
positive labelled for SENSITIVE and every clean file for nothing."""

import pytest

from benchmarks import corpus_prose3_check as check
from benchmarks import corpus_prose3_dev as dev
from benchmarks.corpus import Corpus


def _fingerprint(docs):
    """Names, truth, and the bytes of text formats (a workbook, a Word or PDF file carries its write time)."""
    return [(d.name, d.truth, d.data if d.name.endswith((".txt", ".csv", ".eml")) else b"") for d in docs]


@pytest.mark.parametrize("corpus", [dev.DevDocuments, check.CheckDocuments], ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    first, again, other = (corpus(Corpus(seed)).positives(16) + corpus(Corpus(seed)).negatives(4) for seed in (3, 3, 4))
    assert _fingerprint(first) == _fingerprint(again)
    assert [d.truth for d in first] != [d.truth for d in other]


def _phrases(*lists):
    return {item[0] for items in lists for item in items} | {item[-1] for items in lists for item in items}


def test_the_two_corpora_share_no_name_sentence_or_phrase():
    ours = _phrases(dev.APPRAISAL, dev.HALF_SENTENCES, dev.SANCTIONS, dev.OFFENCES, dev.WRONGED, dev.STANCES,
                    dev.CHECKUP_ROWS, dev.LEAVE_WHY) - {""}
    theirs = _phrases(check.LEAVE_REASONS, check.REFERRAL, check.CONSULTED, check.GUIDANCE, check.RECORDS,
                      check.VIOLATIONS, check.MENTOR, check.CSV_ROWS) - {""}
    assert not ours & theirs
    assert not set(dev.SURNAMES) & set(check.FAMILY) and not set(dev.GIVEN) & set(check.FIRST)
    assert not set(dev.UNITS) & {"製造第一課"}


@pytest.mark.parametrize("corpus", [dev.DevDocuments, check.CheckDocuments], ids=["dev", "check"])
def test_positives_are_labelled_and_clean_files_are_not(corpus):
    generator = corpus(Corpus(5))
    for doc in generator.positives(16):
        assert ("*", "SENSITIVE") in doc.truth and any(entity == "SENSITIVE" for entity, _ in doc.truth)
    assert all(doc.truth == {("*", "SENSITIVE")} for doc in generator.negatives(4))
