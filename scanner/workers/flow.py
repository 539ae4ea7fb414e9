"""Objects through a runner, written in the order the walk met them.

The walk hands each object that needs reading to the runner (its mark committed
first, see inventory.reading_marks) and goes on while workers read; answers come
back in any order and are written in walk order, so one worker or many, or Dask,
write the same inventory. A container that comes back with parts has them
queued ahead of new objects; its record is written once every part is back.

Marks are committed for a group of objects at once (MARK_GROUP, when the workers
have enough to do; at once when one would wait): one commit per object would cost
the single writer more than the object's rows (the pages it touches rewritten in
the log every time). The commit that marks a group also commits the objects
recorded since, each with the end of its mark: an object is never done without
its findings. Records are committed by groups too (scanner.pipeline). A scan
killed leaves unrecorded at most about two groups, marked: the next run reads
those objects alone (suspects), one after another in one sandbox worker.
"""

from __future__ import annotations

import dataclasses
import logging
import sqlite3
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from inventory.records import ObjectRecord
from scanner.crawl import Entry
from scanner.recording import Recorder
from scanner.workers.runners import Runner
from scanner.workers.tasks import CHANGED, WHOLE, Lost, Outcome, Task, TaskId, lost_record

log = logging.getLogger("daicho.scan")
MAX_WAITING = 2000  # objects finished behind one still being read, held before the walk waits
MARK_GROUP = 64  # objects walked before their marks are committed together (when no worker waits)


class Walked(Protocol):
    entry: Entry


Report = Callable[[Entry, str], None]  # (entry, what happened to it): the pipeline's progress


def _fail(placeholder: ObjectRecord, status: str, error: str) -> None:
    placeholder.status, placeholder.error, placeholder.read = status, error, True


@dataclass
class _Reading:
    step: Walked
    task: Task
    container: ObjectRecord | None = None  # back from the first task, children still placeholders
    parts: tuple[tuple[int, ...], ...] = ()
    parts_left: int = 0


class Flow:
    def __init__(self, runner: Runner, recorder: Recorder, report: Report | None,
                 sandbox: Callable[[], Runner] | None = None) -> None:
        self.runner, self.recorder, self.report = runner, recorder, report
        self._sandbox = sandbox  # a worker process for suspects
        self._next = 0  # the walk's place of the next object
        self._written = 0  # the place of the next object to write
        self._done: dict[int, tuple[Walked, ObjectRecord, str]] = {}
        self._reading: dict[int, _Reading] = {}
        self._queued: deque[tuple[TaskId, Task]] = deque()  # parts of containers, ahead of new objects
        self._unmarked: list[tuple[int, bool]] = []  # (place, isolated) of objects walked, marks not committed
        self._ready: deque[int] = deque()  # places of objects marked, not handed over yet
        self._alone: Runner | None = None  # the sandbox suspects are read in, one after another

    def _place(self) -> int:
        self._next += 1
        return self._next - 1

    def skip(self, step: Walked, outcome: str, stored: str) -> None:
        """An object nothing is written for (unchanged, or recorded before a resume),
        reported by its path as stored."""
        if self.report:
            self.report(step.entry._replace(uri=stored), outcome)

    def put(self, step: Walked, record: ObjectRecord, outcome: str = "recorded") -> None:
        """An object known without reading it, written in its turn."""
        self._make_room(worker=False)
        self._done[self._place()] = (step, record, outcome)
        self._write()

    def read(self, step: Walked, task: Task, isolated: bool = False) -> None:
        """Hand an object to a worker (once its mark is committed)."""
        self._make_room()
        place = self._place()
        self._reading[place] = _Reading(step, task)
        self._unmarked.append((place, isolated))
        # bytes read here are not held for a group; a suspect goes over alone
        self._feed(force=task.data is not None or isolated)

    def read_alone(self, step: Walked, task: Task) -> None:
        """A suspect (a scan died reading it): read with nothing else in flight, in a
        worker process even when this scan reads in its own, so that if it kills
        that worker it is recorded crashed at once, and if it kills this scan again
        its mark alone is left (then it is recorded crashed without a read)."""
        assert self._sandbox is not None
        self.drain()
        if self._alone is None:
            self._alone = self._sandbox()
        alone = Flow(self._alone, self.recorder, self.report)
        alone.read(step, task, isolated=True)
        alone.drain()

    def drain(self) -> None:
        """Wait for everything handed over, and write it."""
        while self._reading:
            self._feed(force=True)
            if not self.runner.in_flight():
                raise RuntimeError("objects being read with no task in flight")
            self._collect(block=True)

    def close(self) -> None:
        """The walk is over: the sandbox of suspects stops."""
        if self._alone is not None:
            self._alone.close()
            self._alone = None

    def abandon(self) -> None:
        """The scan stops: workers are stopped, what they held is read again next time."""
        self.runner.close()
        self.close()
        unwritten = [step.entry for step, _, _ in self._done.values()]
        try:
            self.recorder.unmark(unwritten + [reading.step.entry for reading in self._reading.values()])
        except sqlite3.Error as error:  # the marks stay: the next run reads those objects alone, no harm
            log.warning("marks of objects being read not cleared: %s", error)
        self._done.clear(), self._reading.clear(), self._queued.clear()
        self._unmarked.clear(), self._ready.clear()

    def _make_room(self, worker: bool = True) -> None:
        """Until the walk may go on: a group is not yet walked (when a worker is
        needed) and not too much waits to be written."""
        while True:
            self._feed()
            free = not worker or len(self._unmarked) < MARK_GROUP
            if free and (len(self._done) < MAX_WAITING or not self._reading):
                return
            self._collect(block=True)

    def _feed(self, force: bool = False) -> None:
        """Hand over what the workers can take: parts of containers first, then
        objects marked; the objects walked are marked (one commit) when a group is
        walked and the marked run low, when a worker would wait, or when forced."""
        capacity = self.runner.capacity
        while self._queued and self.runner.in_flight() < capacity:
            self.runner.submit(*self._queued.popleft())
        starving = self.runner.in_flight() + len(self._ready) < capacity
        grouped = len(self._unmarked) >= MARK_GROUP and len(self._ready) < capacity
        if self._unmarked and (force or starving or grouped):
            self.recorder.mark([(self._reading[place].step.entry, isolated) for place, isolated in self._unmarked])
            self._ready.extend(place for place, _ in self._unmarked)
            self._unmarked.clear()
        while self._ready and self.runner.in_flight() < capacity:
            place = self._ready.popleft()
            self.runner.submit((place, WHOLE), self._reading[place].task)

    def _collect(self, block: bool) -> None:
        """Answers in, written in walk order; what the open batch holds is committed
        once it is a second old, even while the workers are slow to answer more."""
        for (place, part), answer in self.runner.results(block):
            reading = self._reading[place]
            if part == WHOLE:
                self._first(place, reading, answer)
            else:
                self._part(place, reading, part, answer)
        self._write()
        self.recorder.settle()

    def _first(self, place: int, reading: _Reading, answer: Outcome | Lost) -> None:
        if isinstance(answer, Lost):
            entry = reading.task.entry
            if not reading.task.names_only and self.recorder.names.unknown(entry.uri):  # its names are read alone
                reading.task = Task(entry, names=reading.task.names, names_only=True, lost=answer)
                return self._queued.append(((place, WHOLE), reading.task))
            return self._finish(place, lost_record(entry, answer))
        if not answer.parts:
            return self._finish(place, answer.record)
        reading.container, reading.parts, reading.parts_left = answer.record, answer.parts, len(answer.parts)
        for number, part in enumerate(answer.parts):
            self._queued.append(((place, number), dataclasses.replace(reading.task, part=part)))

    def _part(self, place: int, reading: _Reading, number: int, answer: Outcome | Lost) -> None:
        container = reading.container
        assert container is not None
        for index in reading.parts[number]:
            if isinstance(answer, Lost):
                _fail(container.children[index], answer.status, answer.error)
            elif answer.record.sha256 != container.sha256:
                _fail(container.children[index], "unreadable", CHANGED)
            else:
                container.children[index] = answer.record.children[index]
                container.names.update(answer.record.names)
        reading.parts_left -= 1
        if not reading.parts_left:
            self._finish(place, container)

    def _finish(self, place: int, record: ObjectRecord) -> None:
        reading = self._reading.pop(place)
        self._done[place] = (reading.step, record, "extracted")

    def _write(self) -> None:
        while self._written in self._done:
            step, record, outcome = self._done.pop(self._written)
            self.recorder.record(step.entry, record)
            if self.report:
                self.report(step.entry._replace(uri=record.stored_uri), outcome)
            self._written += 1
