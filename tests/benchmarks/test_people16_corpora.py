"""The people16 corpora of issue 12 (benchmarks/corpus_people16_dev.py and _check.py):
deterministic for a seed, written apart (no name, word or template list in common, no
kind of document in common)."""

import pytest

from benchmarks import corpus_people16_check as check
from benchmarks import corpus_people16_dev as dev
from tests.benchmarks.corpus_checks import same_truth_for_a_seed, written_apart


def _flat(items):
    return ["".join(item) if isinstance(item, tuple) else item for item in items]


@pytest.mark.parametrize("corpus", [dev.DevPeople16, check.CheckPeople16], ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    same_truth_for_a_seed(corpus, 12, 4)


def test_the_two_corpora_share_no_list_and_no_kind_of_document():
    ours = [_flat(items) for items in (dev.CREW, dev.CJK, dev.JAPANESE, dev.COMMON_WORD_SURNAMES, dev.THREE_CHARACTERS,
                                       dev.SHOPS, dev.HORSES, dev.TASKS)]
    theirs = [_flat(items) for items in (check.STAFF, check.PLAYERS, check.PUPILS, check.GUARDIANS, check.TRAINS,
                                         check.BRANCHES)]
    written_apart(ours, theirs, dev.DevPeople16, check.CheckPeople16, ("_txt", "_csv", "_eml", "_html", "_tsv"), (4, 4))
