"""Worker processes on this machine, started on the first task (an unchanged
rescan starts none). Each holds the task it is reading and, when the task is
small (a path to read, not bytes), the next one in its pipe, so that it never
waits for the parent to write what it answered. A worker that dies, or overruns
the time budget of one object (it is killed), loses only the object it was
reading: that comes back as `Lost`, a task queued behind it goes to another
worker, and a new worker takes the next task. The parent reads nothing but the
sealed outcomes."""

from __future__ import annotations

import multiprocessing
import signal
import time
from collections import deque
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.reduction import ForkingPickler

from scanner.limits import Limits
from scanner.workers.process import LOADING, STOP_SIGNALS, serve
from scanner.workers.tasks import CRASHED, OVER_TIME, Lost, Outcome, Task, TaskId, note_peak

Answer = tuple[TaskId, Outcome | Lost]
MODEL_LOAD_SECONDS = 600.0  # added to a task's time budget when its worker loads the model
DEPTH = 2  # tasks a worker holds: the one it reads and the next
QUEUED_BYTES = 16 * 1024  # a task queued behind a busy worker fits its pipe: the parent never blocks on it
_CONTEXT = multiprocessing.get_context("spawn")  # no fork of a parent with threads (watchdog, the progress bar)


@dataclass
class _Slot:
    process: multiprocessing.process.BaseProcess
    conn: Connection
    tasks: deque[tuple[TaskId, Task]] = field(default_factory=deque)  # sent, not answered; the first is read
    deadline: float = 0.0  # of the first task

    @property
    def busy(self) -> bool:
        return bool(self.tasks)


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
        self.capacity = DEPTH * size  # tasks in flight
        self.peak_rss_kb: dict[int, int] = {}  # worker pid -> its peak RSS, as it reported it
        self._slots: list[_Slot] = []
        self._waiting: deque[tuple[TaskId, Task]] = deque()  # accepted, for the next idle worker

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
        """The worker leaves; the tasks it still holds (queued behind the one it was
        reading, which the caller has taken off) go to others."""
        if kill and slot.process.is_alive():
            slot.process.kill()
        slot.conn.close()
        slot.process.join(timeout=10)
        self._slots.remove(slot)
        self._waiting.extendleft(reversed(slot.tasks))
        slot.tasks.clear()

    def warm(self) -> None:
        """Start every worker and have it load the model now (a watch)."""
        while len(self._slots) < self.size:
            self._start().conn.send((None, None))

    # -- tasks -----------------------------------------------------------
    def in_flight(self) -> int:
        return sum(len(slot.tasks) for slot in self._slots) + len(self._waiting)

    def submit(self, task_id: TaskId, task: Task) -> None:
        """Sent now if a worker can take it, else held for the next one free."""
        self._waiting.append((task_id, task))
        self._dispatch()

    def _dispatch(self) -> None:
        """Waiting tasks to idle workers (started as needed), then small ones behind
        busy workers (pickled once: the size decides, the bytes are sent)."""
        while self._waiting:
            task_id, task = self._waiting[0]
            message = ForkingPickler.dumps((task_id, task))
            slot = next((s for s in self._slots if not s.busy), None)
            if slot is None and len(self._slots) < self.size:
                slot = self._start()
            if slot is None and task.data is None and len(message) <= QUEUED_BYTES:
                slot = next((s for s in self._slots if len(s.tasks) < DEPTH), None)
            if slot is None:
                return
            self._waiting.popleft()
            if not slot.tasks:
                slot.deadline = time.monotonic() + self.limits.object_seconds
            slot.tasks.append((task_id, task))
            slot.conn.send_bytes(message)

    def results(self, block: bool) -> list[Answer]:
        """What finished; with block, wait until something does (if anything is in flight)."""
        busy = [slot for slot in self._slots if slot.busy]
        if not busy:
            return []
        timeout = max(0.0, min(slot.deadline for slot in busy) - time.monotonic()) if block else 0
        ready = wait([slot.conn for slot in busy] + [slot.process.sentinel for slot in busy], timeout)
        answers = [answer for slot in busy if (answer := self._answer(slot, ready)) is not None]
        self._dispatch()
        return answers

    def _answer(self, slot: _Slot, ready: list) -> Answer | None:
        task_id = slot.tasks[0][0]
        if slot.conn in ready or slot.process.sentinel in ready:
            try:
                if slot.conn.poll():
                    answer = slot.conn.recv()
                    if answer == LOADING:
                        slot.deadline += MODEL_LOAD_SECONDS
                        return None
                    slot.tasks.popleft()
                    slot.deadline = time.monotonic() + self.limits.object_seconds  # the next one's, if any
                    self._note(slot, answer[1])
                    return answer
            except (EOFError, OSError):
                pass
            slot.process.join(timeout=10)
            slot.tasks.popleft()
            self._retire(slot)
            return task_id, Lost("crashed", CRASHED.format(signal=_signal_name(slot.process.exitcode)))
        if time.monotonic() >= slot.deadline:
            slot.tasks.popleft()
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
        self._waiting.clear()
