"""The contacts16 corpora of issue 12 (benchmarks/corpus_contacts16_dev.py and _check.py):
deterministic for a seed, written apart (no town, person, item or office in common), a
person's values beside an office's look-alikes, and clean files labelled for nothing."""

import pytest

from benchmarks import corpus_contacts16_check as check
from benchmarks import corpus_contacts16_dev as dev

CORPORA = [dev.DevContacts16, check.CheckContacts16]
SCORED = {"ADDRESS", "PHONE", "EMAIL", "DATE_OF_BIRTH"}


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    first, again = corpus(3).positives(12) + corpus(3).negatives(4), corpus(3).positives(12) + corpus(3).negatives(4)
    assert [(d.name, d.truth) for d in first] == [(d.name, d.truth) for d in again]  # (an archive holds its time)


def test_the_two_corpora_share_no_word_list():
    dev_words = {w for town in dev.TOWNS for w in town} | set(dev.PEOPLE) | set(dev.ITEMS) \
        | {f for f, _ in dev.FACILITIES} | set(dev.DOMICILE_TOWNS) | set(dev.BUILDINGS)
    check_words = {w for area in check.AREAS for w in area[1:3]} | {" ".join(c) for c in check.CLIENTS} \
        | set(check.TASKS) | {o for o, _ in check.OFFICES} | set(check.DOMICILES) | set(check.HOUSES)
    assert dev_words.isdisjoint(check_words)
    assert {d.name.rpartition(".")[2] for d in dev.DevContacts16(1).positives(6)} \
        != {d.name.rpartition(".")[2] for d in check.CheckContacts16(1).positives(6)}


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_a_persons_values_beside_an_offices_and_clean_files(corpus):
    generator = corpus(5)
    kinds = {e for doc in generator.positives(12) for e, _ in doc.truth}
    assert {"ADDRESS", "PHONE", "DATE_OF_BIRTH", "~ADDRESS", "~PHONE", "~EMAIL"} <= kinds
    assert all(not {e for e, _ in doc.truth} & SCORED for doc in generator.negatives(4))
