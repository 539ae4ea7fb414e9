"""The sens4 corpora of issue 12 (benchmarks/corpus_sens4_dev.py and _check.py):
deterministic for a seed, written apart (no name, sentence, phrase or word list in
common, none of corpus 3's sentences), every positive labelled for SENSITIVE and every
clean file for nothing."""

import pytest

from benchmarks import corpus_sens4_check as check
from benchmarks import corpus_sens4_dev as dev
from benchmarks.corpus import Corpus


def _fingerprint(docs):
    """Names, truth, and the bytes of text formats (a workbook, a Word or PDF file carries its write time)."""
    return [(d.name, d.truth, d.data if d.name.endswith((".txt", ".csv")) else b"") for d in docs]


@pytest.mark.parametrize("corpus", [dev.DevDocuments, check.CheckDocuments], ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    first, again, other = (corpus(Corpus(seed)).positives(12) + corpus(Corpus(seed)).negatives(4) for seed in (3, 3, 4))
    assert _fingerprint(first) == _fingerprint(again)
    assert [d.truth for d in first] != [d.truth for d in other]


def _phrases(*lists):
    return {str(item[0]) for items in lists for item in items} | {str(item[-1]) for items in lists for item in items}


def test_the_two_corpora_share_no_name_sentence_or_phrase():
    grades = set("ABCDE")  # the grade scale is the check-ups', not a word list of either corpus
    ours = _phrases(dev.FINDINGS, dev.NORMAL, dev.COURSES, dev.VICTIM, dev.ACTS, dev.RECORDS) - grades
    theirs = _phrases(check.SCREEN, check.SCREEN_NORMAL, check.CASE, check.BEFELL, check.STANDS, check.REMARKS,
                      check.ANSWERS) - grades
    assert not ours & theirs
    assert not set(dev.SURNAMES) & set(check.FAMILY) and not set(dev.GIVEN) & set(check.FIRST)
    assert not set(dev.UNITS) & set(check.CHATTER)


def test_no_sentence_of_corpus_3s_sensitive_errors_is_reused():
    """The sentences corpus 3 told its 要配慮 in (read from its errors) are in neither corpus."""
    corpus3 = ("関節リウマチで月に一度受診", "B型肝炎ウイルスのキャリア", "インスリンを打っている", "右脚ブロック",
               "つきまといを受け", "殴られ全治", "無免許運転で略式命令", "再稼働に反対", "応援演説をした", "集会で登壇",
               "労組青年部", "輸血を拒む", "弱視のため拡大文字", "聴覚に障害があり筆談", "右足関節の骨折")
    texts = _phrases(dev.FINDINGS, dev.COURSES, dev.VICTIM, dev.ACTS, dev.RECORDS, check.SCREEN, check.CASE,
                     check.BEFELL, check.STANDS, check.REMARKS, check.ANSWERS)
    assert not [s for s in corpus3 for t in texts if s in t]


@pytest.mark.parametrize("corpus", [dev.DevDocuments, check.CheckDocuments], ids=["dev", "check"])
def test_positives_are_labelled_and_clean_files_are_not(corpus):
    generator = corpus(Corpus(5))
    for doc in generator.positives(12):
        assert ("*", "SENSITIVE") in doc.truth and any(entity == "SENSITIVE" for entity, _ in doc.truth)
    assert all(doc.truth == {("*", "SENSITIVE")} for doc in generator.negatives(5))
