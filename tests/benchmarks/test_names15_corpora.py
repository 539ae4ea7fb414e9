"""The names15 corpora of issue 12 (benchmarks/corpus_names15_dev.py and _check.py):
deterministic for a seed, written apart (no name, word or template list in common, no
kind of document in common), every person and thing of the truth written in its text,
clean files labelled for nothing."""

import email
import re
import unicodedata
from email import policy

import pytest

from benchmarks import corpus_names15_check as check
from benchmarks import corpus_names15_dev as dev
from tests.benchmarks.corpus_checks import same_truth_for_a_seed, written_apart

TEXT_FILES = (".txt", ".csv", ".json", ".xml", ".tsv", ".eml")


@pytest.mark.parametrize("corpus", [dev.DevNames15, check.CheckNames15], ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    same_truth_for_a_seed(corpus, 20, 4)


def test_the_two_corpora_share_no_list_and_no_kind_of_document():
    ours = [dev.FIRMS, dev.SHOPS, dev.DORMS, dev.CLUBS, dev.MIYAKO, dev.PEOPLE]
    theirs = [check.TRADERS, check.INNS, check.TEAMS, check.GROUPS, check.CAPITAL, check.STAFF]
    parts = [{p for items in lists for item in items for p in re.split(r"[ ・]", item)} for lists in (ours, theirs)]
    assert not parts[0] & parts[1]
    surnames = [{item.split()[0] if " " in item else item[:2] for items in lists for item in items} for lists in (ours, theirs)]
    assert not surnames[0] & surnames[1]  # no family's name in common, in a person's or a firm's
    written_apart(ours, theirs, dev.DevNames15, check.CheckNames15,
                  ("_txt", "_json", "_csv", "_xlsx", "_xml", "_docx", "_eml", "_tsv"), (5, 5))


def _text(doc) -> str:
    if doc.name.endswith(".eml"):  # a mail's body may be encoded
        return email.message_from_bytes(doc.data, policy=policy.default).get_body().get_content()
    return doc.data.decode("utf-8")


@pytest.mark.parametrize("corpus", [dev.DevNames15, check.CheckNames15], ids=["dev", "check"])
def test_truth_is_written_in_the_text(corpus):
    docs = corpus(5).positives(30)
    assert sum(entity == "PERSON" for doc in docs for entity, _ in doc.truth) > 20
    assert sum(entity == "~PERSON" for doc in docs for entity, _ in doc.truth) > 15
    for doc in docs:
        assert ("*", "PERSON") in doc.truth
        if doc.name.endswith(TEXT_FILES):
            text = re.sub(r"[ \u3000・\t,]", "", unicodedata.normalize("NFKC", _text(doc)))
            assert all(unicodedata.normalize("NFKC", value) in text
                       for entity, value in doc.truth if entity in ("PERSON", "~PERSON"))
    assert all(not doc.truth for doc in corpus(5).negatives(4))
