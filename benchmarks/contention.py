"""The ceiling of a 2-worker scan on this machine (issue 14): the workers' own work
(read, extract, detect, seal, mask, as `scanner.workers.work.run_task` does it in a
worker: the same detector build, one BLAS thread) with no parent and no messages,
in one process alone, then in two processes at once (each its own half of the
files, and each the whole set), beside a pure-Python loop alone and two at once.

    .venv/bin/python benchmarks/contention.py SHARE [--rounds 3] [--loop 20000000]

SHARE is a tree of benchmarks/share_generator.py (e.g. `OUT --files 1000`). Every
process loads the model and warms up on one file first, then waits; the processes
of one measurement are released together, and each reports the CPU seconds and
wall of its work alone (model load excluded). Rounds run the measurements in
turn (interleaved), so a change of load on a shared machine falls on all of them.
Slowdown = CPU of the same work when two run / CPU alone; the speed-up two
workers allow is at most 2 / slowdown (the halves' wall says the same in seconds).
Steal time of the machine (/proc/stat) during each measurement is printed too.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

KEY = b"contention-benchmark-key-0123456"  # any 32 bytes: nothing is stored


def _entries(share: Path, part: int, parts: int) -> list:
    from scanner.crawl import crawl

    entries = [entry for entry in crawl(share) if entry.status == "ok"]
    size = -(-len(entries) // parts)
    return entries[part * size:(part + 1) * size]  # consecutive: formats come in turn, each half holds the mix


def _work(share: Path, part: int, parts: int) -> dict:
    """A worker's work on its files, timed after the model load and a warm-up file."""
    from inventory.finding_rows import rows_of
    from scanner.app.lazy_detector import LazyDetector
    from scanner.objects import ObjectScanner
    from scanner.workers.tasks import Task
    from scanner.workers.work import run_task

    scanner = ObjectScanner(LazyDetector())
    entries = _entries(share, part, parts)
    run_task(Task(entries[0]), scanner, KEY)  # the model loads here, not in the measure
    _ready()
    cpu, wall = time.process_time(), time.perf_counter()
    findings = 0
    for entry in entries:
        findings += sum(len(rows_of(obj)) for obj in run_task(Task(entry), scanner, KEY).record.walk())
    return {"cpu": time.process_time() - cpu, "wall": time.perf_counter() - wall, "files": len(entries),
            "findings": findings}


def _loop(steps: int) -> dict:
    _ready()
    cpu, wall = time.process_time(), time.perf_counter()
    total = 0
    for step in range(steps):
        total += step
    return {"cpu": time.process_time() - cpu, "wall": time.perf_counter() - wall, "files": 0, "findings": 0}


def _ready() -> None:
    """Tell the parent this process is ready, and wait for the go."""
    print("ready", flush=True)
    sys.stdin.readline()


def _steal() -> int:
    with open("/proc/stat") as stat:
        fields = stat.readline().split()
    return int(fields[8]) if len(fields) > 8 else 0  # clock ticks stolen by the hypervisor, all CPUs


def _together(commands: list[list[str]]) -> tuple[list[dict], float]:
    """Start the processes, wait until each is ready, release them at once; their
    reports, and the steal seconds meanwhile."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1",
           "MKL_NUM_THREADS": "1"}
    children = [subprocess.Popen([sys.executable, __file__, *command], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, text=True, env=env) for command in commands]
    for child in children:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    steal = _steal()
    for child in children:
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
    reports = [json.loads(child.communicate()[0].strip().splitlines()[-1]) for child in children]
    return reports, (_steal() - steal) / os.sysconf("SC_CLK_TCK")


def measurements(share: str, steps: int) -> dict[str, list[list[str]]]:
    work = lambda part, parts: ["--child", share, "--part", str(part), "--parts", str(parts)]  # noqa: E731
    loop = ["--loop", str(steps)]
    return {"work, whole, alone": [work(0, 1)], "work, halves, two at once": [work(0, 2), work(1, 2)],
            "work, whole, two at once": [work(0, 1), work(0, 1)],
            "loop, alone": [loop], "loop, two at once": [loop, loop]}


def _load() -> str:
    return " ".join(f"{value:.1f}" for value in os.getloadavg())


def report(results: dict[str, list[tuple[list[dict], float]]]) -> None:
    print("\n| measurement | rounds | CPU s a process (median) | wall s (median) | steal s | findings |")
    print("|---|---|---|---|---|---|")
    for name, runs in results.items():
        cpu = statistics.median(statistics.mean(r["cpu"] for r in reports) for reports, _ in runs)
        wall = statistics.median(max(r["wall"] for r in reports) for reports, _ in runs)
        steal = statistics.median(s for _, s in runs)
        findings = sum(r["findings"] for r in runs[0][0])
        print(f"| {name} | {len(runs)} | {cpu:.2f} | {wall:.2f} | {steal:.1f} | {findings} |")
    med = lambda name: statistics.median(sum(r["cpu"] for r in reports) for reports, _ in results[name])  # noqa: E731
    wall = lambda name: statistics.median(max(r["wall"] for r in reports) for reports, _ in results[name])  # noqa: E731
    whole = med("work, whole, two at once") / 2 / med("work, whole, alone")
    halves = med("work, halves, two at once") / med("work, whole, alone")
    loop = med("loop, two at once") / 2 / med("loop, alone")
    print(f"\nslowdown of the work, two at once: whole set {whole:.3f}, halves {halves:.3f}; loop {loop:.3f}")
    print(f"ceiling 2 / slowdown: {2 / whole:.2f}x (whole set), {2 / halves:.2f}x (halves); "
          f"halves' wall speed-up {wall('work, whole, alone') / wall('work, halves, two at once'):.2f}x; "
          f"loop {2 / loop:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("share", type=Path, nargs="?")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--loop", type=int, default=20_000_000, help="steps of the pure-Python loop")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--part", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--parts", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child or args.share is None:
        outcome = _work(args.child, args.part, args.parts) if args.child else _loop(args.loop)
        print(json.dumps(outcome), flush=True)
        return
    results: dict[str, list[tuple[list[dict], float]]] = {}
    for number in range(args.rounds):
        for name, commands in measurements(str(args.share), args.loop).items():
            load = _load()
            results.setdefault(name, []).append(_together(commands))
            cpus = ", ".join(f"{r['cpu']:.2f}" for r in results[name][-1][0])
            print(f"round {number + 1}, {name}: CPU {cpus} s, load before {load}", flush=True)
    report(results)


if __name__ == "__main__":
    main()
