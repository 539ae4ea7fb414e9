"""The births13 corpora of issue 12 (benchmarks/corpus_births13_dev.py and _check.py), held
to what the births12 corpora are (tests/benchmarks/test_births12_corpora.py): deterministic
for a seed, every positive labelled for DATE_OF_BIRTH with the deaths and other dates of the
same document as look-alikes, every clean file labelled for nothing; written apart (no name
or kind of document in common)."""

import pytest

from benchmarks import corpus_births13_check as check
from benchmarks import corpus_births13_dev as dev
from tests.benchmarks import test_births12_corpora as births12

CORPORA = pytest.mark.parametrize("corpus", [dev.DevBirths13, check.CheckBirths13], ids=["dev", "check"])


@CORPORA
def test_one_seed_gives_the_same_documents(corpus):
    births12.test_one_seed_gives_the_same_documents(corpus)


@CORPORA
def test_positives_are_labelled_and_clean_files_are_not(corpus):
    births12.test_positives_are_labelled_and_clean_files_are_not(corpus)


def kinds(docs) -> set[str]:
    return {d.name.split("_")[1].rstrip("0123456789.").split(".")[0] for d in docs}


def test_the_two_corpora_share_no_word_list_or_kind():
    names = {part for name in dev.NAMES for part in name.split()}
    theirs = {part for person in check.PEOPLE for part in person}
    assert names and theirs and not names & theirs
    ours, their = kinds(dev.DevBirths13(1).positives(13)), kinds(check.CheckBirths13(1).positives(11))
    assert len(ours) == 13 and len(their) == 11 and not ours & their
