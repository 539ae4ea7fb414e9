"""Precision / recall of PHONE, ADDRESS, POSTAL_CODE and EMAIL on the two corpora of
issue 12's own6 work: benchmarks/corpus_own6_dev.py (the rules are tuned on it) and
benchmarks/corpus_own6_check.py (other kinds, labels and keys, no list in common),
with an organisation's own values flagged (look-alikes, by type and kind of
document) and false findings per clean file (of the scored types, and of every type).

    .venv/bin/python benchmarks/quality_own6.py [--corpus dev|check|both] [--docs 90]
                                                [--negatives 40] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality import false_alarms_per_file, print_errors, score  # noqa: E402
from benchmarks.quality_dates import built_and_found, dev_check_arguments  # noqa: E402
from benchmarks.quality_own5 import look_alikes_by_kind, report  # noqa: E402

SCORED = ("PHONE", "ADDRESS", "POSTAL_CODE", "EMAIL")


def measure(scanner, corpus, docs: int, negatives: int, errors: bool):
    truth, clean, found = built_and_found(scanner, corpus, docs, negatives)
    if errors:
        print_errors(truth, found)
        for name in clean:
            for value in sorted(found.get(name, set())):
                print(f"CLEAN  {name} {value[0]} {value[1]}")
    table = {entity: counts for entity, counts in score(truth, found).items() if entity in SCORED}
    kinds = look_alikes_by_kind(truth, found, errors)
    scored = sum(len({v for v in found.get(n, set()) if v[0] in SCORED}) for n in clean) / max(1, len(clean))
    return table, kinds, scored, false_alarms_per_file(truth, found, clean)


def main() -> None:
    args = dev_check_arguments(90)
    from benchmarks.corpus_own6_check import CheckOwn6
    from benchmarks.corpus_own6_dev import DevOwn6
    from scanner.app.lazy_detector import build_detector
    from scanner.objects import ObjectScanner

    corpora = {"dev": ("development (corpus_own6_dev)", DevOwn6), "check": ("check (corpus_own6_check)", CheckOwn6)}
    scanner = ObjectScanner(build_detector())
    for key in args.corpora:
        title, corpus = corpora[key]
        report(title, args, measure(scanner, corpus(args.seed), args.docs, args.negatives, args.errors), "scored types")


if __name__ == "__main__":
    main()
