"""Where extraction and detection run, behind one interface (`Runner`): this
process (`--workers 0`), worker processes on this machine (the default, one per
core), or a Dask cluster (`--dask`). Each is started on the first task, so an
unchanged rescan starts nothing and loads no model."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Protocol

from scanner.limits import Limits
from scanner.objects import ObjectScanner
from scanner.workers.pool import Answer, WorkerPool
from scanner.workers.tasks import RunnerUnavailable, Task, TaskId, note_peak

__all__ = ["InlineRunner", "Runner", "RunnerUnavailable", "WorkPlan", "default_workers", "open_runner"]
from scanner.workers.work import run_task


def default_workers() -> int:
    """One worker per core this process may run on."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


@dataclass(frozen=True)
class WorkPlan:
    workers: int = field(default_factory=default_workers)  # 0: in this process, without budgets
    dask: str | None = None  # a scheduler (tcp://host:8786, tls://…) or local:N


class Runner(Protocol):
    capacity: int  # tasks worth having in flight
    peak_rss_kb: dict[int, int]  # per worker, as each reported it

    def submit(self, task_id: TaskId, task: Task) -> None: ...

    def in_flight(self) -> int: ...

    def results(self, block: bool) -> list[Answer]: ...  # block: until something finishes or about a second

    def warm(self) -> None: ...

    def close(self) -> None: ...


class InlineRunner:
    """In this process, one task at a time: no address-space limit, no time
    budget, and a crash ends the scan (then recorded `crashed` by the next run)."""

    capacity = 1

    def __init__(self, scanner: ObjectScanner, key: bytes) -> None:
        self.scanner, self._key = scanner, key
        self.peak_rss_kb: dict[int, int] = {}
        self._done: list[Answer] = []

    def submit(self, task_id: TaskId, task: Task) -> None:
        outcome = run_task(task, self.scanner, self._key)
        note_peak(self.peak_rss_kb, outcome)
        self._done.append((task_id, outcome))

    def in_flight(self) -> int:
        return len(self._done)

    def results(self, block: bool) -> list[Answer]:
        done, self._done = self._done, []
        return done

    def warm(self) -> None:
        self.scanner.detector.detect("")

    def close(self) -> None:
        self._done.clear()  # answers of a stopped scan are not the next one's (a watch keeps its runner)


def open_runner(plan: WorkPlan, detector, limits: Limits, key: bytes) -> Runner:
    """The runner a plan asks for; `detector` serves only the in-process one."""
    if plan.dask:
        from scanner.workers.dask_runner import DaskRunner

        return DaskRunner(plan.dask, limits, key)
    if plan.workers <= 0:
        return InlineRunner(ObjectScanner(detector, limits), key)
    return WorkerPool(plan.workers, limits, key)
