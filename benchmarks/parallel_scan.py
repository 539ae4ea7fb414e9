"""Scans of a generated share (benchmarks/share_generator.py) on worker processes
and on Dask (issue 14): the first scan in one process (`--workers 0`: extract,
detect and write in the scanning process) and with 1 and 2 workers, both speed-ups
(2 workers against one process and against 1 worker) and whether their inventories
are identical (exports compared), an unchanged rescan next to a bare os.scandir
walk + stat of the same tree, a rescan after 1% of the files changed, each
worker's peak memory, and the first scan on a Dask LocalCluster of 1, 2 and 4
worker processes.

    .venv/bin/python benchmarks/parallel_scan.py --files 30000
    .venv/bin/python benchmarks/parallel_scan.py --files 300000 --small --dask ''

Every scan is `daicho scan` as a whole process (start-up included: `wall`); `scan`
is the pipeline's own time inside it, `cpu` the user + system time of the process
and the workers it waited for, `parent cpu` that of the scanning process alone
(start-up, walk, hand-over, the inventory writer and what follows the scan; with
0 workers, the reading too), `workers cpu` the difference, `peak` the highest peak RSS a worker reported of itself (VmHWM). Prints a
Markdown table; figures go in docs/benchmarks.md with the machine. Timings need
a quiet machine.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.share_generator import change, generate  # noqa: E402

# The scan itself, in a process of its own: prints its result as JSON.
DRIVER = """
import json, resource, sys
from scanner.app.lazy_detector import LazyDetector
from scanner.app.scan_job import ScanRequest, run_scan_job, scan_options
from scanner.app.work_plans import work_plan
if __name__ == "__main__":
    workers, dask = sys.argv[3], sys.argv[4] or None
    request = ScanRequest([sys.argv[1]], sys.argv[2], scan_options(), "en", work_plan(workers or None, dask))
    result = run_scan_job(request, LazyDetector())
    own = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({"stats": result.scan.stats, "seconds": result.scan.seconds,
                      "peak_rss_kb": max(result.peak_rss_kb, default=0), "parent_cpu": own.ru_utime + own.ru_stime}))
"""
WALK = """
import os, sys, time
def walk(path):
    count = 0
    for entry in os.scandir(path):
        if entry.is_dir(follow_symlinks=False):
            count += walk(entry.path)
        else:
            entry.stat(follow_symlinks=False)
            count += 1
    return count
start = time.perf_counter()
print(walk(sys.argv[1]), time.perf_counter() - start)
"""


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def scan(root: Path, db: Path, home: Path, workers: str = "", dask: str = "") -> dict:
    """One `daicho scan` as a process: wall and CPU seconds, and what it says of itself."""
    env = {**os.environ, "DAICHO_HOME": str(home), "PYTHONPATH": str(REPO)}
    env.pop("DAICHO_WORKERS", None)
    cpu, start = _children_cpu(), time.perf_counter()
    done = subprocess.run([sys.executable, "-c", DRIVER, str(root), str(db), workers, dask],
                          capture_output=True, text=True, env=env, check=True)
    wall, cpu = time.perf_counter() - start, _children_cpu() - cpu
    return {**json.loads(done.stdout.strip().splitlines()[-1]), "wall": wall, "cpu": cpu}


def bare_walk(root: Path) -> dict:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", WALK, str(root)], capture_output=True, text=True, check=True)
    count, seconds = done.stdout.split()
    return {"wall": time.perf_counter() - start, "seconds": float(seconds), "files": int(count)}


def export_digest(db: Path, home: Path) -> tuple[str, int]:
    """(sha256, lines) of `daicho export --format jsonl` of an inventory: equal
    digests, identical inventories (the export holds no ids that follow write order)."""
    env = {**os.environ, "DAICHO_HOME": str(home), "PYTHONPATH": str(REPO)}
    out = db.with_suffix(".jsonl")
    subprocess.run([sys.executable, "-m", "scanner.cli", "export", "--db", str(db), "--format", "jsonl",
                    "--output", str(out)], capture_output=True, text=True, env=env, check=True)
    digest, lines = hashlib.sha256(), 0
    with out.open("rb") as exported:
        for line in exported:
            digest.update(line)
            lines += 1
    out.unlink()
    return digest.hexdigest(), lines


def row(name: str, run: dict) -> str:
    stats = run.get("stats", {})
    peak = f"{run['peak_rss_kb'] / 1024:.0f} MB" if run.get("peak_rss_kb") else "-"
    parent = f"{run['parent_cpu']:.1f}" if "parent_cpu" in run else "-"
    workers = f"{run['cpu'] - run['parent_cpu']:.1f}" if "parent_cpu" in run else "-"
    return (f"| {name} | {run['wall']:.1f} | {run['seconds']:.1f} | {run.get('cpu', 0):.1f} | {parent} | "
            f"{workers} | {peak} | {stats.get('objects_seen', run.get('files', '-'))} | "
            f"{stats.get('objects_extracted', '-')} | {stats.get('findings', '-')} |")


def speed_ups(firsts: dict[int, dict]) -> Iterator[str]:
    """The most workers against one process (0) and against 1 worker, of those run."""
    most = max(firsts)
    for base in sorted(count for count in firsts if count < most and count <= 1):
        name = "one process (--workers 0)" if base == 0 else "1 worker"
        one, many = firsts[base], firsts[most]
        yield (f"| speed-up {most} workers / {name} | {one['wall'] / many['wall']:.2f}x | "
               f"{one['seconds'] / many['seconds']:.2f}x | {one['cpu'] / many['cpu']:.2f}x (cpu) | | | | | | |")


def identical(digests: dict[int, tuple[str, int]]) -> str:
    counts = ", ".join(str(count) for count in sorted(digests))
    lines = ", ".join(str(digest[1]) for _, digest in sorted(digests.items()))
    same = len({digest for digest, _ in digests.values()}) == 1
    return (f"inventories of the first scans with {counts} workers (export compared, {lines} lines): "
            f"{'identical' if same else 'DIFFERENT'}")


def measure(root: Path, tmp: Path, files: int, small: bool, workers: list[int], dask: list[int]) -> Iterator[str]:
    """The table's rows, each as soon as it is measured (a long run cut short still tells what it did)."""
    home = tmp / "home"
    firsts, digests = {}, {}
    for count in workers:
        firsts[count] = scan(root, tmp / f"w{count}.db", home, str(count))
        yield row(f"first scan, {count} worker(s)" if count else "first scan, one process (0 workers)",
                  firsts[count])
        digests[count] = export_digest(tmp / f"w{count}.db", home)
    if len(firsts) > 1:
        yield from speed_ups(firsts)
        yield f"| {identical(digests)} | | | | | | | | | |"
    db = tmp / f"w{max(workers)}.db"
    rescan, walk = scan(root, db, home, str(max(workers))), bare_walk(root)
    yield row("unchanged rescan", rescan)
    yield row("bare os.scandir walk + stat", walk)
    yield (f"| rescan / walk | {rescan['wall'] / walk['wall']:.1f}x | {rescan['seconds'] / walk['seconds']:.1f}x "
           "| | | | | | | |")
    changed = change(root, files, 0.01, small)
    yield row(f"rescan after {changed} files changed (1%)", scan(root, db, home, str(max(workers))))
    for count in dask:
        yield row(f"first scan, Dask LocalCluster of {count}", scan(root, tmp / f"d{count}.db", home,
                                                                   dask=f"local:{count}"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=30_000)
    parser.add_argument("--small", action="store_true", help="one person a file (the 300,000-file share)")
    parser.add_argument("--workers", default="0,1,2", help="worker counts of the first scans (0: one process)")
    parser.add_argument("--dask", default="1,2,4", help="LocalCluster sizes ('' for none)")
    parser.add_argument("--share", type=Path, help="an existing generated share of --files files (it is changed)")
    args = parser.parse_args()
    counts = lambda text: [int(n) for n in text.split(",") if n]  # noqa: E731
    print(f"machine: {platform.machine()}, {len(os.sched_getaffinity(0))} cores, Python {platform.python_version()}")
    print(f"share: {args.files} files{' (small)' if args.small else ''}\n")
    print(f"load average at the start: {' '.join(f'{load:.2f}' for load in os.getloadavg())}\n")
    print("| run | wall (s) | scan (s) | cpu (s) | parent cpu (s) | workers cpu (s) | peak RSS of a worker | "
          "objects | read | findings |")
    print("|---|---|---|---|---|---|---|---|---|---|", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        root = args.share or Path(tmp) / "share"
        if args.share is None:
            generate(root, args.files, args.small)
        for line in measure(root, Path(tmp), args.files, args.small, counts(args.workers), counts(args.dask)):
            print(line, flush=True)
    print(f"\nload average at the end: {' '.join(f'{load:.2f}' for load in os.getloadavg())}")


if __name__ == "__main__":
    main()
