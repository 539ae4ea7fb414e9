"""The practicum16 corpora of issue 12 (benchmarks/corpus_practicum16_dev.py and _check.py): for a
seed the same documents and truth, written apart (no string of their lists in common), every
value of truth a cell the PDF draws, the look-alikes labelled for no result."""

import pytest

from benchmarks import corpus_practicum16_check, corpus_practicum16_dev
from tests.benchmarks.corpus_checks import no_string_in_common

MODULES = [corpus_practicum16_dev, corpus_practicum16_check]


@pytest.mark.parametrize("module", MODULES, ids=["dev", "check"])
def test_one_seed_gives_the_same_truth_and_another_seed_another(module):
    first, again, other = (module.documents(seed) for seed in (3, 3, 4))
    assert {n: t for n, (_, t) in first.items()} == {n: t for n, (_, t) in again.items()}
    assert {n: t for n, (_, t) in first.items()} != {n: t for n, (_, t) in other.items()}


def test_the_two_corpora_share_no_string_of_their_lists():
    no_string_in_common(corpus_practicum16_dev, corpus_practicum16_check, 20)


@pytest.mark.parametrize("module", MODULES, ids=["dev", "check"])
def test_truth_values_are_cells_and_look_alikes_have_no_result(module):
    for name, (write, truth) in module.documents(5).items():
        cells = {cell for row in write.keywords["rows"] for cell in row} | set(write.keywords.get("notes", ()))
        text = " ".join(cells)
        assert all(value in text for _, value in truth), name
        if name.startswith("neg_"):
            assert "SENSITIVE" not in {kind for kind, _ in truth}, name  # an all-clear roster keeps its phones
