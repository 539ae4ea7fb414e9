"""The accounts9 corpora of issue 12 (benchmarks/corpus_accounts9_dev.py and _check.py):
deterministic for a seed, written apart (no name, bank, label or kind of document in
common), every positive labelled for the three types with the other numbers of the same
shapes as look-alikes, every clean file labelled for nothing."""

import pytest

from benchmarks import corpus_accounts9_check as check
from benchmarks import corpus_accounts9_dev as dev

TEXTS = (".txt", ".csv", ".tsv", ".json", ".xml", ".yaml", ".conf", ".ini", ".dat", ".html")
TYPES = ("BANK_ACCOUNT", "BASIC_PENSION_NUMBER", "EMPLOYMENT_INSURANCE_NUMBER")


def kinds(docs) -> set[str]:
    return {d.name.split("_")[1].rstrip("0123456789.").split(".")[0] for d in docs}


@pytest.mark.parametrize("corpus", [dev.DevAccounts9, check.CheckAccounts9], ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    first, again, other = (corpus(seed).positives(20) + corpus(seed).negatives(2) for seed in (3, 3, 4))
    same = [(d.name, d.truth, d.data if d.name.endswith(TEXTS) else b"") for d in first]
    assert same == [(d.name, d.truth, d.data if d.name.endswith(TEXTS) else b"") for d in again]
    assert [d.truth for d in first] != [d.truth for d in other]


def test_the_two_corpora_share_no_word_list_or_kind():
    names = {part for name in dev.NAMES for part in name.split()}
    theirs = {part for family, given, _ in check.PEOPLE for part in (family, given)}
    assert names and theirs and not names & theirs
    assert not {bank[1] for bank in dev.BANKS} & {lender[1] for lender in check.LENDERS}
    assert not {bank[0] for bank in dev.BANKS} & {lender[0] for lender in check.LENDERS}
    ours, their_kinds = kinds(dev.DevAccounts9(1).positives(20)), kinds(check.CheckAccounts9(1).positives(11))
    assert len(ours) == 20 and len(their_kinds) == 11 and not ours & their_kinds


@pytest.mark.parametrize("corpus", [dev.DevAccounts9, check.CheckAccounts9], ids=["dev", "check"])
def test_positives_are_labelled_and_clean_files_are_not(corpus):
    generator = corpus(5)
    for doc in generator.positives(22):
        assert {("*", entity) for entity in TYPES} <= doc.truth
        found = {value for entity, value in doc.truth if entity in TYPES}
        look_alikes = {value for entity, value in doc.truth if entity.startswith("~")}
        assert found and not found & look_alikes
        assert all(value.replace("-", "").isdigit() for value in found)
    assert all(not doc.truth for doc in generator.negatives(2))


@pytest.mark.parametrize("corpus", [dev.DevAccounts9, check.CheckAccounts9], ids=["dev", "check"])
def test_numbers_have_their_shapes(corpus):
    for doc in corpus(7).positives(22):
        for entity, value in doc.truth:
            if entity == "BASIC_PENSION_NUMBER":
                assert len(value) == 10
            elif entity == "EMPLOYMENT_INSURANCE_NUMBER":
                assert len(value) == 11
            elif entity == "BANK_ACCOUNT":
                # 全銀 seven digits, a ゆうちょ 記号-番号, or its 番号 alone (eight digits ending in 1)
                assert len(value) == 7 or (len(value) == 14 and value[5] == "-") or (len(value) == 8 and value[-1] == "1")
