"""The bank26 corpora of issue 12 (benchmarks/corpus_bank26_dev.py, _check.py and _eval.py):
deterministic for a seed, written apart (no name, lender, label or kind of document in
common), every positive labelled for BANK_ACCOUNT with its look-alikes (the payer's own
account, masked numbers, other seven-digit numbers) apart, every clean file labelled for
nothing, and the 全銀 file's records all of their fixed width."""

import pytest

from benchmarks import corpus_bank26_check as check
from benchmarks import corpus_bank26_dev as dev
from benchmarks import corpus_bank26_eval as third
from tests.benchmarks.corpus_checks import same_truth_for_a_seed, written_apart

FORMATS = ("_csv", "_tsv", "_xlsx", "_docx", "_pdf", "_txt", "_json", "_html", "_eml", "_dat", "_xml", "_md")


@pytest.mark.parametrize("corpus", [dev.DevBank26, check.CheckBank26, third.EvalBank26], ids=["dev", "check", "eval"])
def test_one_seed_gives_the_same_documents(corpus):
    same_truth_for_a_seed(corpus, 20, 2)


def test_the_two_corpora_share_no_word_list_or_kind():
    written_apart([dev.PAYEES, dev.LENDERS, dev.OFFICES, dev.YUCHO_OFFICES], [check.FAMILIES, check.INSTITUTIONS],
                  dev.DevBank26, check.CheckBank26, FORMATS, (10, 7))
    assert not {kanji.split()[0] for _, kanji in dev.PAYEES} & {surname for surname, _, _ in check.FAMILIES}


@pytest.mark.parametrize("lists, corpus", [([dev.PAYEES, dev.LENDERS], dev.DevBank26),
                                           ([check.FAMILIES, check.INSTITUTIONS], check.CheckBank26)],
                         ids=["dev", "check"])
def test_the_third_corpus_shares_nothing_with_either(lists, corpus):
    written_apart([third.STAFF, third.BANKS], lists, third.EvalBank26, corpus, FORMATS, (6, 7))


@pytest.mark.parametrize("corpus", [dev.DevBank26, check.CheckBank26, third.EvalBank26], ids=["dev", "check", "eval"])
def test_positives_are_labelled_and_clean_files_are_not(corpus):
    generator = corpus(5)
    for doc in generator.positives(20):
        assert ("*", "BANK_ACCOUNT") in doc.truth
        found = {value for entity, value in doc.truth if entity == "BANK_ACCOUNT"}
        look_alikes = {value for entity, value in doc.truth if entity.startswith("~")}
        assert (found or look_alikes) and not found & look_alikes
        assert all(len(value) in (7, 8) and value.isdigit() for value in found)
    assert all(not doc.truth for doc in generator.negatives(2))


def test_the_transfer_files_records_are_120_characters():
    for doc in dev.DevBank26(9).positives(20):
        if doc.name.endswith(".dat"):
            assert {len(record) for record in doc.data.decode("cp932").split("\r\n")} == {120}
