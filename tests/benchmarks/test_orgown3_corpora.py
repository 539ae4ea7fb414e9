"""The orgown3 corpora of issue 12 (benchmarks/corpus_orgown3_dev.py and _check.py):
deterministic for a seed, written apart (no name, company, bank or word list in
common), each with an organisation's own values as look-alikes and clean files
labelled for nothing."""

import pytest

from benchmarks import corpus_orgown3_check as check
from benchmarks import corpus_orgown3_dev as dev

CORPORA = [dev.DevOrgOwn, check.CheckOrgOwn]


def _text_fingerprint(docs):
    return [(d.name, d.truth, d.data if d.name.endswith((".txt", ".eml", ".csv", ".md")) else b"") for d in docs]


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    first, again = corpus(3).positives(14) + corpus(3).negatives(5), corpus(3).positives(14) + corpus(3).negatives(5)
    assert _text_fingerprint(first) == _text_fingerprint(again)
    assert [d.truth for d in first] != [d.truth for d in corpus(4).positives(14) + corpus(4).negatives(5)]


def test_the_two_corpora_share_no_word_list():
    pairs = [(dev.FAMILY_NAMES, check.SURNAMES), (dev.FIRST_NAMES, check.GIVEN), (dev.KANA_FAMILY, check.HOLDER_KANA),
             ([c for c, _ in dev.COMPANIES], [f for f, _ in check.FIRMS]), (dev.BANKS, check.BANK_LINES),
             (dev.SITES + dev.POSTS, check.CLUB + check.PRODUCTS + check.SUPPLIERS)]
    for ours, theirs in pairs:
        assert ours and theirs and not set(ours) & set(theirs)
    dev_kinds = {n for n in vars(dev.DevOrgOwn) if n.endswith(("_txt", "_xlsx", "_csv", "_docx", "_md", "_eml"))}
    check_kinds = {n for n in vars(check.CheckOrgOwn) if n.endswith(("_txt", "_xlsx", "_csv", "_docx", "_md", "_eml"))}
    assert dev_kinds and check_kinds and not dev_kinds & check_kinds


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_look_alikes_are_planted_and_clean_files_are_unlabelled(corpus):
    generator = corpus(5)
    positives = generator.positives(12)
    kinds = {entity for doc in positives for entity, _ in doc.truth if entity.startswith("~")}
    assert {"~EMPLOYMENT_INSURANCE_NUMBER", "~PHONE"} <= kinds
    assert all(("*", "BANK_ACCOUNT") in doc.truth for doc in positives)
    assert all(not doc.truth for doc in generator.negatives(5))
