"""The sens5 corpora of issue 12 (benchmarks/corpus_sens5_dev.py and _check.py):
deterministic for a seed, written apart (no name, union, temple, role, origin, sentence or
phrase in common), every positive labelled for SENSITIVE and every clean file for nothing."""

import pytest

from benchmarks import corpus_sens5_check as check
from benchmarks import corpus_sens5_dev as dev
from benchmarks.corpus import Corpus


def _fingerprint(docs):
    """Names, truth, and the bytes of text formats (a workbook or a Word file carries its write time)."""
    return [(d.name, d.truth, d.data if d.name.endswith((".txt", ".csv", ".tsv", ".rtf")) else b"") for d in docs]


@pytest.mark.parametrize("corpus", [dev.DevDocuments, check.CheckDocuments], ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    first, again, other = (corpus(Corpus(seed)).positives(16) + corpus(Corpus(seed)).negatives(5) for seed in (3, 3, 4))
    assert _fingerprint(first) == _fingerprint(again)
    assert [d.truth for d in first] != [d.truth for d in other]


def _words(*lists):
    """Every string of the lists, and of their tuples' items."""
    out = set()
    for items in lists:
        for item in items:
            out |= {str(part) for part in (item if isinstance(item, tuple) else (item,))}
    return out


def test_the_two_corpora_share_no_name_word_or_phrase():
    categories = {"病歴", "障害", "宗教", "人種・民族", "犯罪歴", "犯罪被害", "労働組合", "健康診断結果"}
    ours = _words(dev.SURNAMES, dev.GIVEN, dev.UNIONS, dev.ROLES, dev.TEMPLES, dev.TEMPLE_RANKS, dev.TRAINEES, dev.NATIONS,
                  dev.CASES, dev.CARE, dev.INTAKE, dev.UNITS, dev.LOCAL_NAMES, dev.TEMPLE_MEMBERS, dev.ORIGINS,
                  dev.UNION_TOLD, dev.FAITH_TOLD, dev.GROUP_NOTES, dev.ROMAJI) - categories
    theirs = _words(check.FAMILY, check.FIRST, check.LOCALS, check.OFFICERS, check.CHURCHES, check.CHURCH_STATUS,
                    check.STUDENTS, check.COUNTRIES, check.REMARKS, check.REFERRAL, check.NOTES, check.SALON,
                    check.CHATTER) - categories
    assert not ours & theirs, ours & theirs


@pytest.mark.parametrize("corpus", [dev.DevDocuments, check.CheckDocuments], ids=["dev", "check"])
def test_positives_are_labelled_and_clean_files_are_not(corpus):
    generator = corpus(Corpus(5))
    for doc in generator.positives(16):
        assert ("*", "SENSITIVE") in doc.truth and any(entity == "SENSITIVE" for entity, _ in doc.truth)
    assert all(doc.truth == {("*", "SENSITIVE")} for doc in generator.negatives(5))
