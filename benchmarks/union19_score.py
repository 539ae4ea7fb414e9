"""Scoring of union19's dev and check corpora (benchmarks/corpus_union19_dev.py, _check.py).

Each document is (name, bytes, expected): the values daicho should report, by type — the
労働組合 cells (a union's name or a seat in it), the addressee's ADDRESS and POSTAL_CODE of a
letter. Any finding of those types that overlaps no expected value is false (a mutual-aid
member's name read as a union member, the letterhead's address read as the reader's); an
expected value no finding overlaps is missed. The real GiNZA detector and extractors, in
process, with the labels the scanner passes."""

from __future__ import annotations

from dataclasses import dataclass, field

from detectors import Detector, build_analyzer, load_ja_nlp
from scanner.extract.budget import Budget
from scanner.extract.dispatch import extract

UNION = "労働組合"
TYPES = (UNION, "ADDRESS", "POSTAL_CODE")


@dataclass
class Doc:
    name: str
    data: bytes
    expected: dict[str, list[str]] = field(default_factory=dict)  # type → values


def _found(detector: Detector, doc: Doc) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {kind: [] for kind in TYPES}
    for unit in extract(doc.name, doc.data, Budget()).units:
        for d in detector.detect(unit.text, labels=unit.labels()):
            kind = UNION if d.entity_type == "SENSITIVE" and d.category == UNION else d.entity_type
            if kind in found:
                found[kind].append(d.text)
    return found


def _overlap(a: str, b: str) -> bool:
    a, b = a.replace("〒", "").replace("　", " ").strip(), b.replace("〒", "").replace("　", " ").strip()
    return a in b or b in a


def report(label: str, docs: list[Doc]) -> str:
    detector = Detector(build_analyzer(load_ja_nlp()))
    return tallied(label, docs, lambda doc: _found(detector, doc), TYPES, _overlap)


def tallied(label: str, docs, found_of, kinds, overlap) -> str:
    """Each kind's findings against each document's expected values (a kind → values mapping, as
    found_of(doc) gives the findings): precision and recall, a table row a kind (sens20 too)."""
    totals = {kind: [0, 0, 0] for kind in kinds}  # tp, false, missed
    for doc in docs:
        found = found_of(doc)
        for kind in kinds:
            expected = doc.expected.get(kind, [])
            totals[kind][0] += sum(any(overlap(e, f) for f in found[kind]) for e in expected)
            totals[kind][1] += sum(not any(overlap(e, f) for e in expected) for f in found[kind])
            totals[kind][2] += sum(not any(overlap(e, f) for f in found[kind]) for e in expected)
    rows = []
    for kind, (tp, fp, fn) in totals.items():
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        rows.append(f"| {label} | {kind} | {precision:.3f} / {recall:.3f} | {tp} found, {fp} false, {fn} missed |")
    return "\n".join(rows)
