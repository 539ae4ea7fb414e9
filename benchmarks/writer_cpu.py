"""The scanning process's own cost in a first scan (issue 14: the speed-up on 2
cores is bounded by it): CPU seconds of this process after its imports, workers
not counted; or its instructions under valgrind's cachegrind (workers not traced),
which other tenants of a shared machine do not move.

    .venv/bin/python benchmarks/writer_cpu.py SHARE [--workers 2] [--runs 2] [--profile OUT]
    .venv/bin/python benchmarks/writer_cpu.py SHARE --instructions

SHARE is a tree of benchmarks/share_generator.py (e.g. `OUT --files 3000`). Each
run scans it into a new inventory as `daicho scan` does (the job: scan, alerts).
--instructions runs the scan and an empty one under cachegrind and prints both
(their difference is the share's; start-up and imports are in the empty one).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def _cpu() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime, own.ru_stime


def first_scan(share: Path, workers: int, profile: Path | None = None) -> tuple[float, float, dict]:
    """(user and system CPU seconds of this process, the scan's counts) of one first scan."""
    from scanner.app.lazy_detector import LazyDetector
    from scanner.app.scan_job import ScanRequest, run_scan_job, scan_options
    from scanner.workers.runners import WorkPlan

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DAICHO_HOME"] = tmp
        request = ScanRequest([str(share)], f"{tmp}/inventory.db", scan_options(), "en", WorkPlan(workers=workers))
        profiler = cProfile.Profile(time.process_time) if profile else None  # CPU, not wall: a shared machine
        start = _cpu()
        if profiler:
            profiler.enable()
        result = run_scan_job(request, LazyDetector())
        user, system = (after - before for after, before in zip(_cpu(), start))
        if profiler:
            profiler.disable()
            profiler.dump_stats(profile)
    return user, system, result.scan.stats


def instructions(share: Path, workers: int) -> int:
    from benchmarks.instructions import count_instructions

    return count_instructions([sys.executable, __file__, str(share), "--workers", str(workers), "--runs", "1"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("share", type=Path)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--runs", type=int, default=2, help="the best of so many runs is printed")
    parser.add_argument("--profile", type=Path, help="cProfile statistics of the last run, written here")
    parser.add_argument("--instructions", action="store_true", help="instructions under cachegrind instead")
    args = parser.parse_args()
    if args.instructions:
        with tempfile.TemporaryDirectory() as empty:
            base, full = instructions(Path(empty), args.workers), instructions(args.share, args.workers)
        print(f"instructions of the scanning process: {full / 1e9:.2f} G; an empty scan {base / 1e9:.2f} G")
        return
    runs = [first_scan(args.share, args.workers, args.profile) for _ in range(args.runs)]
    user, system, stats = min(runs, key=lambda run: run[0] + run[1])
    seen, cpu = stats["objects_seen"], user + system
    print(f"scanning process CPU, best of {args.runs}: {cpu:.2f} s (user {user:.2f}, system {system:.2f}; "
          f"{cpu / max(seen, 1) * 1000:.2f} ms an object; {seen} objects, {stats['findings']} findings; "
          f"runs: {', '.join(f'{u + s:.2f}' for u, s, _ in runs)})", flush=True)


if __name__ == "__main__":
    main()
