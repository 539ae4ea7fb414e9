"""Precision / recall of PERSON, ADDRESS, POSTAL_CODE, PHONE and DATE_OF_BIRTH on the
two corpora of issue 12's contacts work: benchmarks/corpus_contacts_dev.py (the rules
are tuned on it) and benchmarks/corpus_contacts_check.py (other habits, no template
or word list in common), with the share of an organisation's own contact values
reported (look-alikes flagged) and false findings per clean file.

    .venv/bin/python benchmarks/quality_contacts.py [--corpus dev|check|both] [--docs 180]
                                                    [--negatives 40] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality import (  # noqa: E402
    _matched, false_alarms_per_file, print_errors, print_table, score)
from benchmarks.quality_dates import built_and_found, dev_check_arguments  # noqa: E402

LOOK_ALIKE = "~"


def look_alikes_flagged(truth: dict[str, set], found: dict[str, set], errors: bool = False) -> tuple[int, int]:
    """(an organisation's own values reported as personal data, all of them)."""
    flagged = total = 0
    for name, expected in sorted(truth.items()):
        for entity, value in sorted(v for v in expected if v[0].startswith(LOOK_ALIKE)):
            entity = entity[len(LOOK_ALIKE):]
            hits = {v for e, v in found.get(name, set()) if e == entity}
            total += 1
            if _matched(entity, {value}, hits):
                flagged += 1
                if errors:
                    print(f"LOOK-ALIKE  {name} {entity} {value}")
    return flagged, total


def measure(scanner, corpus, docs: int, negatives: int, errors: bool = False):
    truth, clean, found = built_and_found(scanner, corpus, docs, negatives)
    if errors:
        print_errors(truth, found)
    return score(truth, found), look_alikes_flagged(truth, found, errors), false_alarms_per_file(truth, found, clean)


def report(corpora: dict, args, look_alikes: str) -> None:
    """Score and print each chosen corpus: {key: (title, corpus class)}; look_alikes
    says what the look-alikes are."""
    from scanner.app.lazy_detector import build_detector
    from scanner.objects import ObjectScanner

    scanner = ObjectScanner(build_detector())
    for key in args.corpora:
        title, corpus = corpora[key]
        table, (flagged, total), clean = measure(scanner, corpus(args.seed), args.docs, args.negatives, args.errors)
        print(f"\n{title}: {args.docs} documents + {args.negatives} clean files, seed {args.seed}\n")
        print_table(table, "entity")
        print(f"\nlook-alikes flagged ({look_alikes}): {flagged} of {total} ({flagged / max(1, total):.3f})")
        print(f"false findings per clean file: {clean:.3f}")


def main() -> None:
    args = dev_check_arguments(180)
    from benchmarks.corpus_contacts_check import CheckContacts
    from benchmarks.corpus_contacts_dev import DevContacts

    report({"dev": ("development (corpus_contacts_dev)", DevContacts),
            "check": ("check (corpus_contacts_check)", CheckContacts)}, args, "an organisation's own contact values")


if __name__ == "__main__":
    main()
