"""The slips17 corpora of issue 12 (benchmarks/corpus_slips17_dev.py and _check.py):
deterministic for a seed, written apart (no word list or kind of document in common),
every planted number twelve digits passing the My Number check, look-alikes planted and
clean files labelled for nothing."""

import pytest

from benchmarks import corpus_slips17_check as check
from benchmarks import corpus_slips17_dev as dev
from tests.benchmarks.corpus_checks import my_number_keys_planted, same_truth_for_a_seed, written_apart

CORPORA = [dev.DevSlips17, check.CheckSlips17]
KINDS = ("_csv", "_tsv", "_txt")


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_one_seed_gives_the_same_files(corpus):
    same_truth_for_a_seed(corpus, 16, 2)


def test_the_two_corpora_share_no_word_list_nor_kind_of_document():
    written_apart([dev.PASSENGERS, dev.BOATS, dev.CHILDREN, dev.STUB_HEADERS],
                  [check.TRAVELLERS, check.INFANTS, check.TOWNS, check.SERVICES, check.FERRIES],
                  dev.DevSlips17, check.CheckSlips17, KINDS, (9, 7))


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_every_number_passes_the_check_and_look_alikes_are_planted(corpus):
    my_number_keys_planted(corpus)
