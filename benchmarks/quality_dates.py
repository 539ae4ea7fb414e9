"""Precision / recall of DATE_OF_BIRTH and POSTAL_CODE on the two corpora of issue 12's
dates work: benchmarks/corpus_dates_dev.py (the rules are tuned on it) and
benchmarks/corpus_dates_check.py (written apart, with no template or word list in
common: the figure that says whether a rule generalises), side by side, and false
findings per clean file (notices, letterheads, calendars, invoices).

    .venv/bin/python benchmarks/quality_dates.py [--docs 180] [--negatives 40] [--seed 2026] [--errors]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.corpus_dates_check import CheckCorpus  # noqa: E402
from benchmarks.corpus_dates_dev import DevCorpus  # noqa: E402
from benchmarks.quality import (  # noqa: E402
    false_alarms_per_file, found_in, print_errors, print_table, scan, score, write_docs)

SCORED = ("DATE_OF_BIRTH", "POSTAL_CODE")


def build(root: Path, corpus, docs: int, negatives: int) -> tuple[dict[str, set], list[str]]:
    truth, clean = {}, []
    write_docs(root, corpus.positives(docs), truth)
    write_docs(root, corpus.negatives(negatives), truth, clean)
    return truth, clean


def built_and_found(scanner, corpus, docs: int, negatives: int) -> tuple[dict[str, set], list[str], dict[str, set]]:
    """(truth, clean files, what the scan found by file name) of one corpus written to a
    temporary folder."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        truth, clean = build(root, corpus, docs, negatives)
        found = {uri.rpartition("/")[2]: values for uri, values in found_in(scan(scanner, root)).items()}
    return truth, clean, found


def measure(scanner, corpus, docs: int, negatives: int, errors: bool = False, scored: tuple[str, ...] = SCORED):
    """(scores of the scored types, false findings per clean file) of one corpus."""
    truth, clean, found = built_and_found(scanner, corpus, docs, negatives)
    if errors:
        print_errors(truth, found)
    table = {entity: counts for entity, counts in score(truth, found).items() if entity in scored}
    return table, false_alarms_per_file(truth, found, clean)


def dev_check_arguments(default_docs: int) -> argparse.Namespace:
    """The command line of a dev/check scorer: which corpus, its size and seed, errors."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", choices=("dev", "check", "both"), default="dev")
    parser.add_argument("--docs", type=int, default=default_docs)
    parser.add_argument("--negatives", type=int, default=40)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--errors", action="store_true", help="print each miss and false finding (synthetic values)")
    args = parser.parse_args()
    args.corpora = ("dev", "check") if args.corpus == "both" else (args.corpus,)
    return args


def dev_check_main(default_docs: int, corpora: dict[str, tuple[str, type]], scored: tuple[str, ...]) -> None:
    """The run of a dev/check scorer: each corpus chosen on the command line scored
    for the scored types, with false findings per clean file."""
    args = dev_check_arguments(default_docs)
    from scanner.app.lazy_detector import build_detector
    from scanner.objects import ObjectScanner

    scanner = ObjectScanner(build_detector())
    for key in args.corpora:
        title, corpus = corpora[key]
        table, clean = measure(scanner, corpus(args.seed), args.docs, args.negatives, args.errors, scored)
        print(f"\n{title}: {args.docs} documents + {args.negatives} clean files, seed {args.seed}\n")
        print_table({entity: table.get(entity, Counter()) for entity in scored}, "entity")
        print(f"\nfalse findings per clean file: {clean:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=180)
    parser.add_argument("--negatives", type=int, default=40)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--errors", action="store_true", help="print each miss and false alarm (synthetic values)")
    args = parser.parse_args()
    from scanner.app.lazy_detector import build_detector
    from scanner.objects import ObjectScanner

    scanner = ObjectScanner(build_detector())
    for title, corpus in (("development (corpus_dates_dev)", DevCorpus(args.seed)),
                          ("check (corpus_dates_check)", CheckCorpus(args.seed))):
        table, clean = measure(scanner, corpus, args.docs, args.negatives, args.errors)
        print(f"\n{title}: {args.docs} documents + {args.negatives} clean files, seed {args.seed}\n")
        print_table(table, "entity")
        print(f"\nfalse findings per clean file: {clean:.3f}")


if __name__ == "__main__":
    main()
