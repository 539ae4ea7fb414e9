"""The addr6 corpora of issue 12 (benchmarks/corpus_addr6_dev.py and _check.py):
deterministic for a seed, written apart (no town, building, name or office in common,
no document kind in common), with an organisation's own address as a look-alike and
clean files labelled for nothing."""

import pytest

from benchmarks import corpus_addr6_check as check
from benchmarks import corpus_addr6_dev as dev
from tests.benchmarks.corpus_checks import words_of

CORPORA = [dev.DevAddr6, check.CheckAddr6]
KINDS = ("_txt", "_xlsx", "_csv", "_tsv", "_json", "_xml", "_pdf", "_docx", "vcard", "_export")


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    first, again = corpus(3).positives(14) + corpus(3).negatives(4), corpus(3).positives(14) + corpus(3).negatives(4)
    assert [(d.name, d.truth) for d in first] == [(d.name, d.truth) for d in again]
    assert [d.truth for d in first] != [d.truth for d in corpus(4).positives(14) + corpus(4).negatives(4)]


def test_the_two_corpora_share_no_word_list_nor_kind_of_document():
    ours = words_of([dev.BANCHI_TOWNS, dev.RURAL, dev.BLOCK_TOWNS, dev.SAPPORO, dev.KYOTO, dev.ROMAJI, dev.BUILDINGS,
                     dev.PEOPLE, dev.OFFICES])
    theirs = words_of([check.FARM_TOWNS, check.VILLAGES, check.STREET_TOWNS, check.NORTH, check.KYO, check.LATIN,
                       check.HOMES, check.TENANTS, check.CLINICS])
    assert ours and theirs and not ours & theirs
    dev_kinds = {n for n in vars(dev.DevAddr6) if n.endswith(KINDS)}
    check_kinds = {n for n in vars(check.CheckAddr6) if n.endswith(KINDS)}
    assert len(dev_kinds) >= 6 and len(check_kinds) >= 6 and not dev_kinds & check_kinds


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_addresses_look_alikes_and_clean_files(corpus):
    generator = corpus(5)
    positives = generator.positives(14)
    assert all(("*", "ADDRESS") in doc.truth and any(e == "ADDRESS" for e, _ in doc.truth) for doc in positives)
    negatives = generator.negatives(4)
    assert {e for doc in negatives for e, _ in doc.truth} == {"~ADDRESS"}
    assert any(not doc.truth for doc in negatives)
