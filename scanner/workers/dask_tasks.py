"""What runs inside a Dask worker: the run's key and limits, installed by the client
directly on each worker (never through the scheduler), and the task itself.

Imported on the workers by reference: they need daicho installed (`daicho[dask]`).
Each worker thread builds its ObjectScanner once and loads the model on the first
text to detect; run workers with `--nthreads 1` (one model per thread).
"""

from __future__ import annotations

import dataclasses
import threading

from scanner.limits import Limits
from scanner.workers.tasks import Outcome, Task
from scanner.workers.work import run_task, test_hook

_RUNS: dict[str, tuple[bytes, Limits]] = {}  # run id -> (installation key, limits), this worker's memory only
_LOCAL = threading.local()


class Secret:
    """The key on its way: shown as <secret> should the worker log a call's arguments."""

    def __init__(self, value: bytes) -> None:
        self.value = value

    def __repr__(self) -> str:
        return "<secret>"


class KeyNotDelivered(RuntimeError):
    """This worker joined after the run's key was handed out (a replacement): the
    client gives it the key and submits the task again."""


def install(run_id: str, key: Secret, limits: Limits) -> bool:
    _RUNS[run_id] = (key.value, limits)
    return True


def forget(run_id: str) -> bool:
    return _RUNS.pop(run_id, None) is not None


def _scanner(limits: Limits):
    cached = getattr(_LOCAL, "scanner", None)
    if cached is None or cached.limits != limits:
        from scanner.app.lazy_detector import LazyDetector
        from scanner.objects import ObjectScanner

        cached = _LOCAL.scanner = ObjectScanner(LazyDetector(), limits)
    return cached


def scan_on_worker(run_id: str, task: Task, data: bytes | None = None) -> Outcome:
    """A task on a Dask worker; data is what the client read from a remote source,
    sent straight to this worker (scatter, direct)."""
    run = _RUNS.get(run_id)
    if run is None:
        raise KeyNotDelivered(run_id)
    key, limits = run
    if data is not None:
        task = dataclasses.replace(task, data=data)
    test_hook(task)
    return run_task(task, _scanner(limits), key)
