"""Instructions one scan of the quality corpus executes: a measure of the code's
cost that other tenants of a shared machine do not move (CPU time does).

    .venv/bin/python benchmarks/instructions.py [--docs 200] [--negatives 48] [--seed 2026]

Runs valgrind's cachegrind (Debian package `valgrind`) twice over the same process:
corpus built, detector built, one warm pass, then 0 and then 2 timed passes; half the
difference is one pass, without model loading or start-up. Takes a few minutes.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _passes(root: Path, passes: int) -> None:
    """The measured program: `passes` scans after a warm one."""
    sys.path.insert(0, str(HERE))
    from quality import scan

    from scanner.app.lazy_detector import build_detector
    from scanner.objects import ObjectScanner

    scanner = ObjectScanner(build_detector())
    for _ in range(passes + 1):
        scan(scanner, root)


def count_instructions(command: list[str]) -> int:
    """Instructions a command executes under valgrind's cachegrind (processes it
    starts are not traced)."""
    with tempfile.TemporaryDirectory() as tmp:
        run = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", f"--cachegrind-out-file={tmp}/out",
                              *command], capture_output=True, text=True, check=True)
    return int(re.search(r"I\s+refs:\s+([\d,]+)", run.stderr).group(1).replace(",", ""))


def _instructions(root: Path, passes: int) -> int:
    return count_instructions([sys.executable, __file__, "--measure", str(root), "--passes", str(passes)])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--negatives", type=int, default=48)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--passes", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        _passes(args.measure, args.passes)
        return
    sys.path.insert(0, str(HERE))
    from quality import build

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        build(root, args.docs, args.negatives, seed=args.seed)
        per_pass = (_instructions(root, 2) - _instructions(root, 0)) // 2
    print(f"instructions per scan of the corpus ({args.docs} documents + {args.negatives} negatives, "
          f"seed {args.seed}): {per_pass:,}")


if __name__ == "__main__":
    main()
