"""Where a first scan with worker processes leaves a core idle (issue 14): the
timeline of one `daicho scan` job in this process (as writer_cpu.py runs it) with
its phases timed — start-up of the job, the walk while workers read, the tail
after the walk, what follows (indexes restored, unseen objects, people, the
scan's counts, alerts) — the scanning process's CPU in each, and each worker's
time waiting for a task (its shared cell says idle), sampled every 10 ms, during
the walk and in the tail (from the walk's end to the last answer written; after
that the workers wait for the scan's serial end, which the phases show).

    .venv/bin/python benchmarks/scan_timeline.py SHARE [--workers 2]

SHARE is a tree of benchmarks/share_generator.py. The phases are found by wrapping
functions of the scan here, in the benchmark (the scan's code is not changed);
the sampling thread costs the scanning process a little CPU of its own.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

SAMPLE = 0.01  # seconds between looks at the workers' cells


class Timeline:
    def __init__(self) -> None:
        self.start = time.monotonic()
        self.marks: list[tuple[str, float, float]] = []  # (what began, when, parent CPU then)
        self.pool = None
        self.idle: dict[int, float] = {}  # worker pid -> seconds its cell said idle, once it began a task
        self.idle_tail: dict[int, float] = {}  # the same, after the walk was over, to the last answer
        self.began: dict[int, float] = {}  # worker pid -> when it began its first task
        self.last_busy: dict[int, float] = {}  # worker pid -> the last time it was seen reading
        self.cpu: dict[int, float] = {}  # worker pid -> its CPU seconds, last read
        self.done = threading.Event()

    def mark(self, name: str) -> None:
        own = resource.getrusage(resource.RUSAGE_SELF)
        self.marks.append((name, time.monotonic() - self.start, own.ru_utime + own.ru_stime))

    def walked(self) -> bool:
        return any(name.startswith("walk over") for name, _, _ in self.marks)

    def written(self) -> bool:
        """The last answer is written: what follows is the scan's serial end (its phases)."""
        return any(name.startswith("last answer") for name, _, _ in self.marks)

    def sample(self) -> None:
        tick = os.sysconf("SC_CLK_TCK")
        now = time.monotonic() - self.start
        while not self.done.wait(SAMPLE):
            current = time.monotonic() - self.start
            step, now = current - now, current  # the real gap between looks: late under load
            for slot in list(getattr(self.pool, "_slots", ())):
                pid = slot.process.pid
                if slot.cell.reading() is None:
                    if pid in self.began and not self.written():
                        idle = self.idle_tail if self.walked() else self.idle
                        idle[pid] = idle.get(pid, 0.0) + step
                else:
                    self.began.setdefault(pid, now)
                    self.last_busy[pid] = now
                self.cpu[pid] = _cpu_of(pid, tick, self.cpu.get(pid, 0.0))


def _cpu_of(pid: int, tick: int, last: float) -> float:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / tick
    except (OSError, IndexError):
        return last


def _wrap(owner, name: str, timeline: Timeline, label: str, once: bool = False) -> None:
    original = getattr(owner, name)
    seen = []

    def wrapped(*args, **kwargs):
        if not (once and seen):
            seen.append(1)
            timeline.mark(label)
        result = original(*args, **kwargs)
        if label.startswith("finish:"):
            timeline.mark(label + " done")
        return result
    setattr(owner, name, wrapped)


def instrument(timeline: Timeline) -> None:
    import inventory.store as store
    import scanner.app.scan_job as job
    from scanner.workers.flow import Flow
    from scanner.workers.pool import WorkerPool

    opened = job.open_runner

    def open_runner(*args, **kwargs):
        timeline.pool = opened(*args, **kwargs)
        return timeline.pool
    job.open_runner = open_runner
    _wrap(WorkerPool, "submit", timeline, "first task handed over", once=True)
    _wrap(Flow, "drain", timeline, "walk over: the tail", once=True)
    _wrap(Flow, "close", timeline, "last answer written", once=True)
    for name in ("restore",):
        _wrap(store.key_index, name, timeline, f"finish: indexes {name}d")
    _wrap(store, "resolve_people", timeline, "finish: people")
    _wrap(store.scans, "finish", timeline, "finish: counts")
    _wrap(job, "latest_changes", timeline, "alerts: new findings read")
    _wrap(job, "new_alerts", timeline, "alerts: lines")


def run(share: Path, workers: int) -> Timeline:
    from scanner.app.lazy_detector import LazyDetector
    from scanner.app.scan_job import ScanRequest, run_scan_job, scan_options
    from scanner.workers.runners import WorkPlan

    timeline = Timeline()
    instrument(timeline)
    sampler = threading.Thread(target=timeline.sample, daemon=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DAICHO_HOME"] = tmp
        request = ScanRequest([str(share)], f"{tmp}/inventory.db", scan_options(), "en", WorkPlan(workers=workers))
        timeline.mark("job begins")
        sampler.start()
        result = run_scan_job(request, LazyDetector())
        timeline.mark("job over")
        timeline.done.set()
        sampler.join()
    print(f"{result.scan.stats['objects_seen']} objects, {result.scan.stats['findings']} findings")
    return timeline


def report(timeline: Timeline) -> None:
    print("\n| phase | begins at (s) | lasts (s) | scanning process CPU (s) |")
    print("|---|---|---|---|")
    marks = sorted(timeline.marks, key=lambda mark: mark[1])
    for (name, at, cpu), (_, end, cpu_end) in zip(marks, marks[1:]):
        print(f"| {name} | {at:.2f} | {end - at:.2f} | {cpu_end - cpu:.2f} |")
    print("\n| worker | first task at (s) | last seen reading (s) | waiting for a task: walk, tail (s) | CPU (s) |")
    print("|---|---|---|---|---|")
    for number, pid in enumerate(sorted(timeline.began, key=timeline.began.get), 1):
        print(f"| {number} | {timeline.began[pid]:.2f} | {timeline.last_busy[pid]:.2f} | "
              f"{timeline.idle.get(pid, 0.0):.2f}, {timeline.idle_tail.get(pid, 0.0):.2f} | "
              f"{timeline.cpu.get(pid, 0.0):.2f} |")
    own = resource.getrusage(resource.RUSAGE_SELF)
    print(f"\nscanning process CPU in all: {own.ru_utime + own.ru_stime:.2f} s; load average "
          f"{' '.join(f'{value:.1f}' for value in os.getloadavg())}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("share", type=Path)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    report(run(args.share, args.workers))


if __name__ == "__main__":
    main()
