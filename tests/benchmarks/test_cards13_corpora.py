"""The cards13 corpora of issue 12 (benchmarks/corpus_cards13_dev.py and _check.py):
deterministic for a seed, written apart (no word list or kind of document in common),
every card and look-alike passing Luhn with an issuer's prefix, look-alikes planted
(goods codes, IMEIs, serials, request ids, slips, asset keys) and clean files labelled
for nothing."""

import pytest
from stdnum import luhn

from benchmarks import corpus_cards13_check as check
from benchmarks import corpus_cards13_dev as dev
from detectors.jp.credit_card import CreditCardRecognizer
from tests.benchmarks.corpus_checks import same_truth_for_a_seed, written_apart

CORPORA = [dev.DevCards13, check.CheckCards13]
KINDS = ("_txt", "_md", "_xlsx", "_csv", "_tsv", "_docx", "_ods", "_odt", "_rtf", "_eml", "_json", "_html", "_xml",
         "_pdf", "_yaml", "_pptx")


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_one_seed_gives_the_same_files(corpus):
    same_truth_for_a_seed(corpus, 13, 2)


def test_the_two_corpora_share_no_word_list_nor_kind_of_document():
    written_apart([dev.ISSUERS, dev.GOODS_HEADS, dev.GOODS, dev.HOLDERS, dev.BRANDS],
                  [check.HEADS, check.MEMBERS, check.MODELS, check.PLACES, check.NETWORKS],
                  dev.DevCards13, check.CheckCards13, KINDS, (12, 12))


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_every_number_has_a_cards_shape_and_look_alikes_are_planted(corpus):
    generator, shape = corpus(5), CreditCardRecognizer()
    truth = {(e, v) for doc in generator.positives(26) for e, v in doc.truth if e != "*"}
    assert {"CREDIT_CARD", "~CREDIT_CARD"} == {e for e, _ in truth}
    assert all(luhn.is_valid(v) and shape.is_valid(v) for _, v in truth)
    assert sum(e == "~CREDIT_CARD" for e, _ in truth) > sum(e == "CREDIT_CARD" for e, _ in truth) / 2
    assert all(not doc.truth for doc in generator.negatives(4))
