"""Recall and precision of the belief group (犯罪歴, 犯罪被害, 労働組合, 宗教, 信条, 人種・民族, 本籍)
on benchmarks/corpus_beliefs22_dev.py and benchmarks/corpus_beliefs22_check.py (issue 12,
beliefs22), scanned in process. A value counts found when a finding of its category holds
the expected fragment; a finding of the group in a near miss is false.

    .venv/bin/python benchmarks/quality_beliefs22.py [--docs 40] [--negatives 12] [--errors]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

GROUP = ("犯罪歴", "犯罪被害", "労働組合", "宗教", "信条", "人種・民族", "本籍")


def score(scanner, docs, errors: bool) -> tuple[Counter, Counter, int]:
    wanted, found, false = Counter(), Counter(), 0
    for name, data, expected in docs:
        record = scanner.scan_bytes(name, data)
        findings = [(f.category, f.text) for o in record.walk() for f in o.findings if f.category in GROUP]
        for category, fragment in expected:
            wanted[category] += 1
            if any(c == category and fragment in t for c, t in findings):
                found[category] += 1
            elif errors:
                print(f"  MISS {name} {category} {fragment}…")
        if not expected:
            false += len(findings)
            if errors and findings:
                print(f"  FALSE {name} {[c for c, _ in findings]}")
    return wanted, found, false


def parsed_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=40)
    parser.add_argument("--negatives", type=int, default=12)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--errors", action="store_true")
    return parser.parse_args()


def report(makers, args: argparse.Namespace) -> None:
    """Each (label, corpus maker)'s recall and false findings, printed (beliefs24 scores its own so)."""
    from detectors import Detector, build_analyzer, load_ja_nlp
    from scanner.objects import ObjectScanner

    scanner = ObjectScanner(Detector(build_analyzer(load_ja_nlp())))
    for label, maker in makers:
        corpus = maker(args.seed)
        docs = corpus.documents(args.docs) + corpus.negatives(args.negatives)
        wanted, found, false = score(scanner, docs, args.errors)
        total = sum(wanted.values())
        rows = ", ".join(f"{c} {found[c]}/{wanted[c]}" for c in GROUP if wanted[c])
        print(f"{label}: recall {sum(found.values())}/{total} ({rows}); "
              f"false findings in {args.negatives} near misses: {false}")


def main() -> None:
    args = parsed_args()
    from benchmarks.corpus_beliefs22_check import CheckBeliefs
    from benchmarks.corpus_beliefs22_dev import DevBeliefs

    report((("dev", DevBeliefs), ("check", CheckBeliefs)), args)


if __name__ == "__main__":
    main()
