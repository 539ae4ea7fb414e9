"""The postal11 corpora of issue 12 (benchmarks/corpus_postal11_dev.py and _check.py):
deterministic for a seed, written apart (no town, label, name or kind of document in
common), every code in truth written in its document, with an organisation's own codes
as look-alikes and clean files labelled for nothing."""

import pytest

from benchmarks import corpus_postal11_check as check
from benchmarks import corpus_postal11_dev as dev
from tests.benchmarks.corpus_checks import contacts_written, written_apart

CORPORA = [dev.DevPostal11, check.CheckPostal11]
_KANJI_DIGITS = str.maketrans("〇○一二三四五六七八九", "00123456789")  # a code written in 漢数字
KINDS = ("_txt", "_xlsx", "_csv", "_tsv", "_json", "_yaml", "_xml", "_html", "_docx", "_eml", "_vcf")


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    first, again = corpus(3).positives(14) + corpus(3).negatives(6), corpus(3).positives(14) + corpus(3).negatives(6)
    assert [(d.name, d.truth) for d in first] == [(d.name, d.truth) for d in again]
    assert [d.truth for d in first] != [d.truth for d in corpus(4).positives(14) + corpus(4).negatives(6)]


def test_the_two_corpora_share_no_word_list_nor_kind_of_document():
    written_apart([dev.TOWNS, dev.ALUMNI, dev.ROMAJI], [check.STREETS, check.PATIENTS, check.LATIN],
                  dev.DevPostal11, check.CheckPostal11, KINDS, (6, 6))


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_every_positive_has_a_code_and_the_negatives_look_alikes_and_clean_files(corpus):
    generator = corpus(5)
    assert all(any(e == "POSTAL_CODE" for e, _ in doc.truth) for doc in generator.positives(14))
    negatives = generator.negatives(6)
    assert {e for doc in negatives for e, _ in doc.truth} >= {"~POSTAL_CODE"}
    assert any(not doc.truth for doc in negatives)


@pytest.mark.parametrize("corpus", CORPORA, ids=["dev", "check"])
def test_every_code_in_truth_is_written_in_its_document(corpus):
    docs = [doc for doc in corpus(6).positives(14) + corpus(6).negatives(6) if not doc.name.endswith(".eml")]
    contacts_written(docs)
    for doc in docs:
        if doc.name.endswith((".xlsx", ".docx", ".html")):  # a number in a sheet, full-width digits: not the bytes
            continue
        text = doc.data.decode("utf-8").replace("-", "").replace("ー", "").translate(_KANJI_DIGITS)
        assert all(value in text or value.lstrip("0") in text for entity, value in doc.truth
                   if entity in ("POSTAL_CODE", "~POSTAL_CODE") and "yubin1" not in text and "postalCode1" not in text)
