"""The ids8 corpora of issue 12 (benchmarks/corpus_ids8_dev.py and _check.py):
deterministic for a seed, written apart (no name, label list or kind of document in
common), licences passing their check, cards passing Luhn, look-alikes planted
(other numbers passing the licence check, another number's 記号・番号, stored-value
cards) and clean files labelled for nothing."""

import pytest
from stdnum import luhn

from benchmarks import corpus_ids8_check as check
from benchmarks import corpus_ids8_dev as dev
from detectors.jp.drivers_license import check_digit_matches
from tests.benchmarks.corpus_checks import same_truth_for_a_seed, written_apart

CORPORA = [dev.DevIds8, check.CheckIds8]
KINDS = ("_txt", "_md", "_xlsx", "_csv", "_tsv", "_docx", "_ods", "_odt", "_rtf", "_eml", "_json", "_html")


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_one_seed_gives_the_same_files(corpus):
    same_truth_for_a_seed(corpus, 13, 2)


def test_the_two_corpora_share_no_word_list_nor_kind_of_document():
    written_apart([dev.CREW + dev.CREW_KANA, dev.CLASSES + dev.COLOURS, dev.LICENCE_HEADS, dev.OTHER_TWELVE_LABELS,
                   dev.STORED_CARDS, dev.RELATIONS],
                  [check.STAFF, check.GRADES, check.COMMISSIONS, check.REGISTER_HEADS, check.KIN, check.VOUCHERS],
                  dev.DevIds8, check.CheckIds8, KINDS, (10, 10))


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_numbers_pass_their_checks_and_look_alikes_are_planted(corpus):
    generator = corpus(5)
    truth = {(e, v) for doc in generator.positives(26) for e, v in doc.truth}
    assert {"CREDIT_CARD", "~CREDIT_CARD", "DRIVERS_LICENSE", "~DRIVERS_LICENSE", "HEALTH_INSURANCE_NUMBER",
            "~HEALTH_INSURANCE_NUMBER"} <= {e for e, _ in truth}
    assert all(check_digit_matches(v) for e, v in truth if e.endswith("DRIVERS_LICENSE"))
    assert all(luhn.is_valid(v) and len(v) == 16 for e, v in truth if e.endswith("CREDIT_CARD"))
    assert all(not doc.truth for doc in generator.negatives(4))
