"""Writing scans into the inventory: whole objects per transaction, so a crash (even
kill -9) leaves every object either fully recorded or not at all.

A rescan writes only what changed: an unchanged object is remembered as seen by
this run of the scan (in memory; a resumed scan walks everything again), and at
the end the objects of the scan's scopes it did not see are deleted, their
findings ended. Findings are written by inventory.writes.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterator

from sqlite_utils import Database

from inventory import key_index, listings, reading_marks, scans
from inventory.listings import RootListings, folder_of
from inventory.names import load_names, save_names
from inventory.people import resolve_people
from inventory.records import ObjectRecord
from inventory.scans import ScanAlreadyRunning
from inventory.scopes import Scope, scope_where
from inventory.transactions import begin, transaction
from inventory.writes import TreeWriter, end_trees

__all__ = ["Inventory", "ScanAlreadyRunning", "Scope"]

_KNOWN = """
select id, uri, size, mtime, change_token, rules_version, status, deleted_scan, extracted_scan,
  recorded_scan, unverified_scan, world_readable,
  case when world_readable is null then 0 else exists (
    select 1 from objects o join findings f on f.object_id = o.id and f.ended_scan is null
    where o.top_id = t.id and o.deleted_scan is null) end as holds_findings
from objects t where root = ? and parent_id is null and deleted_scan is null
"""


class _Batch:
    def __init__(self, max_objects: int, max_seconds: float) -> None:
        self.max_objects, self.max_seconds = max_objects, max_seconds
        self.count, self.started = 0, time.monotonic()

    def full(self) -> bool:
        self.count += 1
        return self.due() or self.count >= self.max_objects and self._restart()

    def due(self) -> bool:
        """max_seconds since the last commit (it is committed now: counted from now)."""
        return time.monotonic() - self.started >= self.max_seconds and self._restart()

    def _restart(self) -> bool:
        self.count, self.started = 0, time.monotonic()
        return True


class Inventory:
    def __init__(self, db: Database, key: bytes) -> None:
        self.db = db
        self.key = key
        self.rules_version: str | None = None  # of the scan being written
        self.writer = TreeWriter(db)
        self._batch: _Batch | None = None
        self._seen: set[int] = set()  # top-level objects this run of the scan walked
        self._verified: dict[int, int | None] = {}  # unverified marks to set (scan id) or clear (None)
        self._listings: dict[str, RootListings] = {}  # roots whose unchanged folders yield nothing
        self._overtaken = False  # an object this scan walked was recorded by a later one
        self._cleared: list[tuple[str, str]] = []  # reading marks ended by the open transaction (root, key)

    @property
    def path(self) -> str:
        """The database file (for messages)."""
        return self.db.execute("pragma database_list").fetchone()[2]

    # -- transactions ----------------------------------------------------
    @contextlib.contextmanager
    def batch(self, max_objects: int = 500, max_seconds: float = 1.0) -> Iterator[None]:
        """Group object writes into transactions of a few hundred objects or a
        second, whichever comes first: one commit per file would dominate a first
        scan, and a short transaction keeps other writers (watch) waiting briefly."""
        self._batch = _Batch(max_objects, max_seconds)
        try:
            yield
            self._flush_marks()
        finally:
            self._batch = None
            self.commit()

    def settle(self) -> None:
        """Commit the open batch if it began max_seconds ago (while the writes that
        would commit it wait for the workers)."""
        if self._batch is not None and self._batch.due() and self.db.conn.in_transaction:
            self.commit()

    def clear_mark(self, root: str, mark_key: str) -> None:
        """End an object's reading mark (inventory.reading_marks) in the transaction
        that records it: deleted with the others of that transaction just before it
        commits, in one statement (one a commit, not one an object)."""
        begin(self.db)
        self._cleared.append((root, mark_key))

    def flush(self) -> None:
        """What the open transaction's objects left for its end: their marks ended, the
        roots' counts added. Before every commit of a transaction that records objects."""
        if self._cleared:
            reading_marks.clear_all(self.db, self._cleared)
            self._cleared = []
        self.writer.flush()

    def commit(self) -> None:
        self.flush()
        self.db.commit()

    @contextlib.contextmanager
    def _write(self) -> Iterator[None]:
        begin(self.db)
        try:
            yield
        except BaseException:
            self.db.rollback()  # the whole open batch: it is redone on resume
            self._cleared = []
            self.writer.discard()
            raise
        if self._batch is None or self._batch.full():
            self.commit()

    # -- scans -----------------------------------------------------------
    def begin_scan(self, scopes: list[Scope], rules_version: str, kind: str = "full",
                   names: dict[str, str] | None = None) -> tuple[int, bool]:
        """Start a scan, or resume an interrupted one over the same scopes (as stored,
        with the names of their paths: inventory.names). Returns (scan id, resumed)."""
        self.rules_version = rules_version
        self._seen, self._verified, self._listings, self._overtaken = set(), {}, {}, False
        if names:
            with transaction(self.db):
                save_names(self.db, names)
        begun = scans.begin(self.db, scopes, rules_version, kind)
        key_index.set_aside(self.db)  # a first scan into an empty inventory: indexes built at its end
        return begun

    def finish_scan(self, scan_id: int, scopes: list[Scope], status: str = "complete") -> dict:
        with transaction(self.db):
            key_index.restore(self.db)  # before anything reads what the scan wrote
            if status == "complete":
                self._end_unseen(scan_id, scopes)
                for root_listings in self._listings.values():
                    listings.save(self.db, root_listings, scan_id)
            resolve_people(self.db)
            return scans.finish(self.db, scan_id, scopes, status)

    def _end_unseen(self, scan_id: int, scopes: list[Scope]) -> None:
        """Objects of the scopes this scan did not walk are gone (unless a later
        scan, a watch batch, recorded them meanwhile). Those of folders met unchanged
        were not walked one by one but are there: when the objects of the scopes
        are as many as those and the ones walked, none is gone."""
        where, params = scope_where(scopes)
        live = f"parent_id is null and deleted_scan is null and recorded_scan <= ? and {where}"
        unchanged = {root: found.unchanged_folders() for root, found in self._listings.items() if found.unchanged}
        if unchanged and not self._overtaken and all(s.uri is None and s.root in unchanged for s in scopes):
            known = self.db.execute(f"select count(*) from objects where {live}", [scan_id, *params]).fetchone()[0]
            if known == len(self._seen) + sum(self._listings[root].unchanged_files() for root in unchanged):
                return
        rows = self.db.execute(f"select id, root, uri from objects where {live}", [scan_id, *params])
        end_trees(self.db, [object_id for object_id, root, uri in rows if object_id not in self._seen
                            and folder_of(uri) not in unchanged.get(root, ())], scan_id)

    def folder_listings(self, root: str) -> RootListings:
        """The folders of a root the last complete scan confirmed (inventory.listings),
        for this scan to tell which it met unchanged: saved when it completes."""
        self._listings[root] = found = listings.load(self.db, root)
        return found

    def scan_stats(self, scan_id: int, scopes: list[Scope]) -> dict:
        return scans.scan_stats(self.db, scan_id, scopes)

    # -- objects ---------------------------------------------------------
    def previous(self, root: str, uri: str) -> dict | None:
        """What the inventory holds at a stored path (names masked, inventory.names)."""
        return self.writer.previous(root, uri)

    def names(self) -> dict[str, str]:
        """The masked names known (name key -> masked name)."""
        return load_names(self.db)

    def move(self, root: str, source: str, target: str, names: dict[str, str] | None = None) -> int:
        """A file or folder renamed: its objects take the new path and keep their
        history (first seen, findings). Paths as stored, with the masked names of the
        new one (inventory.names). Returns the number of objects moved."""
        with self._write():
            save_names(self.db, names or {})
            cursor = self.db.execute(
                "update objects set uri = ?3 || substr(uri, length(?2) + 1) where root = ?1 "
                "and (uri = ?2 or substr(uri, 1, length(?2) + 1) in (?2 || '!', ?2 || '/')) "
                "and not exists (select 1 from objects o2 where o2.root = ?1 and o2.uri = ?3)",
                [root, source, target])
            listings.forget_moved(self.db, root, source, target)
        return cursor.rowcount

    def top_level_state(self, root: str) -> dict[str, sqlite3.Row]:
        """What the last scans knew of each file under root that is still there, in
        one query; for objects whose readers are known (SMB), whether they hold
        findings. Rows, not dicts: a rescan of a large share reads every one."""
        cursor = self.db.conn.cursor()
        cursor.row_factory = sqlite3.Row
        return {row["uri"]: row for row in cursor.execute(_KNOWN, [root])}

    def known(self, root: str, uri: str) -> sqlite3.Row | None:
        """What the last scans knew of one file under root (a row of top_level_state)."""
        cursor = self.db.conn.cursor()
        cursor.row_factory = sqlite3.Row
        return cursor.execute(_KNOWN + " and uri = ?", [root, uri]).fetchone()

    def reusable_records(self, root: str, scan_id: int) -> list[str]:
        """Paths of the files under root this scan recorded so that the next would
        reuse them as they stand (read by it with the current rules, verified)."""
        return [row[0] for row in self.db.execute(
            "select uri from objects where root = ? and recorded_scan = ? and parent_id is null "
            "and deleted_scan is null and extracted_scan = recorded_scan and unverified_scan is null "
            "and rules_version = ?", [root, scan_id, self.rules_version])]

    def known_under(self, root: str, container: str) -> tuple[dict, ...]:
        """Top-level objects still there inside a container (a folder that could not be read)."""
        where, params = scope_where([Scope(root, container)])
        return tuple(self.db.query(
            f"select * from objects where parent_id is null and deleted_scan is null and {where}", params))

    def reuse(self, scan_id: int, previous) -> None:
        """An unchanged object (or one this scan recorded before it was resumed):
        nothing is written; read again, an unverified one is verified."""
        self._seen.add(previous["id"])
        if previous["unverified_scan"] is not None and previous["status"] == "ok":
            self._mark(previous["id"], None)

    def keep(self, scan_id: int, previous) -> None:
        """An object under a container that could not be read (a folder, a mailbox,
        a share): its findings stay, not verified since this scan."""
        self._seen.add(previous["id"])
        if previous["unverified_scan"] is None:
            self._mark(previous["id"], scan_id)

    def _mark(self, object_id: int, unverified: int | None) -> None:
        self._verified[object_id] = unverified
        if self._batch is None or len(self._verified) >= 1000:
            self._flush_marks()

    def _flush_marks(self) -> None:
        if not self._verified:
            return
        with self._write():
            self.db.conn.executemany("update objects set unverified_scan = ? where id = ?",
                                     [(scan, object_id) for object_id, scan in self._verified.items()])
        self._verified.clear()

    def record(self, scan_id: int, root: str, record: ObjectRecord) -> None:
        """Store a top-level object with its descendants and findings, atomically.
        A later scan (a watch batch) that already recorded or deleted it wins."""
        with self._write():
            previous = self.writer.stored(root, record)
            if previous and max(previous["recorded_scan"] or 0, previous["deleted_scan"] or 0) > scan_id:
                self._seen.add(previous["id"])
                self._overtaken = True
                return
            save_names(self.db, record.names)
            self._seen.add(self.writer.write(scan_id, root, record, self.rules_version, previous))
