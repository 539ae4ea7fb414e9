"""The surnames17 corpora of issue 12 (benchmarks/corpus_surnames17_dev.py and _check.py):
deterministic for a seed, written apart (no name, role or template list in common, no
kind of document in common), every person of the truth written in its text, clean
files labelled for nothing."""

import re

import pytest

from benchmarks import corpus_surnames17_check as check
from benchmarks import corpus_surnames17_dev as dev
from tests.benchmarks.corpus_checks import same_truth_for_a_seed, written_apart


@pytest.mark.parametrize("corpus", [dev.DevSurnames17, check.CheckSurnames17], ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    same_truth_for_a_seed(corpus, 20, 4)


def test_the_two_corpora_share_no_list_and_no_kind_of_document():
    ours = [dev.SURNAMES, dev.GIVEN, dev.CJK, dev.VIET, dev.VIET_REST, dev.ROLES]
    theirs = [check.FAMILY, check.FIRST, check.HAN, check.KINH, check.KINH_GIVEN, check.CHAIRS]
    written_apart(ours, theirs, dev.DevSurnames17, check.CheckSurnames17,
                  ("_txt", "_docx", "_odt", "_eml", "_md"), (4, 4))


@pytest.mark.parametrize("corpus", [dev.DevSurnames17, check.CheckSurnames17], ids=["dev", "check"])
def test_truth_is_written_in_the_text(corpus):
    docs = corpus(5).positives(30)
    assert sum(entity == "PERSON" for doc in docs for entity, _ in doc.truth) > 30
    for doc in docs:
        if doc.name.endswith(".txt"):
            raw = doc.data.decode("cp932") if b"\r\n" in doc.data else doc.data.decode("utf-8")  # a Windows note
            text = re.sub(r"[ \u3000・]", "", raw)
            assert all(value in text for entity, value in doc.truth if entity == "PERSON"), doc.name
    assert all(not doc.truth for doc in corpus(5).negatives(4))
