"""The matrix of issue 12's ids13 work: passports, residence cards and driving licences
written in one real file per cell of format × where the label stands (a header row,
a merged header, a cell or two to the left, a form's label above, key-value lines,
JSON/XML/YAML keys, a sentence, a fixed-width header, a headerless host export) × the
value's shape × whose record it is (a foreign resident's stay record, or none), read
by the real extractors and detector. Look-alikes (品番, 予約番号, 便名 … in the same
shapes, and a form's example number printed in its instructions) should find nothing.
Prints the cells that miss a number or flag a look-alike, then the totals.

    .venv/bin/python benchmarks/ids13_matrix.py [--cells] [--kind passport|card|licence]
"""

from __future__ import annotations

import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.ids13_files import checklist, forms, headerless, layouts, tables  # noqa: E402
from benchmarks.ids13_values import DOCUMENTS, KINDS, LOOKALIKE_LABELS, NONE, Values, example_files  # noqa: E402
from benchmarks.quality import found_in, scan  # noqa: E402


def cell_files(label: str, records: tuple[list[str], list[list[str]]], values: list[str]) -> dict[str, bytes]:
    """Every format and placement for one label, whose records and one shape of values."""
    heads, fields = records
    rows = [f + [v] for f, v in zip(fields, values)]
    files = tables(heads, label, rows) | forms(heads, label, rows) | layouts(heads, label, rows)
    return files | (headerless(rows) if records is not NONE else {})


def crossed(labels: list[str], shapes: tuple[str, ...]) -> list[tuple[int, str, str]]:
    """Every label in the first shape, and the first label in every other shape."""
    return [(i, label, shapes[0]) for i, label in enumerate(labels)] + [(0, labels[0], s) for s in shapes[1:]]


def write_matrix(root: Path, kinds: list[str], seed: int = 13) -> dict[str, tuple]:
    """Every cell's files under root: {file name: (entity, own label?, canonical values, label)}."""
    values, truth = Values(random.Random(seed)), {}
    for kind in kinds:
        entity, labels, shapes, people = KINDS[kind]
        for own, label_list in ((True, labels), (False, LOOKALIKE_LABELS)):
            for li, label, shape in crossed(label_list, shapes):
                for with_person in ((True, False) if own else (False,)):
                    numbers = [values.draw(kind, shape) for _ in range(3)]
                    records = people if with_person else NONE
                    for fmt, data in cell_files(label, records, [n for n, _ in numbers]).items():
                        name = f"{kind}_{'own' if own else 'look'}{li:02d}_{shape}_{int(with_person)}_{fmt}"
                        (root / name).write_bytes(data)
                        truth[name] = (entity, own, [c for _, c in numbers], label)
        for shape in shapes:
            for di, document in enumerate(DOCUMENTS[kind]):
                numbers = [values.draw(kind, shape) for _ in range(3)]
                rows = [f + [n] for f, (n, _) in zip(people[1], numbers)]
                for fmt, data in checklist(document, rows).items():
                    name = f"{kind}_doc{di}_{shape}_1_{fmt}"
                    (root / name).write_bytes(data)
                    truth[name] = (entity, True, [c for _, c in numbers], document)
        for fmt, (data, canonical) in example_files(kind, values).items():
            name = f"{kind}_example_{fmt}"
            (root / name).write_bytes(data)
            truth[name] = (entity, False, canonical, "example")
    return truth


def main() -> None:
    from scanner.app.lazy_detector import build_detector
    from scanner.objects import ObjectScanner

    kinds = [sys.argv[sys.argv.index("--kind") + 1]] if "--kind" in sys.argv else list(KINDS)
    with tempfile.TemporaryDirectory() as tmp:
        truth = write_matrix(Path(tmp), kinds)
        found = {uri.rpartition("/")[2]: v for uri, v in found_in(scan(ObjectScanner(build_detector()), Path(tmp))).items()}
    totals, by_cell = Counter(), Counter()
    for name, (entity, own, values, label) in sorted(truth.items()):
        hits = sum(1 for v in values if (entity, v) in found.get(name, set()))
        wrong = len(values) - hits if own else hits
        kind, fmt = name.partition("_")[0], name.rpartition("_")[2]
        totals[(kind, "own" if own else "look")] += len(values)
        totals[(kind, "missed" if own else "flagged")] += wrong
        if wrong:
            by_cell[(kind, "missed" if own else "flagged", fmt)] += wrong
            if "--cells" in sys.argv:
                print(f"{'MISSED ' if own else 'FLAGGED'} {wrong}/{len(values)} {label} {name}")
    for (kind, what, fmt), count in sorted(by_cell.items()):
        print(f"{kind} {what} {fmt}: {count}")
    for kind in kinds:
        print(f"{kind}: missed {totals[(kind, 'missed')]} of {totals[(kind, 'own')]}; "
              f"look-alikes flagged {totals[(kind, 'flagged')]} of {totals[(kind, 'look')]}")


if __name__ == "__main__":
    main()
