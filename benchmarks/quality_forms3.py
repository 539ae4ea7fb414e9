"""Precision / recall on issue 12's HR forms and rosters (forms3): 扶養控除等申告書,
身上書, 配慮事項 sheets, 後援会 / 組合 / 檀家 rosters and union minutes. The rules are
corrected on benchmarks/corpus_forms3_dev.py; benchmarks/corpus_forms3_check.py
(another author's templates, words and layouts) checks them. Prints each scored type
(MY_NUMBER, DATE_OF_BIRTH, PERSON), SENSITIVE per category, and false findings per
clean file (blank forms, notices, flyers: information of no one).

    .venv/bin/python benchmarks/quality_forms3.py [--corpus dev|check|both] [--docs 64]
                                                  [--negatives 16] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality import (false_alarms_per_file, found_in, print_errors, print_table, scan,  # noqa: E402
                                score, sensitive_by_category, write_docs)
from benchmarks.quality_dates import dev_check_arguments  # noqa: E402

SCORED = ("MY_NUMBER", "DATE_OF_BIRTH", "PERSON", "SENSITIVE")


def measure(scanner, corpus, docs: int, negatives: int, errors: bool) -> None:
    """Scan one corpus and print its tables."""
    with tempfile.TemporaryDirectory() as tmp:
        root, truth, clean = Path(tmp), {}, []
        write_docs(root, corpus.positives(docs), truth)
        write_docs(root, corpus.negatives(negatives), truth, clean)
        found = {uri.rpartition("/")[2]: values for uri, values in found_in(scan(scanner, root)).items()}
    if errors:
        print_errors(truth, found)
    table = {entity: counts for entity, counts in score(truth, found).items() if entity in SCORED}
    print_table(table, "entity")
    print()
    print_table(sensitive_by_category(truth, found), "SENSITIVE category")
    scored = {name: {(e, v) for e, v in values if ("*", e) in truth.get(name, ())} for name, values in found.items()}
    print(f"\nfalse findings of its labelled types per clean file: {false_alarms_per_file(truth, scored, clean):.3f}")


def main() -> None:
    args = dev_check_arguments(64)
    from benchmarks import corpus_forms3_dev
    from scanner.app.lazy_detector import build_detector
    from scanner.objects import ObjectScanner

    scanner = ObjectScanner(build_detector())
    for key in args.corpora:
        if key == "dev":
            title, corpus = "development (corpus_forms3_dev)", corpus_forms3_dev.DevForms
        else:
            from benchmarks import corpus_forms3_check
            title, corpus = "check (corpus_forms3_check)", corpus_forms3_check.CheckForms
        print(f"\n{title}: {args.docs} documents + {args.negatives} clean files, seed {args.seed}\n")
        measure(scanner, corpus(args.seed), args.docs, args.negatives, args.errors)


if __name__ == "__main__":
    main()
