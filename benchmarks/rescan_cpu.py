"""CPU seconds and instructions of an unchanged rescan against a bare walk of the
same tree, in process after imports: figures a shared machine does not move much
(CPU time) or at all (instructions), unlike wall time.

    .venv/bin/python benchmarks/rescan_cpu.py --work /var/tmp/rescan2-30k [--repeat 5]
    .venv/bin/python benchmarks/rescan_cpu.py --work DIR --instructions
    .venv/bin/python benchmarks/rescan_cpu.py --work DIR --repo /path/to/other/checkout

DIR holds share/, inventory.db and home/ as benchmarks/rescan.py --work leaves
them (scanned at least once); --db and --home name a copy of the inventory and
its key elsewhere (of the same share/: a copy per checkout compared, and the
work directory left as it is). The walk is os.walk + os.stat of every file; the
rescan is run_scan_job, as `daicho scan` runs it, on the inventory (each run adds
a scan to it). Best of --repeat runs, CPU seconds (time.process_time).
--instructions: valgrind cachegrind (Debian package `valgrind`) over a process
that imports, runs once warm, then 0 or 2 more times: half the difference is one
run, start-up and imports aside. --repo runs another checkout's code (main, to
compare) with this script.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def bare_walk(root: Path) -> int:
    count = 0
    for directory, _, names in os.walk(root):
        for name in names:
            os.stat(os.path.join(directory, name))
            count += 1
    return count


def rescan_runner(work: Path, db: Path, home: Path) -> Callable[[], dict]:
    """An unchanged rescan of work/share into the inventory db, imports done."""
    os.environ["DAICHO_HOME"] = str(home)
    from scanner.app.lazy_detector import LazyDetector
    from scanner.app.scan_job import ScanRequest, run_scan_job, scan_options

    request = ScanRequest([str(work / "share")], str(db), scan_options(max_size="1MB"))

    def run() -> dict:
        result = run_scan_job(request, LazyDetector())
        return result.scan.stats
    return run


def cpu_seconds(run: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return times


def _measured(what: str, work: Path, db: Path, home: Path, runs: int) -> None:
    """The program valgrind traces: one warm run, then `runs` more."""
    run = rescan_runner(work, db, home) if what == "rescan" else (lambda: bare_walk(work / "share"))
    for _ in range(runs + 1):
        run()


def instructions(what: str, work: Path, db: Path, home: Path, repo: Path) -> int:
    """Instructions of one run (of `what`), start-up and imports aside."""
    counts = []
    for runs in (0, 2):
        with tempfile.TemporaryDirectory() as tmp:
            done = subprocess.run(
                ["valgrind", "--tool=cachegrind", "--cache-sim=no", f"--cachegrind-out-file={tmp}/out",
                 sys.executable, __file__, "--work", str(work), "--db", str(db), "--home", str(home),
                 "--repo", str(repo), "--measure", what, "--runs", str(runs)], capture_output=True, text=True, check=True)
        counts.append(int(re.search(r"I\s+refs:\s+([\d,]+)", done.stderr).group(1).replace(",", "")))
    return (counts[1] - counts[0]) // 2


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--db", type=Path, help="the inventory (default: WORK/inventory.db)")
    parser.add_argument("--home", type=Path, help="DAICHO_HOME, with the key (default: WORK/home)")
    parser.add_argument("--repo", type=Path, default=Path(__file__).resolve().parent.parent)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--instructions", action="store_true")
    parser.add_argument("--measure", choices=("walk", "rescan"), help=argparse.SUPPRESS)
    parser.add_argument("--runs", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    sys.path.insert(0, str(args.repo.resolve()))
    db, home = args.db or args.work / "inventory.db", args.home or args.work / "home"
    if args.measure:
        return _measured(args.measure, args.work, db, home, args.runs)
    if args.instructions:
        walk, rescan = (instructions(what, args.work, db, home, args.repo) for what in ("walk", "rescan"))
        print(f"instructions: walk {walk / 1e9:.3f} G, rescan {rescan / 1e9:.3f} G ({rescan / walk:.2f}x)")
        return
    files = bare_walk(args.work / "share")
    run = rescan_runner(args.work, db, home)
    stats = run()  # warm
    walk = cpu_seconds(lambda: bare_walk(args.work / "share"), args.repeat)
    rescan = cpu_seconds(run, args.repeat)
    print(f"{files} files, {stats['objects_seen']} objects, {stats['findings']} findings ({args.repo})")
    print(f"walk CPU s: {' '.join(f'{t:.3f}' for t in walk)}; best {min(walk):.3f} "
          f"({min(walk) / files * 1e6:.1f} µs a file)")
    print(f"rescan CPU s: {' '.join(f'{t:.3f}' for t in rescan)}; best {min(rescan):.3f} "
          f"({min(rescan) / files * 1e6:.1f} µs a file, {min(rescan) / min(walk):.2f}x the walk)")


if __name__ == "__main__":
    main()
