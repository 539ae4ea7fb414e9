"""Precision / recall of PHONE, ADDRESS and EMAIL on the two corpora of issue 12's
own5 work: benchmarks/corpus_own5_dev.py (the rules are tuned on it) and
benchmarks/corpus_own5_check.py (other habits, no template or word list in common),
with look-alikes flagged by kind (a number labelled as no phone, an organisation's
own phone, address or mailbox: by type and kind of document) and false findings per
clean file (of the scored types, and of every type).

    .venv/bin/python benchmarks/quality_own5.py [--corpus dev|check|both] [--docs 100]
                                                [--negatives 42] [--seed 2026] [--errors]
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality import _matched, false_alarms_per_file, print_errors, print_table, score  # noqa: E402
from benchmarks.quality_contacts import LOOK_ALIKE  # noqa: E402
from benchmarks.quality_dates import built_and_found, dev_check_arguments  # noqa: E402

SCORED = ("PHONE", "ADDRESS", "EMAIL")


def _kind(name: str) -> str:
    """The document kind of a file name (dv_agent003.xlsx -> agent)."""
    return re.sub(r"^(?:dv|ck)_(?:clean_)?|[0-9]*\.[a-z]+$", "", name)


def look_alikes_by_kind(truth: dict[str, set], found: dict[str, set], errors: bool) -> dict[str, Counter]:
    """{type/kind: Counter(flagged, total)} of the look-alikes."""
    table: dict[str, Counter] = {}
    for name, expected in sorted(truth.items()):
        for entity, value in sorted(v for v in expected if v[0].startswith(LOOK_ALIKE)):
            entity = entity[len(LOOK_ALIKE):]
            row = table.setdefault(f"{entity}/{_kind(name)}", Counter())
            row["total"] += 1
            if _matched(entity, {value}, {v for e, v in found.get(name, set()) if e == entity}):
                row["flagged"] += 1
                if errors:
                    print(f"LOOK-ALIKE  {name} {entity} {value}")
    return table


def _clean_of_scored(found: dict[str, set], clean: list[str], scored: tuple[str, ...]) -> float:
    return sum(len({v for v in found.get(n, set()) if v[0] in scored}) for n in clean) / max(1, len(clean))


def measure(scanner, corpus, docs: int, negatives: int, errors: bool, scored: tuple[str, ...] = SCORED):
    truth, clean, found = built_and_found(scanner, corpus, docs, negatives)
    if errors:
        print_errors(truth, found)
        for name in clean:
            for value in sorted(found.get(name, set())):
                print(f"CLEAN  {name} {value[0]} {value[1]}")
    table = {entity: counts for entity, counts in score(truth, found).items() if entity in scored}
    kinds = look_alikes_by_kind(truth, found, errors)
    return table, kinds, _clean_of_scored(found, clean, scored), false_alarms_per_file(truth, found, clean)


def run(corpora: dict[str, tuple[str, type]], default_docs: int, scored: tuple[str, ...] = SCORED) -> None:
    """Score each corpus chosen on the command line (see the module)."""
    args = dev_check_arguments(default_docs)
    from scanner.app.lazy_detector import build_detector
    from scanner.objects import ObjectScanner

    scanner = ObjectScanner(build_detector())
    for key in args.corpora:
        title, corpus = corpora[key]
        report(title, args, measure(scanner, corpus(args.seed), args.docs, args.negatives, args.errors, scored),
               ", ".join(scored))


def main() -> None:
    from benchmarks.corpus_own5_check import CheckOwn5
    from benchmarks.corpus_own5_dev import DevOwn5

    run({"dev": ("development (corpus_own5_dev)", DevOwn5), "check": ("check (corpus_own5_check)", CheckOwn5)}, 100)


def report(title: str, args, measured, scored: str) -> None:
    """Print one corpus's table, its look-alikes by kind and its false findings per clean file."""
    table, kinds, clean_scored, clean_all = measured
    print(f"\n{title}: {args.docs} documents + {args.negatives} clean files, seed {args.seed}\n")
    print_table(table, "entity")
    flagged, total = sum(c["flagged"] for c in kinds.values()), sum(c["total"] for c in kinds.values())
    print(f"\nlook-alikes flagged: {flagged} of {total} ({flagged / max(1, total):.3f})")
    for kind, counts in sorted(kinds.items()):
        print(f"  {kind}: {counts['flagged']} of {counts['total']}")
    print(f"false findings per clean file: {clean_scored:.3f} ({scored}), {clean_all:.3f} (every type)")


if __name__ == "__main__":
    main()
