"""The sens6, sens7, events8, care8, care10, victims11 and checkup9 corpora of issue 12 (benchmarks/corpus_sens6_dev.py
and _check.py, benchmarks/corpus_sens7_dev.py and _check.py, benchmarks/corpus_events8_dev.py and _check.py,
benchmarks/corpus_care8_dev.py and _check.py, benchmarks/corpus_care10_dev.py and _check.py,
benchmarks/corpus_checkup9_dev.py and _check.py): each pair
for a seed, written apart (no name, label, title, value or sentence in common), every positive labelled for
SENSITIVE, every look-alike or clean file for nothing."""

import pytest

from benchmarks import (corpus_care8_check, corpus_care8_dev, corpus_care10_check, corpus_care10_dev,
                        corpus_checkup9_check, corpus_checkup9_dev, corpus_victims11_check, corpus_victims11_dev,
                        corpus_events8_check, corpus_events8_dev,
                        corpus_sens6_check, corpus_sens6_dev, corpus_sens7_check,
                        corpus_sens7_dev)
from benchmarks.corpus import Corpus


def _fingerprint(docs):
    """Names, truth, and the bytes of text formats (a workbook or a Word file carries its write time)."""
    return [(d.name, d.truth, d.data if d.name.endswith((".txt", ".csv", ".tsv", ".md", ".rtf")) else b"")
            for d in docs]


PAIRS = [(corpus_sens6_dev, corpus_sens6_check), (corpus_sens7_dev, corpus_sens7_check),
         (corpus_events8_dev, corpus_events8_check), (corpus_care8_dev, corpus_care8_check),
         (corpus_care10_dev, corpus_care10_check), (corpus_victims11_dev, corpus_victims11_check),
         (corpus_checkup9_dev, corpus_checkup9_check)]
GENERATORS = [corpus_sens6_dev.DevDocuments, corpus_sens6_check.CheckDocuments, corpus_sens7_dev.DevDocuments,
              corpus_sens7_check.CheckDocuments, corpus_events8_dev.DevDocuments, corpus_events8_check.CheckDocuments,
              corpus_care8_dev.DevDocuments, corpus_care8_check.CheckDocuments, corpus_care10_dev.DevDocuments,
              corpus_care10_check.CheckDocuments, corpus_victims11_dev.DevDocuments,
              corpus_victims11_check.CheckDocuments, corpus_checkup9_dev.DevDocuments,
              corpus_checkup9_check.CheckDocuments]
IDS = ["sens6-dev", "sens6-check", "sens7-dev", "sens7-check", "events8-dev", "events8-check", "care8-dev", "care8-check",
       "care10-dev", "care10-check", "victims11-dev", "victims11-check", "checkup9-dev", "checkup9-check"]


@pytest.mark.parametrize("corpus", GENERATORS, ids=IDS)
def test_one_seed_gives_the_same_documents(corpus):
    first, again, other = (corpus(Corpus(seed)).positives(18) + corpus(Corpus(seed)).negatives(6) for seed in (3, 3, 4))
    assert _fingerprint(first) == _fingerprint(again)
    assert [d.truth for d in first] != [d.truth for d in other]


def _strings(module) -> set[str]:
    """Every string in the module's upper-case lists, their tuples and nested lists, but the
    empty one and the category names."""
    out, stack = set(), [v for k, v in vars(module).items() if k.isupper() and isinstance(v, list)]
    while stack:
        item = stack.pop()
        if isinstance(item, (list, tuple)):
            stack.extend(item)
        elif isinstance(item, str):
            out.add(item)
    return out - {"", "{name}", "労働組合", "信条", "犯罪歴", "犯罪被害", "病歴", "障害", "健康診断結果", "宗教", "人種・民族", "本籍"}


@pytest.mark.parametrize("dev, check", PAIRS, ids=["sens6", "sens7", "events8", "care8", "care10", "victims11", "checkup9"])
def test_the_two_corpora_share_no_name_label_value_or_sentence(dev, check):
    ours, theirs = _strings(dev), _strings(check)
    assert len(ours) > 80 and len(theirs) > 80
    assert not ours & theirs, ours & theirs


@pytest.mark.parametrize("corpus", GENERATORS, ids=IDS)
def test_positives_are_labelled_and_look_alikes_are_not(corpus):
    generator = corpus(Corpus(5))
    positives = generator.positives(18)
    assert all(("*", "SENSITIVE") in doc.truth for doc in positives)
    assert sum(any(entity == "SENSITIVE" for entity, _ in doc.truth) for doc in positives) >= 16
    assert all(doc.truth == {("*", "SENSITIVE")} for doc in generator.negatives(6))


TOLD_IN_LISTS = PAIRS[:-1]  # checkup9 builds its truth from the values it writes (below)


@pytest.mark.parametrize("module", [module for pair in TOLD_IN_LISTS for module in pair], ids=IDS[:-2])
def test_each_phrase_of_truth_is_in_its_text(module):
    told = [item[1] if isinstance(item[1], tuple) else item
            for value in vars(module).values() if isinstance(value, list)
            for item in value if isinstance(item, tuple) and len(item) >= 2]
    telling = [t for t in told if len(t) == 3 and t[1]]
    assert len(telling) > 20
    assert all(phrase in text for text, _, phrase in telling), [t for t in telling if t[2] not in t[0]]


@pytest.mark.parametrize("corpus", GENERATORS[-2:], ids=IDS[-2:])
def test_each_checkup_value_of_truth_is_in_its_text_file(corpus):
    generator = corpus(Corpus(7))
    texts = [d for d in generator.positives(30) if d.name.endswith((".csv", ".tsv", ".txt", ".md"))]
    assert len(texts) >= 10
    for doc in texts:
        text = doc.data.decode("cp932" if doc.name.endswith((".csv", ".txt")) else "utf-8", "replace")
        values = [v.partition(":")[2] for e, v in doc.truth if e == "SENSITIVE"]
        assert values and all(v in text for v in values), (doc.name, [v for v in values if v not in text])
