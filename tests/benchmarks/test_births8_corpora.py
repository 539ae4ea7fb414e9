"""The births8 corpora of issue 12 (benchmarks/corpus_births8_dev.py and _check.py):
deterministic for a seed, written apart (no name, bank or kind of document in common),
every positive labelled for DATE_OF_BIRTH and BANK_ACCOUNT with the other dates and
numbers of the same document as look-alikes, every clean file labelled for nothing."""

import pytest

from benchmarks import corpus_births8_check as check
from benchmarks import corpus_births8_dev as dev

TEXTS = (".txt", ".csv", ".tsv", ".dat")


@pytest.mark.parametrize("corpus", [dev.DevBirths8, check.CheckBirths8], ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    first, again, other = (corpus(seed).positives(16) + corpus(seed).negatives(3) for seed in (3, 3, 4))
    same = [(d.name, d.truth, d.data if d.name.endswith(TEXTS) else b"") for d in first]
    assert same == [(d.name, d.truth, d.data if d.name.endswith(TEXTS) else b"") for d in again]
    assert [d.truth for d in first] != [d.truth for d in other]


def test_the_two_corpora_share_no_word_list_or_kind():
    names = {part for name in dev.NAMES for part in name.split()}
    theirs = {part for family, given, _ in check.PEOPLE for part in (family, given)}
    assert names and theirs and not names & theirs
    assert not {bank[1] for bank in dev.BANKS} & {f"{lender[1]}銀行" for lender in check.LENDERS}
    kinds = {d.name.split("_")[1].rstrip("0123456789.").split(".")[0] for d in dev.DevBirths8(1).positives(8)}
    their_kinds = {d.name.split("_")[1].rstrip("0123456789.").split(".")[0] for d in check.CheckBirths8(1).positives(9)}
    assert len(kinds) == 8 and len(their_kinds) == 9 and not kinds & their_kinds


@pytest.mark.parametrize("corpus", [dev.DevBirths8, check.CheckBirths8], ids=["dev", "check"])
def test_positives_are_labelled_and_clean_files_are_not(corpus):
    generator = corpus(5)
    for doc in generator.positives(16):
        assert {("*", "DATE_OF_BIRTH"), ("*", "BANK_ACCOUNT")} <= doc.truth
        found = {value for entity, value in doc.truth if entity in ("DATE_OF_BIRTH", "BANK_ACCOUNT")}
        look_alikes = {value for entity, value in doc.truth if entity.startswith("~")}
        assert found and not found & look_alikes
    assert all(not doc.truth for doc in generator.negatives(3))


def test_fixed_width_records_are_120_bytes():
    for doc in dev.DevBirths8(2).positives(7)[6:] + check.CheckBirths8(2).positives(8)[6:7]:
        data = doc.data.replace(b"\r\n", b"")
        assert len(data) % 120 == 0 and data[:1] == b"1" and data[-120:-119] == b"9"
