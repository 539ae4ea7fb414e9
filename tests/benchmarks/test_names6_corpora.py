"""The names6 corpora of issue 12 (benchmarks/corpus_names6_dev.py and _check.py):
deterministic for a seed, written apart (no name, word or template list in common),
every person and look-alike of the truth written in its text, clean files labelled
for nothing."""

import re
import unicodedata

import pytest

from benchmarks import corpus_names6_check as check
from benchmarks import corpus_names6_dev as dev
from tests.benchmarks.corpus_checks import same_documents_for_a_seed, words_of


@pytest.mark.parametrize("corpus", [dev.DevNames6, check.CheckNames6], ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    same_documents_for_a_seed(corpus)


def _parts(lists) -> set:
    """Every word of the lists, and each part of a name given in parts or spaced."""
    words = set()
    for word in words_of(lists):
        words |= {word} | (set(re.split(r"[ ・]", word)) if isinstance(word, str) else set(word))
    return {w for w in words if isinstance(w, str) and w}


def test_the_two_corpora_share_no_list():
    ours = [dev.FAMILY, dev.GIVEN, [p for parts, _ in dev.ABROAD for p in parts], [r for _, r in dev.ABROAD],
            [p for pair in dev.HAN for part in pair for p in part], dev.VIET, dev.VIET_ROMAJI, dev.SHOPS, dev.CLINICS,
            dev.SHIPS, dev.HORSES, dev.TYPHOONS, dev.MASCOTS, dev.STREETS, dev.FIRMS, dev.CLASSES, dev.EVENTS, dev.HIRAGANA_GIVEN, dev.SHOP_ROWS, dev.VESSELS,
            dev.RUNNERS]
    theirs = _parts([check.SEI, check.MEI, [p for parts, _ in check.TRAINEES for p in parts],
                     [r for _, r in check.TRAINEES], [p for pair in check.KANJI_NAMES for part in pair for p in part],
                     check.VIETNAMESE, check.VIETNAMESE_CAPS, check.SALONS, check.BONESETTERS, check.BOATS,
                     check.RACEHORSES, check.STORMS, check.CHARACTERS, check.AVENUES, check.COMPANIES, check.ROLES,
                     check.SUBJECTS])
    for words in ours:
        assert words and not _parts([words]) & theirs


def test_the_two_corpora_write_other_layouts():
    """No document kind, label or header of one corpus is the other's (a vCard's
    BEGIN and VERSION lines are the format's)."""
    docs = {name: corpus(7).positives(22) for name, corpus in (("dev", dev.DevNames6), ("check", check.CheckNames6))}
    first_lines = {name: {[line for line in d.data.decode("utf-8").lstrip("[{<").splitlines()
                           if not line.startswith(("BEGIN:", "VERSION:"))][0][:12] for d in found}
                   for name, found in docs.items()}
    assert not first_lines["dev"] & first_lines["check"]


@pytest.mark.parametrize("corpus", [dev.DevNames6, check.CheckNames6], ids=["dev", "check"])
def test_truth_is_written_in_the_text(corpus):
    docs = corpus(5).positives(33)
    assert sum(entity == "PERSON" for doc in docs for entity, _ in doc.truth) > 80
    assert sum(entity == "~PERSON" for doc in docs for entity, _ in doc.truth) > 5
    for doc in docs:
        text = re.sub(r"[ \u3000・\t,]", "", unicodedata.normalize("NFKC", doc.data.decode("utf-8")))
        assert all(unicodedata.normalize("NFKC", value) in text
                   for entity, value in doc.truth if entity in ("PERSON", "~PERSON"))
    assert all(not doc.truth for doc in corpus(5).negatives(5))
