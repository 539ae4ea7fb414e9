"""The names12 corpora of issue 12 (benchmarks/corpus_names12_dev.py and _check.py):
deterministic for a seed, written apart (no name, word or template list in common, no
kind of document in common), every person and look-alike of the truth written in its
text, clean files labelled for nothing."""

import email
import re
import unicodedata
from email import policy

import pytest

from benchmarks import corpus_names12_check as check
from benchmarks import corpus_names12_dev as dev
from tests.benchmarks.corpus_checks import same_truth_for_a_seed, written_apart

TEXT_FILES = (".txt", ".csv", ".json", ".xml", ".tsv", ".eml")


@pytest.mark.parametrize("corpus", [dev.DevNames12, check.CheckNames12], ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    same_truth_for_a_seed(corpus, 24, 4)


def test_the_two_corpora_share_no_list_and_no_kind_of_document():
    ours = [dev.PATTERNS, dev.SAKES, dev.BERRIES, dev.ROOMS, dev.DOLLS, dev.PEOPLE, dev.MATERIALS, dev.BREWERS, dev.READINGS,
            dev.CAPITALS]
    theirs = [check.ROSES, check.SWEETS, check.TRAINS, check.GADGETS, check.CULTIVARS, check.BOATS, check.STAFF, check.PAYEES,
              check.HALF_KANA, [b for pair in check.LENDERS for b in pair],
              check.COUNTRIES]
    parts = [{p for items in lists for item in items for p in re.split(r"[ ・]", item)} for lists in (ours, theirs)]
    assert not parts[0] & parts[1]
    written_apart(ours, theirs, dev.DevNames12, check.CheckNames12,
                  ("_txt", "_json", "_csv", "_xlsx", "_xml", "_docx", "_eml", "_tsv"), (5, 5))


def _text(doc) -> str:
    if doc.name.endswith(".eml"):  # a mail's body may be encoded
        return email.message_from_bytes(doc.data, policy=policy.default).get_body().get_content()
    try:
        return doc.data.decode("utf-8")
    except UnicodeDecodeError:
        return doc.data.decode("cp932")  # a host's export


@pytest.mark.parametrize("corpus", [dev.DevNames12, check.CheckNames12], ids=["dev", "check"])
def test_truth_is_written_in_the_text(corpus):
    docs = corpus(5).positives(30)
    assert sum(entity == "PERSON" for doc in docs for entity, _ in doc.truth) > 15
    assert sum(entity == "~PERSON" for doc in docs for entity, _ in doc.truth) > 30
    for doc in docs:
        assert ("*", "PERSON") in doc.truth
        if doc.name.endswith(TEXT_FILES):
            text = re.sub(r"[ \u3000・\t,]", "", unicodedata.normalize("NFKC", _text(doc)))
            assert all(unicodedata.normalize("NFKC", value) in text
                       for entity, value in doc.truth if entity in ("PERSON", "~PERSON"))
    assert all(not doc.truth for doc in corpus(5).negatives(4))
