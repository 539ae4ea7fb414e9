"""The domicile15 corpora of issue 12 (benchmarks/corpus_domicile15_dev.py and _check.py): for a seed
the same documents, written apart (no name, label, key, value or sentence in common), every positive
labelled for SENSITIVE/本籍 with values written in its text, every look-alike for nothing; and the
matrix's cells (benchmarks/domicile15_matrix.py) written for every label and paper."""

from pathlib import Path

import pytest

from benchmarks import corpus_domicile15_check, corpus_domicile15_dev
from benchmarks.corpus import Corpus
from benchmarks.domicile15_matrix import OTHER_LABELS, OWN_LABELS, write_matrix
from tests.benchmarks.corpus_checks import no_string_in_common, same_phrases_for_a_seed

GENERATORS = [corpus_domicile15_dev.DevDocuments, corpus_domicile15_check.CheckDocuments]


@pytest.mark.parametrize("corpus", GENERATORS, ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    same_phrases_for_a_seed(corpus)


def test_the_two_corpora_share_no_name_label_key_value_or_sentence():
    no_string_in_common(corpus_domicile15_dev, corpus_domicile15_check, 60)


@pytest.mark.parametrize("corpus", GENERATORS, ids=["dev", "check"])
def test_positives_are_labelled_domiciles_and_look_alikes_are_not(corpus):
    generator = corpus(Corpus(5))
    positives = generator.positives(24)
    assert all(("*", "SENSITIVE") in doc.truth for doc in positives)
    assert all(any(value.startswith("本籍:") for entity, value in doc.truth if entity == "SENSITIVE") for doc in positives)
    assert all(doc.truth == {("*", "SENSITIVE")} for doc in generator.negatives(12))


@pytest.mark.parametrize("corpus", GENERATORS, ids=["dev", "check"])
def test_each_value_of_truth_is_written_in_a_text_file(corpus):
    for doc in corpus(Corpus(7)).positives(40):
        if doc.name.endswith((".json", ".xml", ".yaml", ".md", ".tsv")):
            text = doc.data.decode("utf-8")
            values = [value.split(":", 1)[1] for entity, value in doc.truth if entity == "SENSITIVE"]
            assert values and all(value in text for value in values), (doc.name, values)


@pytest.mark.slow
def test_the_matrix_writes_a_file_per_cell(tmp_path: Path):
    truth = write_matrix(tmp_path)
    labels = {label for _, _, label in truth.values()}
    assert set(OWN_LABELS) | set(OTHER_LABELS) | {"戸籍"} == labels
    assert all((tmp_path / name).stat().st_size > 0 for name in truth)
    assert {name.rsplit(".", 1)[1] for name in truth} >= {"csv", "xlsx", "docx", "pdf", "json", "xml", "yaml", "eml", "txt"}
