"""The births19 corpora of issue 12 (benchmarks/corpus_births19_dev.py and _check.py): deterministic
for a seed, written apart (no name or word list in common, no kind of document in common)."""

import pytest

from benchmarks import corpus_births19_check as check
from benchmarks import corpus_births19_dev as dev
from tests.benchmarks.corpus_checks import same_truth_for_a_seed, written_apart


@pytest.mark.parametrize("corpus", [dev.DevBirths19, check.CheckBirths19], ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    same_truth_for_a_seed(corpus, 8, 2)


def test_the_two_corpora_share_no_list_and_no_kind_of_document():
    ours = [[w for pair in dev.FAMILIES + dev.CHILDREN for w in pair], dev.PARENTS, dev.NICKNAMES, dev.GROUNDS]
    theirs = [[w for pair in check.HOUSES + check.KIDS for w in pair], check.GUARDIANS, check.STOPS]
    written_apart(ours, theirs, dev.DevBirths19, check.CheckBirths19, ("_txt", "_md", "_xlsx", "_csv"), (4, 4))
