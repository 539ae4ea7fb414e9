"""The owncontacts17 corpora of issue 12 (benchmarks/corpus_owncontacts17_dev.py and _check.py):
deterministic for a seed, written apart (no town, person, body or word in common), a person's
values beside the body's own look-alikes, and clean files labelled for nothing."""

import pytest

from benchmarks import corpus_owncontacts17_check as check
from benchmarks import corpus_owncontacts17_dev as dev

CORPORA = [dev.DevOwnContacts17, check.CheckOwnContacts17]
SCORED = set(dev.SCORED)


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_one_seed_gives_the_same_truth(corpus):
    first, again = corpus(3).positives(10) + corpus(3).negatives(4), corpus(3).positives(10) + corpus(3).negatives(4)
    assert [(d.name, d.truth) for d in first] == [(d.name, d.truth) for d in again]


def test_the_two_corpora_share_no_word_list():
    dev_words = {w for town in dev.TOWNS for w in town[1:]} | {p for p, _ in dev.PEOPLE} \
        | {b for b, _, _ in dev.BODIES} | {s for s, _ in dev.SERVICES} | set(dev.DESKS) | {i for i, _ in dev.INNS}
    check_words = {w for area in check.AREAS for w in area[1:]} | {f"{a} {b}" for a, b in check.MEMBERS} \
        | {s for s, _ in check.SCHOOLS + check.GROUPS + check.CLINICS} | set(check.POSTS) | {t for t, _ in check.TOURS}
    assert dev_words.isdisjoint(check_words)


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_a_persons_values_beside_the_bodys_and_clean_files(corpus):
    generator = corpus(5)
    kinds = {e for doc in generator.positives(10) for e, _ in doc.truth}
    assert {"ADDRESS", "PHONE", "~ADDRESS", "~PHONE", "~EMAIL", "~BANK_ACCOUNT"} <= kinds
    assert all(not {e for e, _ in doc.truth} & SCORED for doc in generator.negatives(4))
