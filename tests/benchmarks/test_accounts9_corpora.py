"""The accounts9 corpora of issue 12 (benchmarks/corpus_accounts9_dev.py and _check.py):
deterministic for a seed, written apart (no name, bank, label or kind of document in
common), every positive labelled for the three types with the other numbers of the same
shapes as look-alikes, every clean file labelled for nothing."""

import pytest

from benchmarks import corpus_accounts9_check as check
from benchmarks import corpus_accounts9_dev as dev
from tests.benchmarks.corpus_checks import same_truth_for_a_seed, written_apart

TYPES = ("BANK_ACCOUNT", "BASIC_PENSION_NUMBER", "EMPLOYMENT_INSURANCE_NUMBER")
FORMATS = ("_csv", "_tsv", "_xlsx", "_xls", "_docx", "_pdf", "_txt", "_json", "_xml", "_yaml", "_eml", "_conf", "_ini",
           "_dat", "_table")


@pytest.mark.parametrize("corpus", [dev.DevAccounts9, check.CheckAccounts9], ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    same_truth_for_a_seed(corpus, 22, 2)


def test_the_two_corpora_share_no_word_list_or_kind():
    written_apart([dev.NAMES, dev.ROMAJI, dev.BANKS, dev.BRANCHES, dev.KINDS], [check.PEOPLE, check.LENDERS],
                  dev.DevAccounts9, check.CheckAccounts9, FORMATS, (15, 9))
    surnames = {name.split()[0] for name in dev.NAMES}
    assert not surnames & {family for family, _, _ in check.PEOPLE}


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
