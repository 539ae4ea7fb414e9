"""The matrix of issue 12's births14 work: a date of birth written in one real file per
cell of format × where its label stands (a header row, a merged header, a cell or two to
the left, a form's label above, key-value lines, JSON/XML/YAML keys, a sentence, a fixed-width
header, a headerless export) × the date's shape, read by the real extractors and detector.
Look-alikes — the other days of the same records (受診日, 契約日, 有効期限, 出産予定日 …) in the
same shapes, and a pet's birthday or a company's founding — should find nothing.
Prints the cells that miss a birth or flag a look-alike, then the totals.

    .venv/bin/python benchmarks/births14_matrix.py [--cells] [--shape SHAPE]
"""

from __future__ import annotations

import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.births14_values import (BIRTH_LABELS, NOT_PERSONS, OTHER_LABELS, PEOPLE, SHAPES,  # noqa: E402
                                        draw, written)
from benchmarks.ids13_files import forms, headerless, layouts, tables  # noqa: E402
from benchmarks.quality import found_in, scan  # noqa: E402

ENTITY = "DATE_OF_BIRTH"


def cell_files(label: str, records: tuple[list[str], list[list[str]]], values: list[str]) -> dict[str, bytes]:
    """Every format and placement for one label, whose records and one shape of dates."""
    heads, fields = records
    rows = [f + [v] for f, v in zip(fields, values)]
    files = tables(heads, label, rows) | forms(heads, label, rows) | layouts(heads, label, rows)
    return files | (headerless(rows) if records is PEOPLE else {})


def _cells(shapes: tuple[str, ...]):
    """(kind, label index, label, shape, records): every birth label in the first shape and
    the first label in every shape; the same for the other days; the pets' and firms'."""
    for kind, labels in (("own", BIRTH_LABELS), ("look", OTHER_LABELS)):
        for i, label in enumerate(labels):
            yield kind, i, label, shapes[0], PEOPLE
        for shape in shapes[1:]:
            yield kind, 0, labels[0], shape, PEOPLE
    for i, (records, label) in enumerate(NOT_PERSONS):
        for shape in shapes[:3]:
            yield "thing", i, label, shape, records


def write_matrix(root: Path, shapes: tuple[str, ...], seed: int = 14) -> dict[str, tuple]:
    """Every cell's files under root: {file name: (own label?, canonical dates, label)}."""
    rng, truth = random.Random(seed), {}
    for kind, i, label, shape, records in _cells(shapes):
        dates = [draw(rng, shape, kind != "look") for _ in range(3)]
        for fmt, data in cell_files(label, records, [written(d, shape) for d in dates]).items():
            name = f"{kind}{i:02d}_{shape}_{fmt}"
            (root / name).write_bytes(data)
            truth[name] = (kind == "own", [str(d) for d in dates], label)
    return truth


def main() -> None:
    from scanner.app.lazy_detector import build_detector
    from scanner.objects import ObjectScanner

    shapes = (sys.argv[sys.argv.index("--shape") + 1],) if "--shape" in sys.argv else SHAPES
    with tempfile.TemporaryDirectory() as tmp:
        truth = write_matrix(Path(tmp), shapes)
        found = {uri.rpartition("/")[2]: v for uri, v in found_in(scan(ObjectScanner(build_detector()), Path(tmp))).items()}
    totals, by_cell = Counter(), Counter()
    for name, (own, dates, label) in sorted(truth.items()):
        hits = sum(1 for d in dates if (ENTITY, d) in found.get(name, set()))
        stray = {v for e, v in found.get(name, set()) if e == ENTITY and v not in dates}
        wrong = len(dates) - hits if own else hits
        totals["own" if own else "look"] += len(dates)
        totals["missed" if own else "flagged"] += wrong
        totals["stray"] += len(stray)
        if wrong or stray:
            shape, fmt = name.split("_", 1)[1].rsplit("_", 1)
            by_cell[("missed" if own else "flagged", shape, fmt)] += wrong
            if "--cells" in sys.argv:
                print(f"{'MISSED ' if own else 'FLAGGED'} {wrong}/{len(dates)} {label} {name}"
                      + (f" stray {sorted(stray)}" if stray else ""))
    for (what, shape, fmt), count in sorted(by_cell.items()):
        if count:
            print(f"{what} {shape} {fmt}: {count}")
    print(f"births missed {totals['missed']} of {totals['own']}; look-alikes flagged {totals['flagged']} of "
          f"{totals['look']}; stray dates {totals['stray']}")


if __name__ == "__main__":
    main()
