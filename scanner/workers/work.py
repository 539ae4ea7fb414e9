"""What a worker does with a task: read, extract and detect through
`scanner.objects.ObjectScanner`, then seal, so that only masked findings and keyed
hashes leave it (each repeated hash one string: pickled and unpickled once), make
the rows the writer stores (inventory.finding_rows: the single writer only inserts
them), and mask the names of its paths
(scanner.names). The same in a worker process, a Dask task or this process."""

from __future__ import annotations

import os
import resource
import signal
import time
from collections.abc import Callable

from inventory.finding_rows import prepare
from inventory.records import ObjectRecord
from scanner.crawl import Entry
from scanner.extract import Child
from scanner.names import masker_for
from scanner.objects import MEMORY_BUDGET, ObjectScanner, Reader, entry_record
from scanner.sources.local import read_local
from scanner.workers.sealing import seal
from scanner.workers.tasks import Outcome, Task, lost_record, split_parts

# Tests only: "kill:NAME" (the worker kills itself with SIGKILL on an object whose
# location ends with NAME), "kill_once:NAME:MARKER" (the same, once: MARKER is
# created), "stall:NAME" (it hangs on that object), "pause:NAME:SECONDS" (it sleeps so
# long on each object whose location ends with NAME).
TEST_HOOK = "DAICHO_TEST_WORKER_HOOK"


def run_task(task: Task, scanner: ObjectScanner, key: bytes) -> Outcome:
    try:
        if task.names_only:
            outcome = Outcome(lost_record(task.entry, task.lost) if task.lost else entry_record(task.entry))
        elif task.part is None:
            outcome = _whole(task, scanner)
        else:
            outcome = Outcome(_part(task, scanner))
    except MemoryError:  # reading the bytes themselves went over the budget
        record = entry_record(task.entry)
        record.status, record.error = "too_large", MEMORY_BUDGET
        outcome = Outcome(record)
    outcome.record = prepare(seal(outcome.record, key))
    masker_for(scanner.detector, key).mask_record(outcome.record, task.names, part=task.part is not None)
    outcome.recycle = any(obj.error == MEMORY_BUDGET for obj in outcome.record.walk())
    outcome.peak_rss_kb = own_peak_rss_kb()
    outcome.pid = os.getpid()
    return outcome


def own_peak_rss_kb() -> int:
    """This process's own peak RSS (VmHWM). ru_maxrss would do, but Linux keeps it
    across exec: a worker spawned by a large process reports that process's RSS."""
    try:
        with open("/proc/self/status", "rb") as status:  # read whole, not line by line: once per task
            found = status.read().partition(b"\nVmHWM:")[2]
        if found:
            return int(found.split(None, 1)[0])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _reader(task: Task) -> Reader:
    if task.read_error is not None:
        def failed(entry: Entry, limit: int) -> bytes:
            raise OSError(None, task.read_error)
        return failed
    if task.data is not None:
        return lambda entry, limit: task.data[:limit]
    return read_local


def _whole(task: Task, scanner: ObjectScanner) -> Outcome:
    parts: list[tuple[int, ...]] = []

    def defer(children: list[Child]) -> set[int]:
        if task.splittable:
            parts.extend(split_parts(children, scanner.limits))
        if len(parts) < 2:
            parts.clear()
            return set()
        return set(range(len(children)))

    record = scanner.scan_entry(task.entry, _reader(task), defer)
    return Outcome(record, tuple(parts))


def _part(task: Task, scanner: ObjectScanner) -> ObjectRecord:
    """The container again, with only this part's children scanned (the others
    and the container's own findings come from other tasks)."""
    wanted = set(task.part or ())
    defer: Callable[[list[Child]], set[int]] = lambda children: set(range(len(children))) - wanted  # noqa: E731
    record = scanner.scan_entry(task.entry, _reader(task), defer)
    record.findings = []
    return record


def test_hook(task: Task) -> None:
    """A poison object on demand, for the tests of crash and time handling."""
    hook = os.environ.get(TEST_HOOK)
    if not hook or task.names_only:  # a poison's content, not its name
        return
    action, _, rest = hook.partition(":")
    name, _, marker = rest.partition(":")
    if not task.entry.uri.endswith(name):
        return
    if action == "kill" or (action == "kill_once" and _first_time(marker)):
        os.kill(os.getpid(), signal.SIGKILL)
    if action == "stall":
        time.sleep(3600)
    if action == "pause":
        time.sleep(float(marker))


def _first_time(marker: str) -> bool:
    try:
        os.close(os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        return False
    return True
