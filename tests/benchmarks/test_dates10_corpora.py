"""The corpora of issue 12's dates10 work: changes10 (births beside the dates of a change
in a person's record) and people10 (people beside things called like people), each a dev
and a check corpus: deterministic for a seed, written apart (no name, label, word list or
kind of document in common), every document labelled for its scored type, the dates of
a change as look-alikes of births, every clean file labelled for nothing."""

import pytest

from benchmarks import corpus_changes10_check as changes_check
from benchmarks import corpus_changes10_dev as changes_dev
from benchmarks import corpus_people10_check as people_check
from benchmarks import corpus_people10_dev as people_dev

TEXTS = (".txt", ".csv", ".yaml", ".html")
CORPORA = [changes_dev.DevChanges10, changes_check.CheckChanges10, people_dev.DevPeople10, people_check.CheckPeople10]


@pytest.mark.parametrize("corpus", CORPORA, ids=["changes-dev", "changes-check", "people-dev", "people-check"])
def test_one_seed_gives_the_same_documents(corpus):
    first, again, other = (corpus(seed).positives(14) + corpus(seed).negatives(2) for seed in (3, 3, 4))
    same = [(d.name, d.truth, d.data if d.name.endswith(TEXTS) else b"") for d in first]
    assert same == [(d.name, d.truth, d.data if d.name.endswith(TEXTS) else b"") for d in again]
    assert [d.truth for d in first] != [d.truth for d in other]


def _kinds(docs) -> set[str]:
    return {d.name.split("_")[1].rstrip("0123456789.").split(".")[0] for d in docs}


@pytest.mark.parametrize("dev,check,corpora", [(changes_dev, changes_check, CORPORA[:2]),
                                               (people_dev, people_check, CORPORA[2:])], ids=["changes", "people"])
def test_dev_and_check_share_no_name_or_kind(dev, check, corpora):
    names = {part for name in dev.NAMES for part in name.split()}
    theirs = {part for person in check.PEOPLE for part in person}
    assert names and theirs and not names & theirs
    count = 7 if dev is changes_dev else 8
    kinds, their_kinds = (_kinds(corpus(1).positives(count)) for corpus in corpora)
    assert len(kinds) == count and len(their_kinds) == count and not kinds & their_kinds


def test_the_people_corpora_share_no_word_list():
    words = set(people_dev.TITLES + people_dev.NEWSLETTERS + people_dev.BUILDINGS + people_dev.ROLES + people_dev.PETS
                + people_dev.TOURS)
    theirs = set(people_check.HEADINGS + people_check.BULLETINS + people_check.APARTMENTS + people_check.POSTS
                 + people_check.ANIMALS + people_check.VENUES)
    assert words and theirs and not words & theirs


@pytest.mark.parametrize("corpus", CORPORA[:2], ids=["dev", "check"])
def test_changes_are_look_alikes_of_births_and_clean_files_hold_nothing(corpus):
    generator = corpus(5)
    for doc in generator.positives(14):
        assert ("*", "DATE_OF_BIRTH") in doc.truth
        births = {value for entity, value in doc.truth if entity == "DATE_OF_BIRTH"}
        changes = {value for entity, value in doc.truth if entity == "~DATE_OF_BIRTH"}
        assert changes and not births & changes
    assert all(not doc.truth for doc in generator.negatives(2))


@pytest.mark.parametrize("corpus", CORPORA[2:], ids=["dev", "check"])
def test_people_are_labelled_and_clean_files_hold_nothing(corpus):
    generator = corpus(5)
    for doc in generator.positives(14):
        assert ("*", "PERSON") in doc.truth and any(entity == "PERSON" for entity, _ in doc.truth)
    assert all(not doc.truth for doc in generator.negatives(2))
