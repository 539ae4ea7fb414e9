"""The names3 corpora of issue 12 (benchmarks/corpus_names3_dev.py and _check.py):
deterministic for a seed, written apart (no name, thing, role or topic list in
common), every person in truth written in its text, clean files labelled for nothing."""

import unicodedata

import pytest

from benchmarks import corpus_names3_check as check
from benchmarks import corpus_names3_dev as dev
from tests.benchmarks.corpus_checks import same_documents_for_a_seed, words_of


@pytest.mark.parametrize("corpus", [dev.DevNames, check.CheckNames], ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    same_documents_for_a_seed(corpus)


def test_the_two_corpora_share_no_list():
    ours = [dev.SURNAMES, dev.GIVEN, dev.KANA, dev.GIVEN_KANA, dev.FOREIGN, dev.CJK, dev.SHOPS, dev.PRODUCTS,
            dev.ROLES, dev.TOPICS]
    theirs = words_of([check.FAMILIES, check.FIRSTS, check.READINGS, check.LATIN, check.ROMAN, check.ABROAD,
                     check.HANZI, check.STORES, check.GOODS, check.POSTS, check.MATTERS])
    for words in ours:
        assert words and not words_of([words]) & theirs


@pytest.mark.parametrize("corpus", [dev.DevNames, check.CheckNames], ids=["dev", "check"])
def test_truth_is_written_in_the_text(corpus):
    generator = corpus(5)
    docs = generator.positives(30)
    assert sum(entity == "PERSON" for doc in docs for entity, _ in doc.truth) > 40
    for doc in docs:
        text = "".join(unicodedata.normalize("NFKC", doc.data.decode("utf-8")).replace("・", "").split())
        assert ("*", "PERSON") in doc.truth
        assert all(value.replace("・", "") in text for entity, value in doc.truth if entity in ("PERSON", "~PERSON"))
    assert all(not doc.truth for doc in generator.negatives(6))
