"""Precision / recall of the detectors on the kinds where a column header or a field
label is the only context (benchmarks/corpus_tables.py, corpus_exports.py), alone:
the figure of issue 12's classes 3-6, beside the whole corpus of quality.py.

    .venv/bin/python benchmarks/quality_fields.py [--docs 120] [--negatives 30] [--seed 2026] [--errors]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks import corpus_exports, corpus_tables  # noqa: E402
from benchmarks.corpus import Corpus  # noqa: E402
from benchmarks.quality import (  # noqa: E402
    false_alarms_per_file, found_in, print_errors, print_table, scan, score, write_docs)


def build(root: Path, docs: int, negatives: int, seed: int) -> tuple[dict[str, set], list[str]]:
    truth, names = {}, []
    for module in (corpus_tables, corpus_exports):
        write_docs(root, module.positives(Corpus(seed), docs // 2), truth)
        write_docs(root, module.negatives(Corpus(seed), negatives // 2), truth, names)
    return truth, names


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=120)
    parser.add_argument("--negatives", type=int, default=30)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--errors", action="store_true", help="print each miss and false alarm (synthetic values)")
    args = parser.parse_args()
    from scanner.app.lazy_detector import build_detector
    from scanner.objects import ObjectScanner

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        truth, negatives = build(root, args.docs, args.negatives, args.seed)
        found = found_in(scan(ObjectScanner(build_detector()), root))
    if args.errors:
        print_errors(truth, found)
    print(f"documents: {len(truth) - len(negatives)} labelled + {len(negatives)} hard negatives, seed {args.seed}\n")
    print_table(score(truth, found), "entity")
    print(f"\nfalse positives per file with no personal data: {false_alarms_per_file(truth, found, negatives):.3f}")


if __name__ == "__main__":
    main()
