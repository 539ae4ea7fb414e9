"""The births6 corpora of issue 12 (benchmarks/corpus_births6_dev.py and _check.py):
deterministic for a seed, written apart (no name or kind of document in
common), every positive labelled for DATE_OF_BIRTH with the other dates of the same
document as look-alikes, every clean file labelled for nothing."""

import pytest

from benchmarks import corpus_births6_check as check
from benchmarks import corpus_births6_dev as dev


@pytest.mark.parametrize("corpus", [dev.DevBirths6, check.CheckBirths6], ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    first, again, other = (corpus(seed).positives(16) + corpus(seed).negatives(3) for seed in (3, 3, 4))
    same = [(d.name, d.truth, d.data if d.name.endswith((".txt", ".csv", ".json", ".vcf")) else b"") for d in first]
    assert same == [(d.name, d.truth, d.data if d.name.endswith((".txt", ".csv", ".json", ".vcf")) else b"")
                    for d in again]  # Office files carry the time they were written
    assert [d.truth for d in first] != [d.truth for d in other]


def test_the_two_corpora_share_no_word_list():
    names = {part for name in dev.NAMES + dev.LATIN for part in name.split()}
    theirs = {part for name in check.KANJI + check.ROMAJI for part in name.split()}
    assert names and theirs and not names & theirs
    kinds = {d.name.split("_")[1].rstrip("0123456789.") for d in dev.DevBirths6(1).positives(8)}
    their_kinds = {d.name.split("_")[1].rstrip("0123456789.") for d in check.CheckBirths6(1).positives(7)}
    assert len(kinds) == 8 and len(their_kinds) == 7 and not {k.split(".")[0] for k in kinds} & {
        k.split(".")[0] for k in their_kinds}


@pytest.mark.parametrize("corpus", [dev.DevBirths6, check.CheckBirths6], ids=["dev", "check"])
def test_positives_are_labelled_and_clean_files_are_not(corpus):
    generator = corpus(5)
    for doc in generator.positives(16):
        assert ("*", "DATE_OF_BIRTH") in doc.truth
        births = {value for entity, value in doc.truth if entity == "DATE_OF_BIRTH"}
        assert births and not births & {value for entity, value in doc.truth if entity == "~DATE_OF_BIRTH"}
    assert all(not doc.truth for doc in generator.negatives(3))
