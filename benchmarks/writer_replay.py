"""The scanning process of a first scan alone, with the workers' answers replayed:
record what the workers answer for a share once, then scan it again as `daicho scan`
does (scan, people, alerts) with those answers handed back, unpickled as the pool
unpickles them, and no worker running. What is measured is the single writer's own
work (walk, marks, records, people, alerts), the same in every run and free of the
workers' noise; instructions under cachegrind take a minute, not ten.

    .venv/bin/python benchmarks/writer_replay.py SHARE --record ANSWERS [--workers 2]
    .venv/bin/python benchmarks/writer_replay.py SHARE --replay ANSWERS [--runs 3] [--profile OUT]
    .venv/bin/python benchmarks/writer_replay.py SHARE --replay ANSWERS --instructions

ANSWERS holds sealed outcomes only (masked findings, keyed hashes): made with the key
of the home it names (ANSWERS.home), which the replay uses too. The answers fit a
share as it was recorded; the marks and records of a replay are the real ones.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pickle
import resource
import sys
import tempfile
from collections import deque
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

CAPACITY = 4  # tasks in flight, as two workers of scanner.workers.pool hold them


def _task_key(task) -> tuple:
    return task.entry.uri, task.part, task.names_only


class Recording:
    """A runner that passes tasks to another and keeps each answer, pickled."""

    def __init__(self, runner) -> None:
        self.runner, self.capacity, self.peak_rss_kb = runner, runner.capacity, runner.peak_rss_kb
        self.tasks: dict = {}
        self.answers: dict[tuple, bytes] = {}

    def submit(self, task_id, task) -> None:
        self.tasks[task_id] = task
        self.runner.submit(task_id, task)

    def in_flight(self) -> int:
        return self.runner.in_flight()

    def results(self, block: bool) -> list:
        answers = self.runner.results(block)
        for task_id, outcome in answers:
            self.answers[_task_key(self.tasks.pop(task_id))] = pickle.dumps(outcome, pickle.HIGHEST_PROTOCOL)
        return answers

    def warm(self) -> None:
        self.runner.warm()

    def close(self) -> None:
        self.runner.close()


class Replay:
    """A runner that answers each task with the outcome recorded for it."""

    capacity = CAPACITY

    def __init__(self, answers: dict[tuple, bytes]) -> None:
        self.answers, self.peak_rss_kb = answers, {}
        self._in_flight: deque = deque()

    def submit(self, task_id, task) -> None:
        self._in_flight.append((task_id, self.answers[_task_key(task)]))

    def in_flight(self) -> int:
        return len(self._in_flight)

    def results(self, block: bool) -> list:
        if not self._in_flight:
            return []
        task_id, answer = self._in_flight.popleft()  # one at a time: the flow writes between them
        return [(task_id, pickle.loads(answer))]

    def warm(self) -> None:
        pass

    def close(self) -> None:
        self._in_flight.clear()


def _job(share: Path, home: Path, runner_for, keep: Path | None = None) -> dict:
    """One first scan as `daicho scan` runs it, with the runner runner_for makes
    (into the inventory keep, when given: to compare what two versions wrote)."""
    from scanner.app import scan_job
    from scanner.app.lazy_detector import LazyDetector
    from scanner.workers.runners import WorkPlan

    os.environ["DAICHO_HOME"] = str(home)
    opened = scan_job.open_runner
    scan_job.open_runner = lambda plan, detector, limits, key: runner_for(opened(plan, detector, limits, key))
    try:
        with tempfile.TemporaryDirectory() as tmp:
            request = scan_job.ScanRequest([str(share)], str(keep or f"{tmp}/inventory.db"), scan_job.scan_options(), "en",
                                           WorkPlan(workers=2))
            return run_job(request, LazyDetector())
    finally:
        scan_job.open_runner = opened


def run_job(request, detector) -> dict:
    from scanner.app.scan_job import run_scan_job

    return run_scan_job(request, detector).scan.stats


def record(share: Path, answers: Path) -> None:
    home = Path(f"{answers}.home")
    home.mkdir(parents=True, exist_ok=True)
    made: list[Recording] = []
    stats = _job(share, home, lambda runner: made.append(Recording(runner)) or made[-1])
    answers.write_bytes(pickle.dumps(made[0].answers, pickle.HIGHEST_PROTOCOL))
    print(f"recorded {len(made[0].answers)} answers: {stats}")


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


def replay(share: Path, answers: Path, profile: Path | None = None, keep: Path | None = None) -> tuple[float, dict]:
    recorded = pickle.loads(answers.read_bytes())
    profiler = cProfile.Profile() if profile else None
    start = _cpu()
    if profiler:
        profiler.enable()
    stats = _job(share, Path(f"{answers}.home"), lambda runner: (runner.close(), Replay(recorded))[1], keep)
    spent = _cpu() - start
    if profiler:
        profiler.disable()
        profiler.dump_stats(profile)
    return spent, stats


def instructions(share: Path, answers: Path) -> int:
    from benchmarks.instructions import count_instructions

    return count_instructions([sys.executable, __file__, str(share), "--replay", str(answers), "--runs", "1"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("share", type=Path)
    parser.add_argument("--record", type=Path, help="scan with workers and keep their answers here")
    parser.add_argument("--replay", type=Path, help="scan with the answers kept here")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", type=Path, help="cProfile statistics of the last run, written here")
    parser.add_argument("--instructions", action="store_true", help="instructions under cachegrind")
    parser.add_argument("--keep", type=Path, help="the inventory of the last run, written here (a new file)")
    args = parser.parse_args()
    if args.record:
        return record(args.share, args.record)
    if args.instructions:
        with tempfile.TemporaryDirectory() as empty:
            base, full = instructions(Path(empty), args.replay), instructions(args.share, args.replay)
        print(f"instructions of the scanning process: {full / 1e9:.3f} G; an empty scan {base / 1e9:.3f} G; "
              f"the share's {(full - base) / 1e9:.3f} G")
        return
    runs = [replay(args.share, args.replay, args.profile, args.keep if run == args.runs - 1 else None)
            for run in range(args.runs)]
    spent, stats = min(runs, key=lambda run: run[0])
    seen = stats["objects_seen"]
    print(f"scanning process CPU (answers replayed), best of {args.runs}: {spent:.3f} s "
          f"({spent / max(seen, 1) * 1000:.3f} ms an object; {seen} objects, {stats['findings']} findings; "
          f"runs: {', '.join(f'{s:.3f}' for s, _ in runs)})", flush=True)


if __name__ == "__main__":
    main()
