"""Worker processes on this machine, started on the first task (an unchanged
rescan starts none). Each holds the task it is reading and, when tasks are
small (a path to read, not bytes), up to two batches of them in its pipe, so
that it never waits for the parent to write what it answered; answers come back
in batches (scanner.workers.batches). A worker that dies, or overruns the time
budget of one object (it is killed), loses only the object it was reading (its
shared cell names it): that comes back as `Lost`, the answers it held and the
tasks queued behind it go to another worker, and a new worker takes the next
task. A worker that dies before it began any task (it could not start: the
interpreter cannot be run, an import fails) blames no object: its tasks go to
the next worker, and after START_ATTEMPTS such deaths in a row the scan stops
with a clear error instead of recording every file crashed. The parent reads
nothing but the sealed outcomes."""

from __future__ import annotations

import multiprocessing
import signal
import time
from collections import deque
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.reduction import ForkingPickler
from typing import NamedTuple

from inventory.notes import Note
from scanner.limits import Limits
from scanner.workers.batches import BATCH, Cell, pack
from scanner.workers.process import STOP_SIGNALS, serve
from scanner.workers.tasks import CRASHED, OVER_TIME, Lost, Outcome, RunnerUnavailable, Task, TaskId, note_peak

Answer = tuple[TaskId, Outcome | Lost]
DEPTH = 2 * BATCH  # tasks a worker holds: the one it reads, and small ones behind it for a batch or two
HEARTBEAT = 1.0  # the longest a blocking wait for answers lasts: the writer then commits what it holds
QUEUED_BYTES = 32 * 1024  # small tasks queued behind a busy worker, in all: they fit its pipe (no blocking send)
START_ATTEMPTS = 3  # workers in a row that die before beginning a task: they cannot start here
_CONTEXT = multiprocessing.get_context("spawn")  # no fork of a parent with threads (watchdog, the progress bar)


class _Sent(NamedTuple):
    number: int  # the slot's count of tasks sent before it: the worker's cell names the one it reads by it
    task_id: TaskId
    task: Task
    size: int  # of its pickle


@dataclass
class _Slot:
    process: multiprocessing.process.BaseProcess
    conn: Connection
    cell: Cell
    tasks: deque[_Sent] = field(default_factory=deque)  # sent, not answered, in the order sent
    sent: int = 0

    @property
    def busy(self) -> bool:
        return bool(self.tasks)

    def queued_bytes(self) -> int:
        return sum(sent.size for sent in self.tasks)


def _signal_name(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            return signal.Signals(-exitcode).name
        except ValueError:
            return f"signal {-exitcode}"
    return f"exit code {exitcode}"


def _send(slot: _Slot, message: bytes) -> None:
    """To a worker that may have died since (its pipe then refuses): what it was
    sent stays in its slot, and its death is read from its sentinel."""
    try:
        slot.conn.send_bytes(message)
    except OSError:
        pass


class WorkerPool:
    def __init__(self, size: int, limits: Limits, key: bytes, batch: int = BATCH) -> None:
        self.size, self.limits, self._key, self.batch = size, limits, key, batch
        self.depth = 2 * batch  # tasks a worker holds (DEPTH by default)
        self.capacity = self.depth * size  # tasks in flight
        self.peak_rss_kb: dict[int, int] = {}  # worker pid -> its peak RSS, as it reported it
        self._slots: list[_Slot] = []
        self._waiting: deque[tuple[TaskId, Task]] = deque()  # accepted, for the next idle worker
        self._unstarted = 0  # workers in a row that died before beginning a task

    # -- workers ---------------------------------------------------------
    def _start(self) -> _Slot:
        parent, child = _CONTEXT.Pipe()
        cell = Cell(_CONTEXT)
        process = _CONTEXT.Process(target=serve, args=(child, cell, self.limits, self._key, self.batch), daemon=True,
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
        slot = _Slot(process, parent, cell)
        self._slots.append(slot)
        return slot

    def _retire(self, slot: _Slot, kill: bool = False) -> None:
        """The worker leaves; the tasks it still holds (queued behind the one it was
        reading, which the caller has taken off, or answered in a batch it did not
        send) go to others."""
        if kill and slot.process.is_alive():
            slot.process.kill()
        slot.conn.close()
        slot.process.join(timeout=10)
        self._slots.remove(slot)
        self._waiting.extendleft((sent.task_id, sent.task) for sent in reversed(slot.tasks))
        slot.tasks.clear()

    def warm(self) -> None:
        """Start every worker and have it load the model now (a watch)."""
        while len(self._slots) < self.size:
            _send(self._start(), ForkingPickler.dumps((None, None)))

    # -- tasks -----------------------------------------------------------
    def in_flight(self) -> int:
        return sum(len(slot.tasks) for slot in self._slots) + len(self._waiting)

    def submit(self, task_id: TaskId, task: Task) -> None:
        """Sent now if a worker is idle (or yet to start), else held until a batch
        of them waits or answers are collected, and sent together."""
        self._waiting.append((task_id, task))
        if len(self._waiting) >= self.batch or len(self._slots) < self.size or not all(s.busy for s in self._slots):
            self._dispatch()

    def _dispatch(self) -> None:
        """Waiting tasks to idle workers (started as needed), then small ones behind
        busy workers (pickled once: the size decides, the bytes are sent), in one
        message a worker."""
        outgoing: dict[int, list[bytes]] = {}
        while self._waiting:
            task_id, task = self._waiting[0]
            message = ForkingPickler.dumps((task_id, task))
            slot = next((s for s in self._slots if not s.busy), None)
            if slot is None and len(self._slots) < self.size:
                slot = self._start()
            if slot is None and task.data is None:
                slot = self._behind(len(message))
            if slot is None:
                break
            self._waiting.popleft()
            slot.tasks.append(_Sent(slot.sent, task_id, task, len(message)))
            slot.sent += 1
            outgoing.setdefault(id(slot), []).append(message)
        for slot in self._slots:
            if id(slot) in outgoing:
                _send(slot, pack(outgoing[id(slot)]))

    def _behind(self, size: int) -> _Slot | None:
        """The busy worker with the fewest tasks that can queue a small one more."""
        fits = [s for s in self._slots if len(s.tasks) < self.depth and s.queued_bytes() + size <= QUEUED_BYTES]
        return min(fits, key=lambda s: len(s.tasks), default=None)

    def results(self, block: bool) -> list[Answer]:
        """What finished; with block, wait until something does (if anything is in
        flight) or a HEARTBEAT passes."""
        self._dispatch()
        busy = [slot for slot in self._slots if slot.busy]
        if not busy:
            return []
        timeout = max(0.0, min(min(map(self._deadline, busy)) - time.monotonic(), HEARTBEAT)) if block else 0
        ready = set(wait([slot.conn for slot in busy] + [slot.process.sentinel for slot in busy], timeout))
        answers = [answer for slot in busy for answer in self._answers(slot, ready)]
        self._dispatch()
        return answers

    def _deadline(self, slot: _Slot) -> float:
        """When the object the worker reads overruns its budget (a full budget from
        now while it has begun none of the tasks it holds)."""
        reading = slot.cell.reading()
        began = reading[1] if reading is not None and reading[0] >= slot.tasks[0].number else time.monotonic()
        return began + self.limits.object_seconds

    def _answers(self, slot: _Slot, ready: set) -> list[Answer]:
        if slot.conn not in ready and slot.process.sentinel not in ready:
            return [self._over_time(slot)] if time.monotonic() >= self._deadline(slot) else []
        answers: list[Answer] = []
        try:
            while slot.conn.poll():
                for task_id, outcome in slot.conn.recv():
                    assert slot.tasks.popleft().task_id == task_id, "answers come back in the order sent"
                    answers.append((task_id, outcome))
                    self._unstarted = 0
                    note_peak(self.peak_rss_kb, outcome)
                    if outcome.recycle:  # it ran out of memory and leaves: replaced on the next task
                        self._retire(slot, kill=True)
                        return answers
            if slot.process.sentinel not in ready:
                return answers
        except (EOFError, OSError):
            pass
        return answers + self._crashed(slot)

    def _blamed(self, slot: _Slot) -> _Sent:
        """The task the worker was reading (by its cell); the first it held if none."""
        reading = slot.cell.reading()
        found = next((s for s in slot.tasks if reading is not None and s.number == reading[0]), slot.tasks[0])
        slot.tasks.remove(found)
        return found

    def _crashed(self, slot: _Slot) -> list[Answer]:
        slot.process.join(timeout=10)
        if not slot.tasks:  # it died holding nothing
            self._retire(slot)
            return []
        if slot.cell.reading() is None:  # it died reading nothing: no object's fault
            self._retire(slot)
            self._unstarted += 1
            if self._unstarted >= START_ATTEMPTS:
                raise RunnerUnavailable(Note.of("work.workers_cannot_start", attempts=START_ATTEMPTS,
                                                reason=_signal_name(slot.process.exitcode)))
            return []
        blamed = self._blamed(slot)
        self._retire(slot)
        return [(blamed.task_id, Lost("crashed", CRASHED.format(signal=_signal_name(slot.process.exitcode))))]

    def _over_time(self, slot: _Slot) -> Answer:
        blamed = self._blamed(slot)
        self._retire(slot, kill=True)
        return blamed.task_id, Lost("too_large", OVER_TIME.format(seconds=self.limits.object_seconds))

    def close(self) -> None:
        """Stop every worker; a task still running is abandoned (its object is read
        again by the next scan)."""
        for slot in self._slots:  # every idle worker told first: they leave together, not one after another
            if not slot.busy:
                try:
                    slot.conn.send(None)
                except OSError:
                    pass
        for slot in list(self._slots):
            self._retire(slot, kill=slot.busy)
        self._waiting.clear()
