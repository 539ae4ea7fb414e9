"""The names11 corpora of issue 12 (benchmarks/corpus_names11_dev.py and _check.py):
deterministic for a seed, written apart (no name, word or template list in common, no
kind of document in common), every person and look-alike of the truth written in its
text, clean files labelled for nothing."""

import re
import unicodedata

import pytest

from benchmarks import corpus_names11_check as check
from benchmarks import corpus_names11_dev as dev
from tests.benchmarks.corpus_checks import same_truth_for_a_seed, written_apart

TEXT_FILES = (".txt", ".csv", ".json", ".xml", ".tsv", ".eml")


@pytest.mark.parametrize("corpus", [dev.DevNames11, check.CheckNames11], ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    same_truth_for_a_seed(corpus, 24, 4)


def _parts(lists) -> set:
    """Every word of the lists (a pair's members too), and each part of a spaced name."""
    words = [part for items in lists for item in items for part in (item if isinstance(item, tuple) else (item,))]
    return {part for word in words for part in re.split(r"[ ・]", word) if part}


def test_the_two_corpora_share_no_list_and_no_kind_of_document():
    ours = [dev.HIRAGANA, dev.ROMAJI, dev.VIET, dev.HAN, dev.KANJI, dev.LABELS, dev.DOGS, dev.BREEDS, dev.DAYS,
            dev.RARE, dev.GIVEN, dev.WORD_SURNAMES]
    theirs = [check.KANA_PEOPLE, check.LATIN_PEOPLE, check.SOUTHEAST, check.CJK_ABROAD, check.NATIVE, check.FIELDS,
              check.CATS, check.CAT_KINDS, check.COATS, check.SHIFTS, check.UNCOMMON, check.FORENAMES, check.ABROAD_WORDS]
    assert not _parts(ours) & _parts(theirs)
    written_apart(ours, theirs, dev.DevNames11, check.CheckNames11,
                  ("_txt", "_pdf", "_json", "_csv", "_xlsx", "_xml", "_docx", "_eml", "_tsv"), (5, 5))


@pytest.mark.parametrize("corpus", [dev.DevNames11, check.CheckNames11], ids=["dev", "check"])
def test_truth_is_written_in_the_text(corpus):
    docs = corpus(5).positives(36)
    assert sum(entity == "PERSON" for doc in docs for entity, _ in doc.truth) > 40
    assert sum(entity == "~PERSON" for doc in docs for entity, _ in doc.truth) > 8
    for doc in docs:
        assert ("*", "PERSON") in doc.truth
        if doc.name.endswith(TEXT_FILES):
            text = re.sub(r"[ \u3000・\t,]", "", unicodedata.normalize("NFKC", doc.data.decode("utf-8")))
            assert all(unicodedata.normalize("NFKC", value) in text
                       for entity, value in doc.truth if entity in ("PERSON", "~PERSON"))
    assert all(not doc.truth for doc in corpus(5).negatives(4))
