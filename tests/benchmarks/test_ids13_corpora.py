"""The ids13 corpora of issue 12 (benchmarks/corpus_ids13_dev.py and _check.py):
deterministic for a seed, written apart (no name, label list or kind of document in
common), every scored type and look-alike planted, clean files labelled for nothing;
and the matrix's files (benchmarks/ids13_matrix.py) one per cell with its values."""

import random

import pytest

from benchmarks import corpus_ids13_check as check
from benchmarks import corpus_ids13_dev as dev
from benchmarks.ids13_matrix import write_matrix
from benchmarks.ids13_values import KINDS, Values
from tests.benchmarks.corpus_checks import same_truth_for_a_seed, written_apart

CORPORA = [dev.DevIds13, check.CheckIds13]
KINDS_OF_FILES = ("_txt", "_md", "_xlsx", "_csv", "_tsv", "_docx", "_odt", "_eml", "_json", "_html", "_xml", "_yaml",
                  "_pdf")


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_one_seed_gives_the_same_files(corpus):
    same_truth_for_a_seed(corpus, 18, 2)


def test_the_two_corpora_share_no_word_list_nor_kind_of_document():
    written_apart([dev.STAFF, dev.DRIVERS, dev.CLASSES], [check.GUESTS, check.SCHOLARS, check.BUS_CREW],
                  dev.DevIds13, check.CheckIds13, KINDS_OF_FILES, (8, 9))


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_documents_and_look_alikes_are_planted(corpus):
    generator = corpus(5)
    truth = {(e, v) for doc in generator.positives(18) for e, v in doc.truth}
    assert {"PASSPORT", "~PASSPORT", "RESIDENCE_CARD", "DRIVERS_LICENSE"} <= {e for e, _ in truth}
    assert all(len(v) == 12 and v[2:10].isdigit() for e, v in truth if e.endswith("RESIDENCE_CARD"))
    assert all(not doc.truth for doc in generator.negatives(3))


def test_each_shape_is_written_as_its_canonical_value():
    values = Values(random.Random(3))
    for kind, (_, _, shapes, _) in KINDS.items():
        for shape in shapes:
            written, canonical = values.draw(kind, shape)
            assert canonical.isalnum() and canonical == canonical.upper()
            assert written != canonical or shape in ("jp", "plain", "bare", "l8", "l7", "d9", "l7l")


def test_the_matrix_writes_one_file_per_cell(tmp_path):
    truth = write_matrix(tmp_path, ["card"])
    assert len(truth) == len(list(tmp_path.iterdir())) > 500
    assert {own for _, own, _, _ in truth.values()} == {True, False}
    assert all(len(values) == 3 for name, (_, _, values, _) in truth.items() if "_example_" not in name)
