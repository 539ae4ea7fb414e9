"""Recall and precision of 信条 and 宗教 (and the rest of the belief group) on
benchmarks/corpus_beliefs24_dev.py and benchmarks/corpus_beliefs24_check.py (issue 12,
beliefs24), scanned in process; scored as benchmarks/quality_beliefs22.py scores its own.

    .venv/bin/python benchmarks/quality_beliefs24.py [--docs 40] [--negatives 12] [--errors]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=40)
    parser.add_argument("--negatives", type=int, default=12)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args()
    from benchmarks.corpus_beliefs24_check import CheckBeliefs24
    from benchmarks.corpus_beliefs24_dev import DevBeliefs24
    from benchmarks.quality_beliefs22 import GROUP, score
    from detectors import Detector, build_analyzer, load_ja_nlp
    from scanner.objects import ObjectScanner

    scanner = ObjectScanner(Detector(build_analyzer(load_ja_nlp())))
    for label, maker in (("dev", DevBeliefs24), ("check", CheckBeliefs24)):
        corpus = maker(args.seed)
        docs = corpus.documents(args.docs) + corpus.negatives(args.negatives)
        wanted, found, false = score(scanner, docs, args.errors)
        rows = ", ".join(f"{c} {found[c]}/{wanted[c]}" for c in GROUP if wanted[c])
        print(f"{label}: recall {sum(found.values())}/{sum(wanted.values())} ({rows}); "
              f"false findings in {args.negatives} near misses: {false}")


if __name__ == "__main__":
    main()
