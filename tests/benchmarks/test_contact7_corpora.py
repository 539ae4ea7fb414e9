"""The contact7 corpora of issue 12 (benchmarks/corpus_contact7_dev.py and _check.py):
deterministic for a seed, written apart (no town, trade, name or kind of document in
common), every value in truth written in its document, with an organisation's own
contacts as look-alikes and clean files labelled for nothing."""

import pytest

from benchmarks import corpus_contact7_check as check
from benchmarks import corpus_contact7_dev as dev
from tests.benchmarks.corpus_checks import words_of

CORPORA = [dev.DevContact7, check.CheckContact7]
KINDS = ("_txt", "_xlsx", "_csv", "_tsv", "_json", "_html", "_md", "_docx", "_eml")


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    first, again = corpus(3).positives(14) + corpus(3).negatives(8), corpus(3).positives(14) + corpus(3).negatives(8)
    assert [(d.name, d.truth) for d in first] == [(d.name, d.truth) for d in again]
    assert [d.truth for d in first] != [d.truth for d in corpus(4).positives(14) + corpus(4).negatives(8)]


def test_the_two_corpora_share_no_word_list_nor_kind_of_document():
    ours = words_of([dev.TOWNS, dev.ASAHIKAWA, dev.FLATS, dev.PEOPLE, dev.RELATIONS, dev.TRADES, dev.DESKS, dev.DOMAINS])
    theirs = words_of([check.PLACES, check.NORTH, check.MANSIONS, check.MEMBERS, check.KIN, check.SHOPS, check.MAILBOXES, check.HOSTS])
    assert ours and theirs and not ours & theirs
    dev_kinds = {n for n in vars(dev.DevContact7) if n.endswith(KINDS)}
    check_kinds = {n for n in vars(check.CheckContact7) if n.endswith(KINDS)}
    assert len(dev_kinds) >= 8 and len(check_kinds) >= 8 and not dev_kinds & check_kinds


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_positives_look_alikes_and_clean_files(corpus):
    generator = corpus(5)
    positives = generator.positives(14)
    assert all(("*", "PHONE") in doc.truth and any(e in ("ADDRESS", "PHONE") for e, _ in doc.truth) for doc in positives)
    assert {e for doc in positives for e, _ in doc.truth} >= {"ADDRESS", "PHONE", "POSTAL_CODE"}
    negatives = generator.negatives(8)
    assert {e for doc in negatives for e, _ in doc.truth} >= {"~ADDRESS", "~PHONE"}
    assert any(not doc.truth for doc in negatives)


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_every_address_in_truth_is_written_in_its_document(corpus):
    from benchmarks.corpus import address_key

    for doc in corpus(6).positives(14) + corpus(6).negatives(8):
        if doc.name.endswith((".xlsx", ".docx")):
            continue  # zipped XML: the text is not in the bytes as written
        written = address_key(doc.data.decode("utf-8"))
        assert all(value in written for entity, value in doc.truth if entity.endswith("ADDRESS")), doc.name
