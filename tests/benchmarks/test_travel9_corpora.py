"""The travel9 corpora of issue 12 (benchmarks/corpus_travel9_dev.py and _check.py):
deterministic for a seed, written apart (no name, label list or kind of document in
common), MRZ lines whose check digits match, look-alikes planted (品番, 管理番号, 学籍番号,
予約番号 in the documents' shapes) and clean files labelled for nothing."""

import pytest

from benchmarks import corpus_travel9_check as check
from benchmarks import corpus_travel9_dev as dev
from benchmarks.travel9_values import TravelNumbers
from detectors.jp.travel_documents import mrz_numbers
from tests.benchmarks.corpus_checks import same_truth_for_a_seed, written_apart

CORPORA = [dev.DevTravel9, check.CheckTravel9]
KINDS = ("_txt", "_md", "_xlsx", "_csv", "_tsv", "_docx", "_ods", "_odt", "_rtf", "_eml", "_json", "_html", "_xml",
         "_yaml", "_pdf")


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_one_seed_gives_the_same_files(corpus):
    same_truth_for_a_seed(corpus, 16, 2)


def test_the_two_corpora_share_no_word_list_nor_kind_of_document():
    written_apart([dev.WORKERS, dev.STATUSES, dev.GENERIC_HEADS, dev.CARD_HEADS, dev.PART_NAMES],
                  [check.STUDENTS, check.RESIDENCE_STATUSES, check.CASE_KINDS, check.COURSES],
                  dev.DevTravel9, check.CheckTravel9, KINDS, (8, 8))


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_documents_and_look_alikes_are_planted(corpus):
    generator = corpus(5)
    truth = {(e, v) for doc in generator.positives(16) for e, v in doc.truth}
    assert {"PASSPORT", "~PASSPORT", "RESIDENCE_CARD", "~RESIDENCE_CARD"} <= {e for e, _ in truth}
    assert all(len(v) == 12 and v[2:10].isdigit() for e, v in truth if e.endswith("RESIDENCE_CARD"))
    assert all(not doc.truth for doc in generator.negatives(4))


def test_the_mrz_lines_carry_their_numbers_check_digit():
    numbers = TravelNumbers(__import__("random").Random(7))
    for number in ("TR1234567", "C1234567", "E12345678"):
        lines = numbers.mrz(number, "VNM", "LE", "MINH")
        assert [len(line) for line in lines] == [44, 44]
        start, end = mrz_numbers("\n".join(lines))[0]
        assert "\n".join(lines)[start:end] == number
