"""Every development corpus at once: a rule is measured on all the writers it was not read on,
so a rule that fits one writer shows no gain elsewhere and one that costs recall elsewhere
shows its new error lines (issue 12, fourteenth session).

    .venv/bin/python benchmarks/dev_corpora.py OUT [--baseline BASE] [--corpora 7-24] [--jobs 2]

Each corpus is written once into OUT/cNN (documents and truth, reused when present), `daicho
check` of this checkout is run on it, and OUT/cNN/table.txt (per type) and errors.txt (misses
and false findings, one line each) are written. With --baseline (an earlier OUT, e.g. of the
starting code) it prints, per corpus, micro F1 before and after and the error lines gone and
new. The held-out set (role `eval` in detection_report.CORPORA) is never listed here.
"""

from __future__ import annotations

import argparse
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.detection_report import CORPORA  # noqa: E402
from benchmarks.score_findings import score_files  # noqa: E402
from benchmarks.scoring.run import daicho_check  # noqa: E402
from benchmarks.scoring.table import fmt, metrics, micro, render, render_errors  # noqa: E402


def development(numbers: str) -> list[str]:
    """'7-24' or '7,9,12' → the development corpora among them."""
    wanted: list[str] = []
    for part in numbers.split(","):
        low, _, high = part.partition("-")
        wanted += [str(n) for n in range(int(low), int(high or low) + 1)]
    return [n for n in wanted if n in CORPORA and CORPORA[n][1] == "dev"]


def scored(number: str, out: Path) -> str:
    """Write (once), check and score one corpus; its micro F1."""
    out.mkdir(parents=True, exist_ok=True)
    package = CORPORA[number][0]
    if not (out / "truth.jsonl").exists():
        package.write(out, package.DEFAULT_SEED, 1.0)
    tree = out / "docs" if (out / "docs").exists() else out / "tree"  # corpora 7-14 write tree/
    score = score_files(out / "truth.jsonl", daicho_check(tree, out / "findings.jsonl"))
    (out / "table.txt").write_text(render(score), encoding="utf-8")
    (out / "errors.txt").write_text(render_errors(score), encoding="utf-8")
    return fmt(metrics(micro(score))[2])


def error_lines(directory: Path) -> list[str]:
    path = directory / "errors.txt"
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return [line for line in lines if line.startswith(("MISS", "FALSE"))]


def compared(number: str, base: Path, new: Path, f1: str) -> str:
    before, after = error_lines(base), error_lines(new)
    gone, added = set(before) - set(after), set(after) - set(before)
    return f"corpus {number}: F1 {f1}; error lines {len(before)} → {len(after)} (gone {len(gone)}, new {len(added)})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--baseline", type=Path, help="an earlier OUT to compare error lines with")
    parser.add_argument("--corpora", default="7-24")
    parser.add_argument("--jobs", type=int, default=2, help="corpora checked at once (one process each)")
    args = parser.parse_args()
    numbers = development(args.corpora)
    with ThreadPoolExecutor(args.jobs) as pool:
        f1s = dict(zip(numbers, pool.map(lambda n: scored(n, args.out / f"c{n}"), numbers)))
    for number in numbers:
        line = f"corpus {number}: F1 {f1s[number]}"
        if args.baseline:
            line = compared(number, args.baseline / f"c{number}", args.out / f"c{number}", f1s[number])
        print(line)


if __name__ == "__main__":
    main()
