"""The receipt16 corpora of issue 12 (benchmarks/corpus_receipt16_dev.py and _check.py):
deterministic for a seed, written apart (no word list or kind of document in common), every
planted 保険者番号 passing its check digit (8 digits of a health insurance's 法別番号; 国保 6),
every claim's key passing the My Number check and planted as a look-alike, clean files
labelled for nothing."""

import pytest
from stdnum.jp import in_ as my_number

from benchmarks import corpus_receipt16_check as check
from benchmarks import corpus_receipt16_dev as dev
from detectors.columns.insurance import is_insurers_number
from tests.benchmarks.corpus_checks import same_truth_for_a_seed, written_apart

CORPORA = [dev.DevReceipt16, check.CheckReceipt16]
KINDS = ("_csv", "_tsv", "_dump", "_fixed", "_width", "_sheet")


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_one_seed_gives_the_same_files(corpus):
    same_truth_for_a_seed(corpus, 8, 2)


def test_the_two_corpora_share_no_word_list_nor_kind_of_document():
    written_apart([dev.SURNAMES, dev.GIVEN, dev.DISEASES, dev.INSURER_BODIES],
                  [check.FAMILY, check.FIRST, check.ILLNESSES], dev.DevReceipt16, check.CheckReceipt16, KINDS, (3, 4))


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_insurers_and_claim_keys_pass_their_checks(corpus):
    generator = corpus(5)
    truth = {(e, v) for doc in generator.positives(16) for e, v in doc.truth if e != "*"}
    insurers = {v for e, v in truth if e == "HEALTH_INSURANCE_NUMBER"}
    keys = {v for e, v in truth if e == "~MY_NUMBER"}
    assert insurers and all(map(is_insurers_number, insurers))
    assert keys and all(my_number.is_valid(k) for k in keys)
    assert all(not doc.truth for doc in generator.negatives(4))
