"""The names5 corpora of issue 12 (benchmarks/corpus_names5_dev.py and _check.py):
deterministic for a seed, written apart (no name, word or template list in common),
every person and look-alike of the truth written in its text, clean files labelled
for nothing."""

import re
import unicodedata

import pytest

from benchmarks import corpus_names5_check as check
from benchmarks import corpus_names5_dev as dev
from tests.benchmarks.corpus_checks import same_documents_for_a_seed, words_of


@pytest.mark.parametrize("corpus", [dev.DevNames5, check.CheckNames5], ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    same_documents_for_a_seed(corpus)


def test_the_two_corpora_share_no_list():
    ours = [dev.FAMILY, dev.GIVEN, dev.HIRAGANA_GIVEN, dev.FOREIGN, dev.CJK, dev.PRODUCTS, dev.SHOPS, dev.MASCOTS,
            dev.COMPANIES, dev.FACILITIES, dev.CARE, dev.ITEMS]
    theirs = words_of([check.SEI, check.MEI, check.KANA_MEI, check.ABROAD, check.HAN, check.GOODS, check.SALONS,
                       check.CHARACTERS, check.FIRMS, check.PLACES, check.DUTIES, check.COURSES])
    for words in ours:
        assert words and not words_of([words]) & theirs
    parts = {part for (first, last), _ in dev.FOREIGN for part in (first, last)}
    assert not parts & {part for kana, _, _ in check.ABROAD for part in re.split("[・ ]", kana)}


@pytest.mark.parametrize("corpus", [dev.DevNames5, check.CheckNames5], ids=["dev", "check"])
def test_truth_is_written_in_the_text(corpus):
    docs = corpus(5).positives(30)
    assert sum(entity == "PERSON" for doc in docs for entity, _ in doc.truth) > 60
    assert sum(entity == "~PERSON" for doc in docs for entity, _ in doc.truth) > 5
    for doc in docs:
        text = re.sub(r"[ \u3000・\t,]", "", doc.data.decode("utf-8"))  # split cells are read joined
        assert all(unicodedata.normalize("NFKC", value) in unicodedata.normalize("NFKC", text)
                   for entity, value in doc.truth if entity in ("PERSON", "~PERSON"))
    assert all(not doc.truth for doc in corpus(5).negatives(5))
