"""Precision / recall of ADDRESS, PHONE, POSTAL_CODE and EMAIL on the two corpora of issue
12's own9 work: benchmarks/corpus_own9_dev.py (the rules are tuned on it) and
benchmarks/corpus_own9_check.py (another writer's habits; no list in common), with an
organisation's or a partner's own contacts reported (look-alikes flagged) and false
findings per clean file (a file labelled for nothing: not a look-alike's file, whose
people are not labelled).

    .venv/bin/python benchmarks/quality_own9.py [--corpus dev|check|both] [--docs 120]
                                                    [--negatives 72] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality import false_alarms_per_file, print_errors, print_table, score  # noqa: E402
from benchmarks.quality_contacts import look_alikes_flagged  # noqa: E402
from benchmarks.quality_dates import built_and_found, dev_check_arguments  # noqa: E402


def main() -> None:
    args = dev_check_arguments(120)
    from benchmarks.corpus_own9_check import CheckOwn9
    from benchmarks.corpus_own9_dev import DevOwn9
    from scanner.app.lazy_detector import build_detector
    from scanner.objects import ObjectScanner

    scanner = ObjectScanner(build_detector())
    corpora = {"dev": ("development (corpus_own9_dev)", DevOwn9), "check": ("check (corpus_own9_check)", CheckOwn9)}
    for key in args.corpora:
        title, corpus = corpora[key]
        truth, negatives, found = built_and_found(scanner, corpus(args.seed), args.docs, args.negatives)
        if args.errors:
            print_errors(truth, found)
        clean = [name for name in negatives if not truth[name]]
        flagged, total = look_alikes_flagged(truth, found, args.errors)
        print(f"\n{title}: {args.docs} documents + {args.negatives} look-alike and clean files, seed {args.seed}\n")
        print_table(score(truth, found), "entity")
        print(f"\nlook-alikes flagged (an organisation's or a partner's own contacts): {flagged} of {total}"
              f" ({flagged / max(1, total):.3f})")
        print(f"false findings per clean file: {false_alarms_per_file(truth, found, clean):.3f} ({len(clean)} files)")


if __name__ == "__main__":
    main()
