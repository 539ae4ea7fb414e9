"""Precision / recall of SENSITIVE per 要配慮 category on the 宗教, 信条, 犯罪被害 and
健康診断結果 corpora of issue 12: the development corpus the rules are tuned on
(benchmarks/corpus_beliefs_dev.py) and the check corpus, other templates and other
words, written before the rules changed (benchmarks/corpus_beliefs_check.py).

    .venv/bin/python benchmarks/quality_beliefs.py [--corpus dev|check|both] [--docs 60] [--seed 2026] [--errors]

Scored in process with benchmarks/quality.py's helpers (category and overlapping
text); a finding on an optional value (a normal check-up value) counts neither way.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks import corpus_beliefs_check, corpus_beliefs_dev  # noqa: E402
from benchmarks.corpus import Corpus  # noqa: E402
from benchmarks.quality import (found_in, print_errors, print_table, scan,  # noqa: E402
                                sensitive_by_category, sensitive_overlaps)

OPTIONAL = "SENSITIVE?"
MAKERS = {"dev": corpus_beliefs_dev.DevDocuments, "check": corpus_beliefs_check.CheckDocuments}


def build(root: Path, which: str, docs: int, seed: int, makers: dict = MAKERS) -> tuple[dict[str, set], list[str]]:
    """The corpus `which` of makers written under root: (truth per file, files with no truth)."""
    documents = makers[which](Corpus(seed))
    truth, negatives = {}, []
    for doc in documents.positives(docs) + documents.negatives(max(6, docs // 5)):
        (root / doc.name).write_bytes(doc.data)
        truth[doc.name] = doc.truth
        if not {e for e, _ in doc.truth} - {"*"}:
            negatives.append(doc.name)
    return truth, negatives


def without_optional(truth: dict[str, set], found: dict[str, set]) -> tuple[dict[str, set], dict[str, set]]:
    """The truth without its optional values, and the findings without those that
    match only an optional value."""
    required = {name: {t for t in items if t[0] != OPTIONAL} for name, items in truth.items()}
    kept = {}
    for name, hits in found.items():
        optional = [v for e, v in truth.get(name, ()) if e == OPTIONAL]
        needed = [v for e, v in required.get(name, ()) if e == "SENSITIVE"]
        kept[name] = {(e, v) for e, v in hits if e != "SENSITIVE" or any(sensitive_overlaps(t, v) for t in needed)
                      or not any(sensitive_overlaps(t, v) for t in optional)}
    return required, kept


def run(which: str, docs: int, seed: int, errors: bool, scanner, makers: dict = MAKERS) -> tuple[list, dict]:
    """Build, scan and print the table of one corpus (makers: name -> documents class);
    its negative files and the findings, for a caller's own counts."""
    with tempfile.TemporaryDirectory() as tmp:
        truth, negatives = build(Path(tmp), which, docs, seed, makers)
        truth, found = without_optional(truth, found_in(scan(scanner, Path(tmp))))
    if errors:
        print_errors(truth, found)
    print(f"\n{which}: {len(truth) - len(negatives)} documents + {len(negatives)} negatives, seed {seed}\n")
    table = sensitive_by_category(truth, found)
    total = sum((c for c in table.values()), start=type(next(iter(table.values())))()) if table else {}
    print_table({**table, "(all)": total}, "SENSITIVE category")
    alarms = sum(1 for name in negatives for entity, _ in found.get(name, ()) if entity == "SENSITIVE")
    print(f"\nSENSITIVE findings per negative file: {alarms / max(1, len(negatives)):.3f}")
    return negatives, found


def cli(makers: dict, default_docs: int, runner=run) -> None:
    """Parse the command line and score the corpora of makers (name -> documents class)
    with runner (run, or a caller's run that adds counts of its own)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", choices=["dev", "check", "both"], default="both")
    parser.add_argument("--docs", type=int, default=default_docs)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--errors", action="store_true", help="print each miss and false alarm (synthetic values)")
    args = parser.parse_args()
    from scanner.app.lazy_detector import build_detector
    from scanner.objects import ObjectScanner

    scanner = ObjectScanner(build_detector())
    for which in (["dev", "check"] if args.corpus == "both" else [args.corpus]):
        runner(which, args.docs, args.seed, args.errors, scanner, makers)


def main() -> None:
    cli(MAKERS, 60)

if __name__ == "__main__":
    main()
