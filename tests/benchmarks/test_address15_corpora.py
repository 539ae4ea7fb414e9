"""The address15 corpora of issue 12 (benchmarks/corpus_address15_dev.py and _check.py):
deterministic for a seed, written apart (no town, building, street, name or firm in
common, no document kind in common), with an organisation's own address as a look-alike,
and clean files of postal-code look-alikes labelled for nothing."""

import pytest

from benchmarks import corpus_address15_check as check
from benchmarks import corpus_address15_dev as dev
from tests.benchmarks.corpus_checks import words_of

CORPORA = [dev.DevAddress15, check.CheckAddress15]
KINDS = ("_txt", "_eml", "_csv", "_tsv", "_xlsx", "_json", "_docx", "_html")


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    first, again = corpus(3).positives(14) + corpus(3).negatives(5), corpus(3).positives(14) + corpus(3).negatives(5)
    assert [(d.name, d.truth) for d in first] == [(d.name, d.truth) for d in again]
    assert [d.truth for d in first] != [d.truth for d in corpus(4).positives(14) + corpus(4).negatives(5)]


def test_the_two_corpora_share_no_word_list_nor_kind_of_document():
    ours = words_of([dev.CITY_TOWNS, dev.HOUSEHOLDS, dev.LATIN_HOMES, dev.KANA_HOMES, dev.ABROAD, dev.ROMAN_TOWNS,
                     dev.KYO_WAYS, dev.PEOPLE, dev.FIRMS, dev.STORES])
    theirs = words_of([check.LOCALITIES, check.LODGINGS, check.LATIN_HALLS, check.HOMELAND, check.ROMAN, check.KYO,
                       check.TENANTS, check.CORPS, check.BRANCHES])
    assert ours and theirs and not ours & theirs
    dev_kinds = {n for n in vars(dev.DevAddress15) if n.endswith(KINDS)}
    check_kinds = {n for n in vars(check.CheckAddress15) if n.endswith(KINDS)}
    assert len(dev_kinds) >= 10 and len(check_kinds) >= 10 and not dev_kinds & check_kinds


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_addresses_look_alikes_and_clean_files(corpus):
    generator = corpus(5)
    positives = generator.positives(14)
    assert all(("*", "ADDRESS") in doc.truth and any(e == "ADDRESS" for e, _ in doc.truth) for doc in positives)
    negatives = generator.negatives(5)
    assert {e for doc in negatives for e, _ in doc.truth} == {"~ADDRESS", "*"}
    assert sum(not doc.truth for doc in negatives) == 2  # a zone table or business codes, and product codes
