"""The numbers14 corpora of issue 12 (benchmarks/corpus_numbers14_dev.py and _check.py):
deterministic for a seed, written apart (no word list or kind of document in common),
every planted number of its type's shape (10 digits a pension number, 11 an insured
one, 2 letters 8 digits 2 letters a residence card), look-alikes planted (an employer's
事業所番号, free dials, example numbers) and clean files labelled for nothing."""

import re

import pytest

from benchmarks import corpus_numbers14_check as check
from benchmarks import corpus_numbers14_dev as dev
from tests.benchmarks.corpus_checks import same_truth_for_a_seed, written_apart

CORPORA = [dev.DevNumbers14, check.CheckNumbers14]
KINDS = ("_txt", "_md", "_xlsx", "_csv", "_tsv", "_docx", "_ods", "_odt", "_rtf", "_eml", "_json", "_html", "_xml",
         "_pdf", "_yaml", "_pptx")
SHAPES = {"BASIC_PENSION_NUMBER": r"[0-9]{10}", "EMPLOYMENT_INSURANCE_NUMBER": r"[0-9]{11}",
          "RESIDENCE_CARD": r"[A-Z]{2}[0-9]{8}[A-Z]{2}", "PASSPORT": r"[A-Z]{1,2}[0-9]{7,8}[A-Z]?"}


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_one_seed_gives_the_same_files(corpus):
    same_truth_for_a_seed(corpus, 14, 2)


def test_the_two_corpora_share_no_word_list_nor_kind_of_document():
    written_apart([dev.STAFF, dev.KANA, dev.FOREIGN, dev.STATUSES, dev.PENSION_HEADS, dev.INSURED_HEADS],
                  [check.WORKERS, check.SITES, check.STUDENTS, check.VISAS],
                  dev.DevNumbers14, check.CheckNumbers14, KINDS, (12, 10))


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_every_number_has_its_types_shape_and_look_alikes_are_planted(corpus):
    generator = corpus(5)
    truth = {(e, v) for doc in generator.positives(40) for e, v in doc.truth if e != "*"}
    assert set(SHAPES) == {e for e, _ in truth if not e.startswith("~")}
    assert all(re.fullmatch(SHAPES[e], v) for e, v in truth if not e.startswith("~"))
    assert any(e.startswith("~") for e, _ in truth)
    assert all(not doc.truth for doc in generator.negatives(4))
