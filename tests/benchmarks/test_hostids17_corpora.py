"""The hostids17 corpora (benchmarks/corpus_hostids17_dev.py and _check.py): deterministic
for a seed, written apart (no word list or kind of document in common), every planted
document number written in its record, clean files labelled for the scored types only."""

import pytest

from benchmarks import corpus_hostids17_check as check
from benchmarks import corpus_hostids17_dev as dev
from detectors.jp.drivers_license import passes_checks
from tests.benchmarks.corpus_checks import same_truth_for_a_seed, written_apart

CORPORA = [dev.DevHostids17, check.CheckHostids17]


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_one_seed_gives_the_same_files(corpus):
    same_truth_for_a_seed(corpus, 6, 2)


def test_the_two_corpora_share_no_word_list_nor_kind_of_document():
    written_apart([dev.SURNAMES, dev.GIVEN, dev.FOREIGN, dev.NATIONS, dev.WORDS],
                  [check.KANA, check.KANJI, check.RESIDENTS, check.AREA, check.PREFIXES],
                  dev.DevHostids17, check.CheckHostids17,
                  ("ledger", "hotel", "sharing", "products", "orders", "agent", "rental", "dormitory", "members",
                   "serials"), (5, 6))


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_every_planted_number_is_written_in_its_record_and_licences_pass_the_checks(corpus):
    generator = corpus(5)
    for doc in generator.positives(8):
        text = doc.data.decode("cp932" if doc.name.endswith((".DAT", ".txt")) or "kyc" in doc.name else "utf-8")
        for entity, value in doc.truth:
            assert entity == "*" or value in text.replace("-", "")
            assert entity != "DRIVERS_LICENSE" or passes_checks(value)
    assert all(entity == "*" for doc in generator.negatives(4) for entity, _ in doc.truth)
