"""Precision / recall of DRIVERS_LICENSE, RESIDENCE_CARD and PASSPORT in headerless
identity-check records (hostids17): benchmarks/corpus_hostids17_dev.py (tuned on) and
benchmarks/corpus_hostids17_check.py (another hand), with false findings of those types
per clean file (the clean files hold people's names and phones: only documents count).

    .venv/bin/python benchmarks/quality_hostids17.py [--corpus dev|check|both] [--docs 60]
                                                     [--negatives 40] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality import print_errors, print_table, score  # noqa: E402
from benchmarks.quality_dates import built_and_found, dev_check_arguments  # noqa: E402

SCORED = ("DRIVERS_LICENSE", "RESIDENCE_CARD", "PASSPORT")


def main() -> None:
    from benchmarks.corpus_hostids17_check import CheckHostids17
    from benchmarks.corpus_hostids17_dev import DevHostids17
    from scanner.app.lazy_detector import build_detector
    from scanner.objects import ObjectScanner

    args = dev_check_arguments(60)
    corpora = {"dev": ("development (corpus_hostids17_dev)", DevHostids17),
               "check": ("check (corpus_hostids17_check)", CheckHostids17)}
    scanner = ObjectScanner(build_detector())
    for key in args.corpora:
        title, corpus = corpora[key]
        truth, clean, found = built_and_found(scanner, corpus(args.seed), args.docs, args.negatives)
        if args.errors:
            print_errors(truth, found)
        table = score(truth, found)
        false = sum(1 for name in clean for entity, _ in found.get(name, set()) if entity in SCORED)
        print(f"\n{title}: {args.docs} documents + {args.negatives} clean files, seed {args.seed}\n")
        print_table({entity: table.get(entity, Counter()) for entity in SCORED}, "entity")
        print(f"\nfalse findings of these types per clean file: {false / max(1, len(clean)):.3f}")


if __name__ == "__main__":
    main()
