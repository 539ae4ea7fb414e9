"""Scoring of coop18b's dev and check corpora (benchmarks/corpus_coop18b_dev.py, _check.py).

Each document is (name, bytes, union, numbers): whether a labour union's membership is to be
found in it (a union's roster) or not (a co-operative's), and the 保険者番号 values to be found.
労働組合 is scored by document (a co-operative's document with any 労働組合 finding is a false
one; a union's without any, a miss), HEALTH_INSURANCE_NUMBER by value. The real GiNZA detector
and extractors, in process."""

from __future__ import annotations

from dataclasses import dataclass, field

from detectors import Detector, build_analyzer, load_ja_nlp
from scanner.extract.budget import Budget
from scanner.extract.dispatch import extract


@dataclass
class CoopDoc:
    name: str
    data: bytes
    union: bool
    numbers: set[str] = field(default_factory=set)


def _counts(detector: Detector, doc: CoopDoc) -> tuple[int, int, int, int, int, int]:
    unions, numbers = 0, set()
    for unit in extract(doc.name, doc.data, Budget()).units:
        for d in detector.detect(unit.text):
            if d.entity_type == "SENSITIVE" and d.category == "労働組合":
                unions += 1
            elif d.entity_type == "HEALTH_INSURANCE_NUMBER":
                numbers.add(d.text)
    union_tp = int(doc.union and unions > 0)
    return (union_tp, int(not doc.union and unions > 0), int(doc.union) - union_tp,
            len(numbers & doc.numbers), len(numbers - doc.numbers), len(doc.numbers - numbers))


def report(label: str, docs: list[CoopDoc]) -> str:
    detector = Detector(build_analyzer(load_ja_nlp()))
    totals = [0] * 6
    for doc in docs:
        totals = [a + b for a, b in zip(totals, _counts(detector, doc))]

    def row(kind: str, tp: int, fp: int, fn: int) -> str:
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        return f"| {label} | {kind} | {precision:.3f} / {recall:.3f} | {tp} tp, {fp} false, {fn} missed |"
    return "\n".join([row("労働組合 (documents)", *totals[:3]), row("HEALTH_INSURANCE_NUMBER", *totals[3:])])
