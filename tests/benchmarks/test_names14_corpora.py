"""The names14 corpora of issue 12 (benchmarks/corpus_names14_dev.py and _check.py):
deterministic for a seed, written apart (no name, word or template list in common, no
kind of document in common), every person, animal and storm of the truth written in its
text, clean files labelled for nothing."""

import email
import re
import unicodedata
from email import policy

import pytest

from benchmarks import corpus_names14_check as check
from benchmarks import corpus_names14_dev as dev
from tests.benchmarks.corpus_checks import same_truth_for_a_seed, written_apart

TEXT_FILES = (".txt", ".csv", ".json", ".xml", ".tsv", ".eml")


@pytest.mark.parametrize("corpus", [dev.DevNames14, check.CheckNames14], ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    same_truth_for_a_seed(corpus, 20, 4)


def test_the_two_corpora_share_no_list_and_no_kind_of_document():
    ours = [dev.PETS, dev.COATS, dev.BREEDS, dev.STORMS, dev.PEOPLE, [n for pair in dev.ABROAD for n in pair]]
    theirs = [check.CALLED, check.KINDS, check.CATS, check.HURRICANES, check.STAFF, [n for pair in check.FOREIGN for n in pair]]
    parts = [{p for items in lists for item in items for p in re.split(r"[ ・]", item)} for lists in (ours, theirs)]
    assert not parts[0] & parts[1]
    written_apart(ours, theirs, dev.DevNames14, check.CheckNames14,
                  ("_txt", "_json", "_csv", "_xlsx", "_xml", "_docx", "_eml", "_tsv"), (5, 5))


def _text(doc) -> str:
    if doc.name.endswith(".eml"):  # a mail's body may be encoded
        return email.message_from_bytes(doc.data, policy=policy.default).get_body().get_content()
    return doc.data.decode("utf-8")


@pytest.mark.parametrize("corpus", [dev.DevNames14, check.CheckNames14], ids=["dev", "check"])
def test_truth_is_written_in_the_text(corpus):
    docs = corpus(5).positives(30)
    assert sum(entity == "PERSON" for doc in docs for entity, _ in doc.truth) > 20
    assert sum(entity == "~PERSON" for doc in docs for entity, _ in doc.truth) > 30
    for doc in docs:
        assert ("*", "PERSON") in doc.truth
        if doc.name.endswith(TEXT_FILES):
            text = re.sub(r"[ \u3000・\t,]", "", unicodedata.normalize("NFKC", _text(doc)))
            assert all(unicodedata.normalize("NFKC", value) in text
                       for entity, value in doc.truth if entity in ("PERSON", "~PERSON"))
    assert all(not doc.truth for doc in corpus(5).negatives(4))
