"""The mynum12 corpora of issue 12 (benchmarks/corpus_mynum12_dev.py and _check.py):
deterministic for a seed, written apart (no word list nor kind of document in common),
My Numbers and their look-alikes (a contract's, a policy's, a meter's, a member's key)
passing the check digit, every look-alike written where a reader finds it, clean files
labelled for nothing."""

import re

import pytest
from stdnum.jp import in_

from benchmarks import corpus_mynum12_check as check
from benchmarks import corpus_mynum12_dev as dev
from tests.benchmarks.corpus_checks import same_truth_for_a_seed, written_apart

CORPORA = [dev.DevMynum12, check.CheckMynum12]
KINDS = ("_txt", "_xlsx", "_csv", "_tsv", "_docx", "_odt", "_rtf", "_eml", "_json", "_html", "_xml", "_pdf", "_yaml")


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_one_seed_gives_the_same_files(corpus):
    same_truth_for_a_seed(corpus, 13, 2)


def test_the_two_corpora_share_no_word_list_nor_kind_of_document():
    written_apart([dev.PERSONAL_PREFIXED + dev.ODD_KEYS, dev.POLICY_PRODUCTS + dev.POLICY_STATES,
                   dev.CLIENTS + dev.PLACES, dev.BIRTHS],
                  [check.PLAN_HEADS, check.PLANS + check.STANDINGS, check.KANA_MEMBERS + check.KANJI_MEMBERS
                   + check.STREETS, check.ERA_BIRTHS],
                  dev.DevMynum12, check.CheckMynum12, KINDS, (12, 11))


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_numbers_pass_their_check_and_look_alikes_are_planted(corpus):
    generator = corpus(5)
    truth = {(e, v) for doc in generator.positives(26) for e, v in doc.truth}
    assert {"MY_NUMBER", "~MY_NUMBER"} <= {e for e, _ in truth}
    assert all(in_.is_valid(v) for e, v in truth if e.endswith("MY_NUMBER"))
    assert all(not doc.truth for doc in generator.negatives(4))


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_every_number_is_written_as_twelve_digits_apart(corpus):
    """Each number stands alone in its plain-text document (no digit run swallows it)."""
    for doc in corpus(7).positives(26):
        if not doc.name.endswith((".csv", ".tsv", ".txt", ".json", ".xml", ".yaml", ".html")):
            continue
        try:
            text = doc.data.decode("utf-8")
        except UnicodeDecodeError:
            text = doc.data.decode("cp932")  # a Windows office's or a host's file
        text = re.sub(r"(?<=[0-9])[ -](?=[0-9]{4})", "", text)  # a number said in groups of four
        for _, value in doc.truth - {("*", "MY_NUMBER")}:
            assert re.search(rf"(?<![0-9]){value}(?![0-9])", text), (doc.name, value)
