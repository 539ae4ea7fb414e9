"""The unit of work a runner hands to a worker, and what comes back.

A task is one top-level object (a file, a message), or one part of a large
container: a container with many or large children (a 200 MB mbox, a zip of
10,000 members) comes back from its first task with its children left as
placeholders and a list of parts, each scanned by a task of its own that opens
the container again and reads only its part. Raw bytes never travel through the
parent for that, and one container keeps every worker busy.
"""

from __future__ import annotations

from dataclasses import dataclass

from inventory.notes import Note
from inventory.records import ObjectRecord
from scanner.crawl import Entry
from scanner.extract import Child
from scanner.limits import Limits
from scanner.objects import entry_record

WHOLE = -1  # the part number of a task that scans a whole object
TaskId = tuple[int, int]  # (the object's place in the walk, WHOLE or the part number)

# Why a worker did not answer for an object: stored as its reason (English, as every stored reason).
CRASHED = "the worker reading it died ({signal}); not read again until it changes"
OVER_TIME = "took longer than {seconds:g} s, the time budget of one object; not read again until it changes"
PARENT_DIED = "the scan ended while a worker was reading it (process killed); not read again until it changes"
CHANGED = "the container changed while it was being read"
KILLED_WORKERS = "it killed every Dask worker that read it (allowed-failures); not read again until it changes"
TASK_FAILED = "its Dask task failed: {error}"
NO_KEY = "the Dask workers could not be given the installation key"


class RunnerUnavailable(Exception):
    """Where the work was to run cannot be reached (a Dask scheduler): a note for people."""

    def __init__(self, note: Note) -> None:
        super().__init__(str(note))
        self.note = note


@dataclass(frozen=True)
class Task:
    entry: Entry
    data: bytes | None = None  # read by the parent (its source holds the connection); None: the worker reads the path
    read_error: str | None = None  # the parent's read failed: recorded unreadable, as a failed read in the worker
    part: tuple[int, ...] | None = None  # indices of the container's children this task scans; None: the whole
    names: tuple[tuple[str, str], ...] = ()  # (name, as shown) of its path the parent knows: not read again
    names_only: bool = False  # recorded unread (the entry's status; lost's if given): only its names are read
    lost: Lost | None = None

    @property
    def splittable(self) -> bool:
        """A worker can open the object again by itself (a path, not bytes handed over)."""
        return self.data is None and self.read_error is None


@dataclass
class Outcome:
    record: ObjectRecord  # sealed (scanner.workers.sealing)
    parts: tuple[tuple[int, ...], ...] = ()  # the container's children left for tasks of their own
    peak_rss_kb: int = 0  # the worker's own peak RSS (VmHWM) after this task
    pid: int = 0  # of the worker process that answered
    recycle: bool = False  # the worker ran out of memory: replace it


@dataclass(frozen=True)
class Lost:
    """A task whose worker did not answer: it died, or overran its time budget."""

    status: str  # crashed / too_large
    error: str


def lost_record(entry: Entry, lost: Lost) -> ObjectRecord:
    """An object whose worker did not answer: final until it changes (read=True,
    so an unchanged object is not handed to a worker again)."""
    record = entry_record(entry)
    record.status, record.error = lost.status, lost.error
    return record


def note_peak(peaks: dict[int, int], outcome: Outcome) -> None:
    """Keep each worker's highest peak RSS, as it reported it."""
    peaks[outcome.pid] = max(peaks.get(outcome.pid, 0), outcome.peak_rss_kb)


def split_parts(children: list[Child], limits: Limits) -> list[tuple[int, ...]]:
    """Consecutive children grouped within limits.split_members and split_bytes;
    one group when they all fit (the container is then scanned whole)."""
    parts: list[tuple[int, ...]] = []
    current: list[int] = []
    size = 0
    for index, child in enumerate(children):
        child_size = len(child.data) if child.data is not None else 0
        if current and (len(current) >= limits.split_members or size + child_size > limits.split_bytes):
            parts.append(tuple(current))
            current, size = [], 0
        current.append(index)
        size += child_size
    if current:
        parts.append(tuple(current))
    return parts
