"""The ids6 corpora of issue 12 (benchmarks/corpus_ids6_dev.py and _check.py):
deterministic for a seed, written apart (no name, bank, label list or kind of
document in common), My Numbers and their look-alikes passing the check, look-alikes
planted and clean files labelled for nothing."""

import pytest
from stdnum.jp import in_

from benchmarks import corpus_ids6_check as check
from benchmarks import corpus_ids6_dev as dev
from tests.benchmarks.corpus_checks import written_apart

CORPORA = [dev.DevIds6, check.CheckIds6]
KINDS = ("_txt", "_xlsx", "_csv", "_tsv", "_docx", "_ods", "_odt", "_odp", "_rtf", "_eml", "_json", "_xml", "_html")


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_one_seed_gives_the_same_files(corpus):
    built = [[(d.name, d.truth) for d in corpus(seed).positives(10) + corpus(seed).negatives(3)] for seed in (3, 3, 4)]
    assert built[0] == built[1] and built[0] != built[2]


def test_the_two_corpora_share_no_word_list_nor_kind_of_document():
    written_apart([dev.PEOPLE, dev.OTHER_LABELS + dev.ENGLISH_KEYS, dev.OWN_LABELS, dev.BANKS, dev.ORGS],
                  [check.STAFF, check.ROW_TAGS + check.PROSE_TAGS + check.XML_TAGS, check.MINE_TAGS, check.LENDERS,
                   check.SOCIETIES], dev.DevIds6, check.CheckIds6, KINDS, (8, 7))


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_numbers_pass_the_check_and_look_alikes_are_planted(corpus):
    generator = corpus(5)
    truth = {(e, v) for doc in generator.positives(16) for e, v in doc.truth}
    assert {"MY_NUMBER", "~MY_NUMBER", "BANK_ACCOUNT", "~BANK_ACCOUNT"} <= {e for e, _ in truth}
    assert all(in_.is_valid(v) for e, v in truth if e.endswith("MY_NUMBER"))
    assert all(not doc.truth for doc in generator.negatives(4))
