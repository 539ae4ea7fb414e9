"""The births14 corpora of issue 12 (benchmarks/corpus_births14_dev.py and _check.py), held
to what the births12 corpora are (tests/benchmarks/test_births12_corpora.py): deterministic
for a seed, every positive labelled for DATE_OF_BIRTH with the other days of the same
document as look-alikes, every clean file labelled for nothing; written apart (no name, word
list or kind of document in common)."""

import pytest

from benchmarks import corpus_births14_check as check
from benchmarks import corpus_births14_dev as dev
from tests.benchmarks import test_births12_corpora as births12
from tests.benchmarks.test_births13_corpora import kinds

CORPORA = pytest.mark.parametrize("corpus", [dev.DevBirths14, check.CheckBirths14], ids=["dev", "check"])


@CORPORA
def test_one_seed_gives_the_same_documents(corpus):
    births12.test_one_seed_gives_the_same_documents(corpus)


@CORPORA
def test_positives_are_labelled_and_clean_files_are_not(corpus):
    births12.test_positives_are_labelled_and_clean_files_are_not(corpus)


def test_the_two_corpora_share_no_word_list_or_kind():
    names = {part for name, kana, _ in dev.NAMES for part in (name + " " + kana).split()}
    theirs = {part for family, given, _ in check.PEOPLE for part in (family, given)}
    assert names and theirs and not names & theirs
    assert not {breed for _, breed in dev.PETS} & set(check.BREEDS)
    ours, their = kinds(dev.DevBirths14(1).positives(8)), kinds(check.CheckBirths14(1).positives(8))
    assert len(ours) == 8 and len(their) == 8 and not ours & their
