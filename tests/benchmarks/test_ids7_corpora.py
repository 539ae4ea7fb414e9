"""The ids7 corpora of issue 12 (benchmarks/corpus_ids7_dev.py and _check.py):
deterministic for a seed, written apart (no name, label list or kind of document in
common), licences passing their check, look-alikes planted (animals' births, numbers
passing a check under another number's label) and clean files labelled for nothing."""

import pytest
from stdnum import luhn

from benchmarks import corpus_ids7_check as check
from benchmarks import corpus_ids7_dev as dev
from detectors.jp.drivers_license import check_digit_matches
from tests.benchmarks.corpus_checks import same_truth_for_a_seed, written_apart

CORPORA = [dev.DevIds7, check.CheckIds7]
KINDS = ("_txt", "_md", "_xlsx", "_csv", "_tsv", "_docx", "_ods", "_odt", "_rtf", "_eml", "_json", "_html")


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_one_seed_gives_the_same_files(corpus):
    same_truth_for_a_seed(corpus, 12, 3)


def test_the_two_corpora_share_no_word_list_nor_kind_of_document():
    written_apart([dev.OWNERS, dev.PETS, dev.DOGS + dev.CATS, dev.HORSES, dev.OTHER_NUMBER_LABELS, dev.POLICY_LABELS],
                  [check.KEEPERS, check.CALL_NAMES, check.BREEDS, check.CATTLE_BREEDS, check.ELSEWHERE_LABELS,
                   check.MUTUAL_LABELS], dev.DevIds7, check.CheckIds7, KINDS, (10, 10))


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_numbers_pass_their_checks_and_look_alikes_are_planted(corpus):
    generator = corpus(5)
    truth = {(e, v) for doc in generator.positives(22) for e, v in doc.truth}
    assert {"DATE_OF_BIRTH", "~DATE_OF_BIRTH", "DRIVERS_LICENSE", "~DRIVERS_LICENSE", "HEALTH_INSURANCE_NUMBER",
            "~HEALTH_INSURANCE_NUMBER"} <= {e for e, _ in truth}
    assert all(check_digit_matches(v) for e, v in truth if e.endswith("DRIVERS_LICENSE"))
    assert all(luhn.is_valid(v) for e, v in truth if e.endswith("HEALTH_INSURANCE_NUMBER") and len(v) == 8)
    assert all(not doc.truth for doc in generator.negatives(4))
