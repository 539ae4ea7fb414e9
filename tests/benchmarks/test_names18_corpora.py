"""The names18 corpora of issue 12 (benchmarks/corpus_names18_dev.py and _check.py):
deterministic for a seed, written apart (no name or word list in common, no kind of
document in common), every person of the truth written in its plain-text files, clean files
labelled for nothing."""

import re

import pytest

from benchmarks import corpus_names18_check as check
from benchmarks import corpus_names18_dev as dev
from tests.benchmarks.corpus_checks import same_truth_for_a_seed, written_apart


@pytest.mark.parametrize("corpus", [dev.DevNames18, check.CheckNames18], ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    same_truth_for_a_seed(corpus, 20, 4)


def test_the_two_corpora_share_no_list_and_no_kind_of_document():
    ours = [[w for pair in dev.STAFF + dev.CLIENTS for w in pair], list(dev.ROMAJI.values()),
            dev.FAMILY_THINGS, dev.THING_SUFFIXES, dev.DOGS]
    theirs = [[w for row in check.PUPILS + check.PARENTS + check.CLERKS for w in row], check.TEACHERS,
              check.FIGURES, check.BOOKS, check.ROOMS, check.CATS]
    written_apart(ours, theirs, dev.DevNames18, check.CheckNames18,
                  ("_txt", "_docx", "_odt", "_eml", "_md", "_html", "_xlsx", "_csv", "_json", "_rtf"), (6, 6))


@pytest.mark.parametrize("corpus", [dev.DevNames18, check.CheckNames18], ids=["dev", "check"])
def test_truth_is_written_in_the_text(corpus):
    docs = corpus(5).positives(40)
    assert sum(entity == "PERSON" for doc in docs for entity, _ in doc.truth) > 60
    for doc in docs:
        if doc.name.endswith((".md", ".csv", ".json", ".html")) or doc.name.endswith(".txt") and "_talk" in doc.name:
            text = re.sub(r"[ \u3000・]", "", doc.data.decode("utf-8"))
            assert all(value in text for entity, value in doc.truth if entity == "PERSON"), doc.name
    assert all(not doc.truth for doc in corpus(5).negatives(4))
