"""The mynum9 corpora of issue 12 (benchmarks/corpus_mynum9_dev.py and _check.py):
deterministic for a seed, written apart (no name, label list or kind of document in
common), My Numbers and their look-alikes passing the check digit, cards and stored-value
cards passing Luhn with a known issuer's prefix, clean files labelled for nothing."""

import pytest
from stdnum import luhn
from stdnum.jp import in_

from benchmarks import corpus_mynum9_check as check
from benchmarks import corpus_mynum9_dev as dev
from detectors.jp.credit_card import CreditCardRecognizer
from tests.benchmarks.corpus_checks import same_truth_for_a_seed, written_apart

CORPORA = [dev.DevMynum9, check.CheckMynum9]
KINDS = ("_txt", "_md", "_xlsx", "_csv", "_tsv", "_docx", "_ods", "_odt", "_rtf", "_eml", "_json", "_html",
         "_ndjson", "_dat")


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_one_seed_gives_the_same_files(corpus):
    same_truth_for_a_seed(corpus, 13, 2)


def test_the_two_corpora_share_no_word_list_nor_kind_of_document():
    written_apart([dev.BUYERS + dev.BUYERS_KANA, dev.GOODS, dev.ORDER_HEADS, dev.MY_NUMBER_HEADS, dev.KIN,
                   dev.GIFT_KINDS],
                  [check.HOLDERS + check.HOLDERS_KANA, check.LINES_OF_COVER + check.CARGO, check.POLICY_HEADS,
                   check.OWN_HEADS, check.VOUCHER_KINDS],
                  dev.DevMynum9, check.CheckMynum9, KINDS, (10, 10))


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_numbers_pass_their_checks_and_look_alikes_are_planted(corpus):
    generator = corpus(5)
    truth = {(e, v) for doc in generator.positives(26) for e, v in doc.truth}
    assert {"MY_NUMBER", "~MY_NUMBER", "CREDIT_CARD", "~CREDIT_CARD"} <= {e for e, _ in truth}
    assert all(in_.is_valid(v) for e, v in truth if e.endswith("MY_NUMBER"))
    cards = CreditCardRecognizer()
    assert all(luhn.is_valid(v) and cards.is_valid(v) for e, v in truth if e.endswith("CREDIT_CARD"))
    assert all(not doc.truth for doc in generator.negatives(4))
