"""`daicho watch`: react within seconds to files landing in a shared folder.

watchdog (inotify) feeds immutable events into a Batcher; each batch is coalesced,
files still being written are held back until stable, moves keep their history,
and the batch is scanned into the same inventory the nightly scan writes (as a
"watch" scan of just those paths). Then the ledger decides what raises an alert.
"""

from __future__ import annotations

import errno
import fcntl
import logging
import os
import queue
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.polling import PollingObserver

from inventory import Inventory
from inventory.errors import database_error
from inventory.names import PathNames
from reports.catalogue import t
from scanner.crawl import is_lock_or_temp, uri_of
from scanner.pipeline import ScanOptions, run_targets
from scanner.watch_events import Batcher, Changes, WatchEvent, coalesce
from scanner.watch_alerts import batch_alerts
from scanner.workers.naming import stored_paths
from scanner.workers.runners import Runner

log = logging.getLogger("daicho.watch")
# watchdog holds back the first half of a move (IN_MOVED_FROM) this long waiting for its second;
# a file moved into a folder not yet watched is then reported as deleted only after the delay,
# while the folder's files are reported created at once: a batch closed sooner splits the
# move across two batches and the file loses its history (_paired_moves pairs within a batch)
MOVE_HELD_BACK = 0.5
QUIET_AT_LEAST = MOVE_HELD_BACK + 0.25

_KINDS = {"created": "created", "modified": "modified", "deleted": "deleted", "moved": "moved",
          "closed": "modified"}


class _Collector(FileSystemEventHandler):
    def __init__(self, root: str, events: "queue.Queue[WatchEvent]") -> None:
        self.root = root
        self.events = events

    def _relative(self, path: str | bytes) -> str:
        path = os.fsdecode(path)
        return os.path.relpath(path, self.root).replace(os.sep, "/")

    def on_any_event(self, event: FileSystemEvent) -> None:
        kind = _KINDS.get(event.event_type)
        if kind is None:
            return
        dest = self._relative(event.dest_path) if kind == "moved" else None
        self.events.put(WatchEvent(kind, self._relative(event.src_path), time.time(), dest, event.is_directory))


def start_observer(root: str, handler: FileSystemEventHandler, poll_interval: float = 2.0):
    """inotify where it can; polling when the watch limit is reached."""
    observer = Observer()
    try:
        observer.schedule(handler, root, recursive=True)
        observer.start()
        return observer, "inotify"
    except OSError as error:
        if error.errno not in (errno.ENOSPC, errno.EMFILE):
            raise
        log.warning("inotify limit reached (%s): falling back to polling every %.0fs. "
                    "Raise fs.inotify.max_user_watches (sysctl) for instant events.", error, poll_interval)
    observer = PollingObserver(timeout=poll_interval)
    observer.schedule(handler, root, recursive=True)
    observer.start()
    return observer, "polling"


def _locked_by_writer(path: Path) -> bool:
    """A writer holding an exclusive flock (Samba share modes, careful tools)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    except BlockingIOError:
        return True
    finally:
        os.close(fd)


def _being_written(path: Path, settle: float) -> bool:
    """Recently modified, locked by a writer, an Office lock file beside it
    (Office keeps `~$name` while a document is open), or a temp name."""
    if is_lock_or_temp(path.name):
        return True
    try:
        st = path.stat()
    except OSError:
        return False
    if (path.parent / f"~${path.name[2:]}").exists() or (path.parent / f"~${path.name}").exists():
        return True
    return time.time() - st.st_mtime < settle or (path.is_file() and _locked_by_writer(path))


class Watcher:
    def __init__(self, root: str, inventory: Inventory, runner: Runner, options: ScanOptions,
                 emit: Callable[[dict], None], quiet: float = QUIET_AT_LEAST, max_wait: float = 3.0,
                 settle: float = 1.0) -> None:
        self.root = os.path.abspath(root)
        self.inventory, self.runner, self.options, self.emit = inventory, runner, options, emit
        self.settle = settle
        self.batcher = Batcher(max(quiet, QUIET_AT_LEAST), max_wait)
        self.events: queue.Queue[WatchEvent] = queue.Queue()
        self.held: set[str] = set()  # files not yet stable, retried with the next batch

    def start(self) -> str:
        self.observer, mode = start_observer(self.root, _Collector(self.root, self.events))
        return mode

    def stop(self) -> None:
        self.observer.stop()
        self.observer.join(timeout=5)

    def step(self, timeout: float = 0.1) -> None:
        """Take what arrived; scan a batch when one is ready (the whole batch
        finishes before a stop request is looked at again)."""
        self._drain(timeout)
        batch = self.batcher.take(time.time())
        if batch or (self.held and not len(self.batcher)):
            try:
                self.process(batch)
            except Exception as error:  # noqa: BLE001 - the watch must outlive one bad batch
                problem = database_error(error, self.inventory.path) if isinstance(error, sqlite3.Error) else None
                if problem is not None:  # a full disk, a database made read-only: told, retried
                    log.error("batch of %d events not recorded: %s", len(batch), t(problem.note, "en"))
                else:
                    log.exception("batch of %d events failed; its paths are retried with the next one", len(batch))
                self.held |= coalesce(batch).changed

    def _drain(self, timeout: float) -> None:
        try:
            self.batcher.add(self.events.get(timeout=timeout))
            while True:
                self.batcher.add(self.events.get_nowait())
        except queue.Empty:
            return

    def _stable(self, changed: set[str]) -> set[str]:
        unstable = {p for p in changed if _being_written(Path(self.root, p), self.settle)}
        if unstable:
            time.sleep(self.settle)
            unstable = {p for p in unstable if _being_written(Path(self.root, p), self.settle)}
        self.held = unstable
        return changed - unstable

    def _paired_moves(self, changes: Changes, names: PathNames) -> None:
        """A move into a folder not yet watched arrives as delete + create: pair them
        by size and mtime (a rename keeps both) so the history is kept."""
        for gone in sorted(changes.deleted):
            previous = self.inventory.previous(self.root, names.display(uri_of(gone)))
            if previous is None or previous["deleted_scan"] is not None:
                continue
            for candidate in sorted(changes.changed):
                try:
                    st = os.stat(os.path.join(self.root, candidate))
                except OSError:
                    continue
                if (st.st_size, st.st_mtime) == (previous["size"], previous["mtime"]) and \
                        self.inventory.previous(self.root, names.display(uri_of(candidate))) is None:
                    changes.moves.append((gone, candidate))
                    changes.deleted.discard(gone)
                    break

    def _moved(self, changes: Changes) -> None:
        """Moves and renames keep the objects' history; their paths as stored (the
        names of a target not met before are read by the runner: scanner.workers.naming)."""
        names = PathNames(self.inventory.key, self.inventory.names())
        self._paired_moves(changes, names)
        if not changes.moves:
            return
        targets, masked = stored_paths(self.runner, names, self.root, [uri_of(target) for _, target in changes.moves])
        for (source, _), shown_target in zip(changes.moves, targets):
            shown_source = names.display(uri_of(source))
            moved = self.inventory.move(self.root, shown_source, shown_target, masked)
            log.info("moved %s -> %s (%d objects keep their history)", shown_source, shown_target, moved)

    def process(self, batch: list[WatchEvent]) -> None:
        changes = coalesce(batch)
        self._moved(changes)
        ready = self._stable(changes.changed | self.held)
        paths = ready | changes.deleted
        if not paths:
            return
        result = run_targets(self.root, sorted(paths), self.inventory, self.runner, self.options)
        log.info("batch: %d events, %d paths, scan %d", len(batch), len(paths), result.scan_id)
        for alert in batch_alerts(self.inventory.db, self.root, result.scan_id):
            self.emit(alert)
