"""The notpeople17 corpora of issue 12 (benchmarks/corpus_notpeople17_dev.py and _check.py):
deterministic for a seed, written apart (no name, word or template list in common, no
kind of document in common)."""

import pytest

from benchmarks import corpus_notpeople17_check as check
from benchmarks import corpus_notpeople17_dev as dev
from tests.benchmarks.corpus_checks import same_truth_for_a_seed, written_apart


@pytest.mark.parametrize("corpus", [dev.DevNotPeople17, check.CheckNotPeople17], ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    same_truth_for_a_seed(corpus, 12, 8)


def test_the_two_corpora_share_no_list_and_no_kind_of_document():
    ours = [dev.COOKS, dev.STATIONS, dev.APPLICANTS, dev.SAMPLES, dev.PARISHIONERS, dev.SAINTS, dev.CLIENTS, dev.FIRMS,
            dev.WORKS, dev.ANNIVERSARIES, dev.THEOREMS]
    theirs = [check.HANDS, check.POSTS, check.VOLUNTEERS, check.PLACEHOLDERS, check.MEMBERS, check.FAITH_NAMES,
              check.CUSTOMERS, check.FIRMS, check.PIECES, check.LAWS, check.COMPOSERS]
    written_apart(ours, theirs, dev.DevNotPeople17, check.CheckNotPeople17,
                  ("_txt", "_csv", "_eml", "_html", "_xlsx", "_docx", "_md"), (4, 4))
