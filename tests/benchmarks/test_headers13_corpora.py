"""The header matrix corpora of issue 12 (benchmarks/corpus_headers13_dev.py and
_check.py): deterministic for a seed, written apart (no header spelling, name, town or
value in common), every file a cell of each column's spelling × format, every
positive labelled for the scored types and every clean file for nothing."""

import pytest

from benchmarks import corpus_headers13_check as check
from benchmarks import corpus_headers13_dev as dev
from benchmarks.headers13_formats import FORMATS


@pytest.mark.parametrize("corpus", [dev.DevHeaders, check.CheckHeaders], ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    first, again, other = (corpus(seed).positives(16) + corpus(seed).negatives(2) for seed in (3, 3, 4))
    assert [(d.name, d.truth) for d in first] == [(d.name, d.truth) for d in again]
    assert [d.truth for d in first] != [d.truth for d in other]


def test_the_two_corpora_share_no_header_spelling_or_word_list():
    ours = {h for _, spellings, _ in dev.SPELLINGS.values() for h in spellings} | {h for v in dev.BESIDE.values() for h in v}
    theirs = {h for _, spellings, _ in check.COLUMNS for h in spellings} | {h for _, v in check.AROUND for h in v}
    assert not ours & theirs
    for mine, other in ((dev.SEI, check.FAMILY), (dev.MEI, check.GIVEN), (dev.DISEASES, check.ILLNESS),
                        (dev.RELIGIONS, check.FAITH), ([t for t, _ in dev.TOWNS], [p for p, _ in check.PLACES])):
        assert not set(mine) & set(other)


@pytest.mark.parametrize("corpus", [dev.DevHeaders, check.CheckHeaders], ids=["dev", "check"])
def test_every_format_is_a_cell_and_positives_are_labelled(corpus):
    generator = corpus(5)
    docs = generator.positives(len(FORMATS))
    assert sorted(fmt for cells in generator.cells.values() for fmt in {c[2] for c in cells}) == sorted(FORMATS)
    for doc in docs:
        assert ("*", "MY_NUMBER") in doc.truth and any(entity == "PERSON" for entity, _ in doc.truth)
        assert any(entity == "~MY_NUMBER" for entity, _ in doc.truth)  # a code shaped like a My Number
    assert all(not doc.truth for doc in generator.negatives(3))
