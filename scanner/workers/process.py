"""The worker process: an address-space limit first, then tasks from the parent
until it closes the pipe. The NLP model is loaded on the first text to detect
(a worker that only meets unreadable files never loads it)."""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import resource
import signal
from collections import deque
from multiprocessing.connection import Connection

from scanner.limits import Limits
from scanner.workers.batches import BIG_ROWS, MODEL_LOAD_SECONDS, Answers, Cell, unpack, weight

# One BLAS thread per worker: the workers are the parallelism (one per core).
SINGLE_THREADED = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
_PR_SET_PDEATHSIG = 1
STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}  # the scan's to handle, not a worker's


def limit_address_space(limit: int) -> None:
    """RLIMIT_AS, soft and hard: an allocation past it fails (MemoryError) in this
    process only, and the worker cannot raise it again."""
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _die_with_parent() -> None:
    """A worker whose parent was killed (kill -9) is killed too (Linux), rather than
    reading on into a pipe nobody reads. A parent killed while this worker started
    (before the request) leaves it a task already in the pipe: it leaves at once."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass  # not Linux: the worker ends at its next read of the closed pipe
    parent = multiprocessing.parent_process()
    if parent is not None and os.getppid() != parent.pid:
        os._exit(1)


def serve(conn: Connection, cell: Cell, limits: Limits, key: bytes, batch: int) -> None:
    """The target of the spawned process: its loop, then out at once. The loaded
    model is not torn down object by object (interpreter finalisation took 0.3–3 s
    a worker on a loaded machine, at the end of every scan, while the scan waited);
    the worker holds nothing to flush: its answers went over its pipe."""
    _loop(conn, cell, limits, key, batch)
    os._exit(0)


def _loop(conn: Connection, cell: Cell, limits: Limits, key: bytes, batch: int) -> None:
    """The worker's main loop: tasks until the parent closes the pipe or says stop."""
    os.environ.update(SINGLE_THREADED)
    for signum in STOP_SIGNALS:  # blocked by the parent while this process started
        signal.signal(signum, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)
    _die_with_parent()
    limit_address_space(limits.worker_memory)
    from scanner.app.lazy_detector import LazyDetector
    from scanner.objects import ObjectScanner

    scanner = ObjectScanner(LazyDetector(on_load=lambda: cell.extend(MODEL_LOAD_SECONDS)), limits)
    answers, tasks, number = Answers(conn, batch), deque(), 0  # number: of the next task, counted as the parent does
    while True:
        if not tasks:
            if not conn.poll():  # nothing more to read: what is held goes now
                answers.flush()
                cell.idle()
            try:
                tasks.extend(unpack(conn.recv_bytes()))
            except EOFError:
                return
            continue
        message = tasks.popleft()
        if message is None:
            return
        task_id, task = message
        if task is None:  # warm up: load the model now (a watch, before the first file lands)
            scanner.detector.detect("")
            continue
        cell.begin(number)
        number += 1
        if not _run(task_id, task, scanner, key, answers):
            return


def _run(task_id, task, scanner, key: bytes, answers: Answers) -> bool:
    """One task, its answer held or sent; False when the worker must leave (it ran
    out of memory: the parent replaces it)."""
    from scanner.workers.work import run_task, test_hook

    test_hook(task)
    outcome = run_task(task, scanner, key)
    big = not task.splittable or task.part is not None or bool(outcome.parts) or weight(outcome.record) > BIG_ROWS
    answers.add((task_id, outcome), big or outcome.recycle)
    return not outcome.recycle
