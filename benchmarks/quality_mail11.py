"""Precision / recall of EMAIL (and PHONE) on the two corpora of issue 12's mail11 work:
benchmarks/corpus_mail11_dev.py (the rules are tuned on it) and
benchmarks/corpus_mail11_check.py (another writer's habits; no list in common), with
the strings with an @ that are no one's mailbox reported (look-alikes flagged) and
false findings per clean file.

    .venv/bin/python benchmarks/quality_mail11.py [--corpus dev|check|both] [--docs 70]
                                                      [--negatives 30] [--seed 2026] [--errors]
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
    args = dev_check_arguments(70)
    from benchmarks.corpus_mail11_check import CheckMail11
    from benchmarks.corpus_mail11_dev import DevMail11
    from scanner.app.lazy_detector import build_detector
    from scanner.objects import ObjectScanner

    scanner = ObjectScanner(build_detector())
    corpora = {"dev": ("development (corpus_mail11_dev)", DevMail11), "check": ("check (corpus_mail11_check)", CheckMail11)}
    for key in args.corpora:
        title, corpus = corpora[key]
        truth, negatives, found = built_and_found(scanner, corpus(args.seed), args.docs, args.negatives)
        if args.errors:
            print_errors(truth, found)
        clean = [name for name in negatives if not truth[name]]
        flagged, total = look_alikes_flagged(truth, found, args.errors)
        emails = {name: {v for v in values if v[0] in ("EMAIL", "*")} for name, values in truth.items()}
        print(f"\n{title}: {args.docs} documents + {args.negatives} look-alike and clean files, seed {args.seed}\n")
        print_table({e: c for e, c in score(emails, found).items() if e == "EMAIL"}, "entity")
        print(f"\nlook-alikes flagged (strings with an @ that are no one's mailbox): {flagged} of {total}"
              f" ({flagged / max(1, total):.3f})")
        print(f"false findings per clean file: {false_alarms_per_file(truth, found, clean):.3f} ({len(clean)} files)")


if __name__ == "__main__":
    main()
