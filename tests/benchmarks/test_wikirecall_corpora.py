"""The wikirecall corpora of issue 12 (benchmarks/corpus_wikirecall_dev.py and _check.py):
deterministic for a seed, written apart (no person, thing, kind or word list in common),
every person in truth written in its text, clean files labelled for nothing."""

import pytest

from benchmarks import corpus_wikirecall_check as check
from benchmarks import corpus_wikirecall_dev as dev


@pytest.mark.parametrize("corpus", [dev.DevSaid, check.CheckSaid], ids=["dev", "check"])
def test_one_seed_gives_the_same_documents(corpus):
    first, again, other = (corpus(seed).positives(20) + corpus(seed).negatives(6) for seed in (3, 3, 4))
    assert [(d.name, d.data, d.truth) for d in first] == [(d.name, d.data, d.truth) for d in again]
    assert [d.data for d in first] != [d.data for d in other]


def test_the_two_corpora_share_no_list():
    ours = [dev.SINGLE, [w for pair in dev.CHAINED for w in pair], dev.THINGS, dev.COUNTRIES, dev.KINDS, dev.COMMON]
    theirs = [check.LONE, [w for pair in check.FULL for w in pair], check.FIRMS, check.NATIONS, check.PROFESSIONS,
              check.WORDS]
    everything = set().union(*map(set, theirs))
    for words in ours:
        assert words and not set(words) & everything


@pytest.mark.parametrize("corpus", [dev.DevSaid, check.CheckSaid], ids=["dev", "check"])
def test_truth_is_written_in_the_text(corpus):
    generator = corpus(5)
    docs = generator.positives(30)
    assert sum(entity == "PERSON" for doc in docs for entity, _ in doc.truth) > 30
    for doc in docs:
        text = doc.data.decode("utf-8").replace("・", "")
        assert ("*", "PERSON") in doc.truth
        assert all(value in text for entity, value in doc.truth if entity in ("PERSON", "~PERSON"))
    assert all(not doc.truth for doc in generator.negatives(6))
