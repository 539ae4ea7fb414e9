"""The contacts15 corpora of issue 12 (benchmarks/corpus_insurers15_dev.py and _check.py):
deterministic for a seed, written apart (no word list or kind of document in common),
every planted 保険者番号 passing its check digit (8 digits; 国保 6), both a person's and an
insurer's own planted (look-alikes), and clean files labelled for nothing."""

import re

import pytest
from stdnum import luhn

from benchmarks import corpus_insurers15_check as check
from benchmarks import corpus_insurers15_dev as dev
from tests.benchmarks.corpus_checks import same_truth_for_a_seed, written_apart

CORPORA = [dev.DevInsurers15, check.CheckInsurers15]
KINDS = ("_txt", "_xlsx", "_csv", "_tsv", "_docx", "_eml", "_json", "_html", "_xml", "_pdf", "_yaml")


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_one_seed_gives_the_same_files(corpus):
    same_truth_for_a_seed(corpus, 12, 2)


def test_the_two_corpora_share_no_word_list_nor_kind_of_document():
    written_apart([dev.STAFF, dev.INSURERS, dev.DESKS], [check.PATIENTS, check.BODIES, check.TOWNS],
                  dev.DevInsurers15, check.CheckInsurers15, KINDS, (8, 7))


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_insurers_numbers_pass_their_check_and_both_owners_are_planted(corpus):
    generator = corpus(5)
    truth = {(e, v) for doc in generator.positives(36) for e, v in doc.truth if e != "*"}
    insurers = {v for e, v in truth if e.endswith("HEALTH_INSURANCE_NUMBER") and re.fullmatch(r"[0-9]{6}|[0-9]{8}", v)}
    assert insurers and all(luhn.is_valid(v) for v in insurers)
    assert any(e == "~HEALTH_INSURANCE_NUMBER" for e, _ in truth) and any(e == "HEALTH_INSURANCE_NUMBER" for e, _ in truth)
    assert any(e == "~PHONE" for e, _ in truth) and any(e == "PHONE" for e, _ in truth)
    assert all(not doc.truth for doc in generator.negatives(4))
