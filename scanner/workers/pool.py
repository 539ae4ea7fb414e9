"""Worker processes on this machine, one task each at a time, started on the first
task (an unchanged rescan starts none). A worker that dies, or overruns the time
budget of one object (it is killed), loses only that object: it comes back as
`Lost` and a new worker takes the next task. The parent reads nothing but the
sealed outcomes."""

from __future__ import annotations

import multiprocessing
import signal
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait

from scanner.limits import Limits
from scanner.workers.process import LOADING, STOP_SIGNALS, serve
from scanner.workers.tasks import CRASHED, OVER_TIME, Lost, Outcome, Task, TaskId, note_peak

Answer = tuple[TaskId, Outcome | Lost]
MODEL_LOAD_SECONDS = 600.0  # added to a task's time budget when its worker loads the model
_CONTEXT = multiprocessing.get_context("spawn")  # no fork of a parent with threads (watchdog, the progress bar)


@dataclass
class _Slot:
    process: multiprocessing.process.BaseProcess
    conn: Connection
    task_id: TaskId | None = None
    deadline: float = 0.0

    @property
    def busy(self) -> bool:
        return self.task_id is not None


def _signal_name(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            return signal.Signals(-exitcode).name
        except ValueError:
            return f"signal {-exitcode}"
    return f"exit code {exitcode}"


class WorkerPool:
    def __init__(self, size: int, limits: Limits, key: bytes) -> None:
        self.size, self.limits, self._key = size, limits, key
        self.capacity = size  # tasks in flight: one per worker
        self.peak_rss_kb: dict[int, int] = {}  # worker pid -> its peak RSS, as it reported it
        self._slots: list[_Slot] = []

    # -- workers ---------------------------------------------------------
    def _start(self) -> _Slot:
        parent, child = _CONTEXT.Pipe()
        process = _CONTEXT.Process(target=serve, args=(child, self.limits, self._key), daemon=True,
                                   name="daicho-worker")
        # Ctrl-C and SIGTERM reach every process of the terminal or service: blocked while the
        # worker starts, ignored once it runs, so that only the scan decides what stops
        # (a worker killed by them would have its object recorded crashed).
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
        try:
            process.start()
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, previous)
        child.close()
        slot = _Slot(process, parent)
        self._slots.append(slot)
        return slot

    def _retire(self, slot: _Slot, kill: bool = False) -> None:
        if kill and slot.process.is_alive():
            slot.process.kill()
        slot.conn.close()
        slot.process.join(timeout=10)
        self._slots.remove(slot)

    def warm(self) -> None:
        """Start every worker and have it load the model now (a watch)."""
        while len(self._slots) < self.size:
            self._start().conn.send((None, None))

    # -- tasks -----------------------------------------------------------
    def in_flight(self) -> int:
        return sum(1 for slot in self._slots if slot.busy)

    def submit(self, task_id: TaskId, task: Task) -> None:
        slot = next((s for s in self._slots if not s.busy), None)
        if slot is None:
            if len(self._slots) >= self.size:
                raise RuntimeError("no idle worker: wait for results first")
            slot = self._start()
        slot.task_id, slot.deadline = task_id, time.monotonic() + self.limits.object_seconds
        slot.conn.send((task_id, task))

    def results(self, block: bool) -> list[Answer]:
        """What finished; with block, wait until something does (if anything is in flight)."""
        busy = [slot for slot in self._slots if slot.busy]
        if not busy:
            return []
        timeout = max(0.0, min(slot.deadline for slot in busy) - time.monotonic()) if block else 0
        ready = wait([slot.conn for slot in busy] + [slot.process.sentinel for slot in busy], timeout)
        answers = [answer for slot in busy if (answer := self._answer(slot, ready)) is not None]
        return answers

    def _answer(self, slot: _Slot, ready: list) -> Answer | None:
        task_id = slot.task_id
        assert task_id is not None
        if slot.conn in ready or slot.process.sentinel in ready:
            try:
                if slot.conn.poll():
                    answer = slot.conn.recv()
                    if answer == LOADING:
                        slot.deadline += MODEL_LOAD_SECONDS
                        return None
                    slot.task_id = None
                    self._note(slot, answer[1])
                    return answer
            except (EOFError, OSError):
                pass
            slot.process.join(timeout=10)
            self._retire(slot)
            return task_id, Lost("crashed", CRASHED.format(signal=_signal_name(slot.process.exitcode)))
        if time.monotonic() >= slot.deadline:
            self._retire(slot, kill=True)
            return task_id, Lost("too_large", OVER_TIME.format(seconds=self.limits.object_seconds))
        return None

    def _note(self, slot: _Slot, outcome: Outcome) -> None:
        note_peak(self.peak_rss_kb, outcome)
        if outcome.recycle:  # it ran out of memory and leaves: replaced on the next task
            self._retire(slot, kill=True)

    def close(self) -> None:
        """Stop every worker; a task still running is abandoned (its object is read
        again by the next scan)."""
        for slot in list(self._slots):
            if not slot.busy:
                try:
                    slot.conn.send(None)
                except OSError:
                    pass
            self._retire(slot, kill=slot.busy)
