"""Scoring of sens20's dev and check corpora (benchmarks/corpus_sens20_dev.py, _check.py).

Each document is (name, bytes, expected): the 要配慮 values daicho should report, by category
(病歴, 信条, 障害, 健康診断結果). A SENSITIVE finding of one of those categories that overlaps no
expected value of its category is false (a helper's task read as a disability, a list's title
read as a result, a legend read as a grade); an expected value no finding overlaps is missed.
The real GiNZA detector and extractors, in process, with the labels the scanner passes."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from benchmarks.union19_score import tallied
from detectors import Detector, build_analyzer, load_ja_nlp
from scanner.extract.budget import Budget
from scanner.extract.dispatch import extract

CATEGORIES = ("病歴", "信条", "障害", "健康診断結果")


@dataclass
class Doc:
    name: str
    data: bytes
    expected: dict[str, list[str]] = field(default_factory=dict)  # category → values


def _units(name: str, data: bytes):
    extraction = extract(name, data, Budget(), is_mail=name.endswith(".eml"))
    yield from extraction.units
    for child in extraction.children:
        yield from _units(child.name, child.data)


def _found(detector: Detector, doc: Doc) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {kind: [] for kind in CATEGORIES}
    for unit in _units(doc.name, doc.data):
        for d in detector.detect(unit.text, labels=unit.labels()):
            if d.entity_type == "SENSITIVE" and d.category in found:
                found[d.category].append(d.text)
    return found


def _overlap(a: str, b: str) -> bool:
    a, b = (unicodedata.normalize("NFKC", v).replace(" ", "") for v in (a, b))
    return a in b or b in a


def report(label: str, docs: list[Doc]) -> str:
    detector = Detector(build_analyzer(load_ja_nlp()))
    return tallied(label, docs, lambda doc: _found(detector, doc), CATEGORIES, _overlap)
