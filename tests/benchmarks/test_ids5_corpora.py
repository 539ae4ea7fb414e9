"""The ids5 corpora of issue 12 (benchmarks/corpus_ids5_dev.py and _check.py):
deterministic for a seed, written apart (no name, bank, town, label list or kind of
document in common), identifiers passing their checks, look-alikes planted and clean
files labelled for nothing."""

import pytest
from stdnum.jp import in_

from benchmarks import corpus_ids5_check as check
from benchmarks import corpus_ids5_dev as dev
from detectors.jp.drivers_license import check_digit_matches

CORPORA = [dev.DevIds5, check.CheckIds5]
KINDS = ("_txt", "_xlsx", "_csv", "_docx", "_ods", "_odt", "_pptx", "_zip", "_rtf")


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_one_seed_gives_the_same_files(corpus):
    first, again = corpus(3).positives(12) + corpus(3).negatives(4), corpus(3).positives(12) + corpus(3).negatives(4)
    assert [(d.name, d.truth) for d in first] == [(d.name, d.truth) for d in again]
    assert [d.truth for d in first] != [d.truth for d in corpus(4).positives(12)]


def test_the_two_corpora_share_no_word_list_nor_kind_of_document():
    for ours, theirs in [(dev.PEOPLE, check.MEMBERS), (dev.BANKS, check.LENDERS), (dev.BRANCHES, check.OFFICES),
                         (dev.TOWNS, check.PLACES), (dev.LICENCE_LABELS, check.LICENCE_TAGS),
                         (dev.MY_NUMBER_LABELS, check.NUMBER_TAGS)]:
        assert ours and theirs and not set(ours) & set(theirs)
    dev_kinds = {n for n in vars(dev.DevIds5) if n.endswith(KINDS)}
    check_kinds = {n for n in vars(check.CheckIds5) if n.endswith(KINDS)}
    assert len(dev_kinds) >= 8 and len(check_kinds) >= 7 and not dev_kinds & check_kinds


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_identifiers_pass_their_checks_and_look_alikes_are_planted(corpus):
    generator = corpus(5)
    positives = generator.positives(20)
    truth = {(e, v) for doc in positives for e, v in doc.truth}
    assert {"DRIVERS_LICENSE", "BANK_ACCOUNT", "POSTAL_CODE", "MY_NUMBER", "DATE_OF_BIRTH"} <= {e for e, _ in truth}
    assert all(in_.is_valid(v) for e, v in truth if e == "MY_NUMBER")
    assert all(check_digit_matches(v) for e, v in truth if e == "DRIVERS_LICENSE")
    assert any(e.startswith("~") for e, _ in truth)
    assert all(not doc.truth for doc in generator.negatives(4))
