"""The forms17 corpora of issue 12 (benchmarks/corpus_forms17_dev.py and _check.py):
deterministic for a seed, written apart (no person, employer or label list in common), a
person's phones and cards beside look-alikes, and clean files labelled for nothing."""

import pytest

from benchmarks import corpus_forms17_check as check
from benchmarks import corpus_forms17_dev as dev

CORPORA = [dev.DevForms17, check.CheckForms17]
SCORED = {"PHONE", "CREDIT_CARD"}


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    first = [(d.name, d.truth) for d in corpus(3).positives(10) + corpus(3).negatives(4)]
    again = [(d.name, d.truth) for d in corpus(3).positives(10) + corpus(3).negatives(4)]
    assert [n for n, _ in first] == [n for n, _ in again] and [t for _, t in first] == [t for _, t in again]


def test_the_two_corpora_share_no_word_list():
    dev_words = set(dev.CHILDREN) | {p for pair in dev.GUARDIANS for p in pair} | set(dev.EMPLOYERS) \
        | {g for g, _ in dev.GUESTS} | set(dev.WORK_LABELS)
    check_words = set(check.PUPILS) | {p for pair in check.PARENTS for p in pair} | set(check.USERS) \
        | set(check.FIRMS) | set(check.TRAVELLERS) | set(check.KIN)
    assert dev_words.isdisjoint(check_words)


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_phones_and_cards_beside_look_alikes_and_clean_files(corpus):
    generator = corpus(5)
    kinds = {e for doc in generator.positives(20) for e, _ in doc.truth}
    assert {"PHONE", "CREDIT_CARD", "~PHONE"} <= kinds
    assert all(not {e for e, _ in doc.truth} & SCORED for doc in generator.negatives(4))
