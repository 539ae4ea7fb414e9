"""The header matrix (issue 12, headers13): every type's column under a host export's
header words × every format, scored. Prints each type's precision and recall, the
look-alikes flagged (a product code passing the My Number check), false findings
per clean file, and the matrix: for each column and header spelling, the formats
where its values are found (`+`), partly found (`~`) or not at all (`.`), and the
count of empty cells. --reference writes every column under its Japanese label
instead (what the detectors read best: a cell empty there is no header's fault).

    .venv/bin/python benchmarks/quality_headers13.py [--corpus dev|check|both] [--docs 64]
                                                     [--negatives 16] [--reference] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.headers13_formats import FORMATS  # noqa: E402
from benchmarks.quality import _matched, print_errors, print_table, score  # noqa: E402
from benchmarks.quality_contacts import look_alikes_flagged  # noqa: E402
from benchmarks.quality_dates import built_and_found, dev_check_arguments  # noqa: E402
from benchmarks.quality import false_alarms_per_file  # noqa: E402


def matrix(cells: dict, found: dict[str, set]) -> dict[tuple[str, str], dict[str, tuple[int, int]]]:
    """(column, header) → format → (values found, values) over the files."""
    out: dict = {}
    for name, columns in cells.items():
        got = found.get(name, set())
        for column, header, fmt, truth in columns:
            scored = {(e, v) for e, v in truth if not e.startswith("~")}
            if not scored:
                continue
            hits = sum(bool(_matched(e, {v}, {h for t, h in got if t == e})) for e, v in scored)
            was = out.setdefault((column, header), {}).get(fmt, (0, 0))
            out[(column, header)][fmt] = (was[0] + hits, was[1] + len(scored))
    return out


def print_matrix(table: dict) -> None:
    print(f"\n{'column':<11} {'header':<22} " + " ".join(f"{f[:6]:>6}" for f in FORMATS))
    empty = total = 0
    for (column, header), by_format in sorted(table.items()):
        marks = []
        for fmt in FORMATS:
            hit, n = by_format.get(fmt, (0, 0))
            if n:
                total += 1
                empty += hit == 0
            marks.append(" " if not n else "+" if hit == n else "." if hit == 0 else "~")
        print(f"{column:<11} {header:<22} " + " ".join(f"{m:>6}" for m in marks))
    print(f"\nempty cells: {empty} of {total}")


def main() -> None:
    sys.argv, reference = [a for a in sys.argv if a != "--reference"], "--reference" in sys.argv
    args = dev_check_arguments(64)
    from benchmarks.corpus_headers13_check import CheckHeaders
    from benchmarks.corpus_headers13_dev import DevHeaders
    from scanner.app.lazy_detector import build_detector
    from scanner.objects import ObjectScanner

    scanner = ObjectScanner(build_detector())
    for key in args.corpora:
        corpus = {"dev": DevHeaders, "check": CheckHeaders}[key](args.seed)
        corpus.reference = reference
        truth, clean, found = built_and_found(scanner, corpus, args.docs, args.negatives)
        if args.errors:
            print_errors(truth, found)
        print(f"\n{key} ({type(corpus).__name__}{', Japanese labels' if reference else ''}): "
              f"{len(truth) - len(clean)} files + {len(clean)} clean, seed {args.seed}\n")
        print_table(score(truth, found), "entity")
        flagged, total = look_alikes_flagged(truth, found, args.errors)
        print(f"\nlook-alikes flagged (product codes passing the My Number check): {flagged} of {total}")
        print(f"false findings per clean file: {false_alarms_per_file(truth, found, clean):.3f}")
        print_matrix(matrix(corpus.cells, found))


if __name__ == "__main__":
    main()
