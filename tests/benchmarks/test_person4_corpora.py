"""The person4 corpora of issue 12 (benchmarks/corpus_person4_dev.py and _check.py):
deterministic for a seed, written apart (no name, word or template list in common),
every person of the truth written in its text, clean files labelled for nothing."""

import re
import unicodedata

import pytest

from benchmarks import corpus_person4_check as check
from benchmarks import corpus_person4_dev as dev
from tests.benchmarks.corpus_checks import same_documents_for_a_seed, words_of


@pytest.mark.parametrize("corpus", [dev.DevPerson4, check.CheckPerson4], ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    same_documents_for_a_seed(corpus)


def test_the_two_corpora_share_no_list():
    ours = [dev.SURNAMES, dev.READINGS, dev.GIVEN, dev.GIVEN_READINGS, dev.TEMPLES, dev.SECTS, dev.DEPENDANTS,
            dev.TOPICS]
    theirs = words_of([check.FAMILIES, check.FIRST, check.SHRINES, check.RELATIONS, check.EVENTS])
    for words in ours:
        assert words and not words_of([words]) & theirs


@pytest.mark.parametrize("corpus", [dev.DevPerson4, check.CheckPerson4], ids=["dev", "check"])
def test_truth_is_written_in_the_text(corpus):
    docs = corpus(5).positives(24)
    assert sum(entity == "PERSON" for doc in docs for entity, _ in doc.truth) > 30
    for doc in docs:
        text = re.sub(r"[ \u3000]", "", doc.data.decode("utf-8"))
        assert all(unicodedata.normalize("NFKC", value) in unicodedata.normalize("NFKC", text)
                   for entity, value in doc.truth if entity in ("PERSON", "~PERSON"))
    assert all(not doc.truth for doc in corpus(5).negatives(5))
