"""One object tree written into the inventory: its row, its children's, its findings
and data subjects (sealed by the process that read it: keyed hashes only).

A finding is present from the scan that first saw it (first_scan_id) until the
scan that ended it (ended_scan, NULL while present): its row is written when it
begins, when its details change and when it ends, never to say it is still there.
A failed read of a known object is not a deletion: its findings and what was found
inside it stay, and it is marked not verified since that scan (unverified_scan)
until it is read again or gone. Data subjects live the same way (inventory.subjects):
an object read again ends those gone and adds the new; an unchanged object, or one
that could not be read, keeps its own; a deleted object's end with it.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Iterable

from sqlite_utils import Database

from inventory.finding_rows import IDENTITY, ROW_COLUMNS, rows_of
from inventory.own_contact_rows import own_values_column
from inventory.records import FAILED_STATUSES, ObjectRecord
from inventory.root_counts import Changes, ending
from inventory.scopes import within
from inventory.subjects import end_subjects, revive_subjects, update_subjects
from inventory.summary import summary_columns

# A read that failed this way leaves what the object held as it was (unverified):
# access (permission, a lock, I/O, a share), content we cannot read now (corrupt,
# undecodable, encrypted, no text layer) and a size over the limit after growth.
CARRIED_STATUSES = FAILED_STATUSES
_DETAILS = ROW_COLUMNS[IDENTITY:]
_INSERT_FINDINGS = (f"insert into findings (object_id, first_scan_id, {', '.join(ROW_COLUMNS)}) "
                    f"values (?, ?, {', '.join('?' * len(ROW_COLUMNS))})")
_CARRIED = ("status", "error", "reason", "size", "mtime", "owner", "mode", "world_readable", "change_token")
CHUNK = 500  # ids per statement (SQLite's variable limit is far above)


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]


def end_objects(db: Database, object_ids: list[int], scan_id: int) -> None:
    """Objects gone: deleted by this scan, their open findings ended by it."""
    for chunk in _chunks(object_ids):
        changes = ending(db, chunk)
        marks = ",".join("?" * len(chunk))
        db.execute(f"update findings set ended_scan = ? where ended_scan is null and object_id in ({marks})",
                   [scan_id, *chunk])
        db.execute(f"update objects set deleted_scan = ? where deleted_scan is null and id in ({marks})",
                   [scan_id, *chunk])
        end_subjects(db.conn, chunk, scan_id)
        changes.add(db)


def end_trees(db: Database, top_ids: list[int], scan_id: int) -> None:
    """Top-level objects gone, with everything found inside them."""
    for chunk in _chunks(top_ids):
        marks = ",".join("?" * len(chunk))
        inside = [row[0] for row in db.execute(
            f"select id from objects where deleted_scan is null and top_id in ({marks})", chunk)]
        end_objects(db, inside, scan_id)


_NEXT_ID = "(select coalesce(max(id), 0) + 1 from objects)"


@functools.lru_cache(maxsize=16)  # a few shapes of row, written for every object
def _insert_sql(table: str, columns: tuple[str, ...], own_top: bool = False) -> str:
    """own_top: the row's id and top_id are both the next id (inside the writer's
    transaction, BEGIN IMMEDIATE: no other writer inserts meanwhile)."""
    own = (", id, top_id", f", {_NEXT_ID}, {_NEXT_ID}") if own_top else ("", "")
    return f"insert into {table} ({', '.join(columns)}{own[0]}) values ({', '.join('?' * len(columns))}{own[1]})"


def _is_carried(previous: dict | None, record: ObjectRecord) -> bool:
    """A known object, read before, that could not be read now."""
    return (record.status in CARRIED_STATUSES and previous is not None and previous["deleted_scan"] is None
            and (previous["status"] == "ok" or previous["unverified_scan"] is not None))


class TreeWriter:
    """Writes object trees inside the caller's transaction, with prepared SQL:
    sqlite-utils' table.insert()/update() cost 17x/35x as much per row (139/287 µs
    against 8 µs measured here), which a first scan of a share feels."""

    def __init__(self, db: Database) -> None:
        self.db = db
        # to the counts of each root (inventory.root_counts), gathered over the trees of the open
        # transaction and added by flush() before it commits (one statement, not one a tree)
        self.changes = Changes()

    def flush(self) -> None:
        """The counts' differences of the trees written since the last flush, added
        (inside their transaction, before it commits)."""
        self.changes.add(self.db)

    def discard(self) -> None:
        """The transaction was rolled back: what its trees changed did not happen."""
        self.changes = Changes()

    def previous(self, root: str, uri: str) -> dict | None:
        cursor = self.db.conn.cursor()
        cursor.row_factory = sqlite3.Row
        row = cursor.execute("select * from objects where root = ? and uri = ?", [root, uri]).fetchone()
        return dict(row) if row is not None else None

    def write(self, scan_id: int, root: str, record: ObjectRecord, rules_version: str | None,
              previous: dict | None | bool = False) -> int:
        """Store a top-level object with its descendants and findings; objects that
        were inside it and are not any more end. Returns its id. previous: what
        `stored` said of the record, if the caller asked already."""
        touched: set[int] = set()
        if previous is False:
            previous = self.stored(root, record)
        top_id = self._object(scan_id, root, record, rules_version, None, None, touched, previous)
        if previous is not None:  # (a new object's id is new: nothing was inside it before)
            gone = [row[0] for row in self.db.execute(
                "select id from objects where top_id = ? and deleted_scan is null", [top_id]) if row[0] not in touched]
            end_objects(self.db, gone, scan_id)
        return top_id

    def stored(self, root: str, record: ObjectRecord) -> dict | None:
        """What the inventory holds of a record: by its stored path, or by the path
        as the source names it when that was stored before its names were masked."""
        previous = self.previous(root, record.stored_uri)
        if previous is None and record.display is not None and record.display != record.uri:
            previous = self.previous(root, record.uri)
        return previous

    def _object(self, scan_id: int, root: str, record: ObjectRecord, rules_version: str | None,
                parent_id: int | None, top_id: int | None, touched: set[int],
                previous: dict | None | bool = False) -> int:
        if previous is False:
            previous = self.stored(root, record)
        if previous and previous["deleted_scan"] is None:  # counted as it was; then as it is
            self.changes.live(root, previous["status"], previous["parent_id"] is None, -1)
        self.changes.live(root, record.status, parent_id is None)
        if _is_carried(previous, record):
            return self._carry(scan_id, previous, record, rules_version, touched)
        row = {
            "root": root, "uri": record.stored_uri, "parent_id": parent_id, "top_id": top_id, "kind": record.kind,
            "format": record.format, "sha256": record.sha256, "encoding": record.encoding,
            "ocr_pages": record.ocr_pages, **{column: getattr(record, column) for column in _CARRIED},
            **summary_columns(record), "own_values": own_values_column(record),
            "recorded_scan": scan_id, "rules_version": rules_version,
            "extracted_scan": scan_id if record.read else None, "deleted_scan": None, "unverified_scan": None,
        }
        if previous:
            object_id = previous["id"]
            self._update("objects", object_id, {**row, "top_id": top_id or object_id})
        else:  # a top-level object is its own top: its id given in the insert, not updated after it
            object_id = self._insert("objects", {**row, "first_seen_scan": scan_id}, own_top=top_id is None)
        touched.add(object_id)
        rows = rows_of(record)
        self.changes.findings[root] += self._findings(scan_id, object_id, rows, known=previous is not None)
        if previous and previous["deleted_scan"] is not None:
            revive_subjects(self.db.conn, object_id, previous["deleted_scan"])
        if record.read and record.status == "ok":  # people of this extraction (sealed by the reader)
            begun = None if previous or not record.subjects else {row[:IDENTITY]: scan_id for row in rows}
            update_subjects(self.db.conn, object_id, record.subjects, scan_id, known=previous is not None,
                            first_seen=begun)
        for child in record.children:
            self._object(scan_id, root, child, rules_version, object_id, top_id or object_id, touched)
        return object_id

    def _carry(self, scan_id: int, previous: dict, record: ObjectRecord, rules_version: str | None,
               touched: set[int]) -> int:
        """A failed read of a known object: its findings and contents stay, unverified."""
        self._update("objects", previous["id"], {
            **{column: getattr(record, column) for column in _CARRIED}, "uri": record.stored_uri,
            "recorded_scan": scan_id,
            "extracted_scan": scan_id if record.read else None, "rules_version": rules_version,
            "unverified_scan": previous["unverified_scan"] or scan_id,
        })
        top_id = previous["top_id"] or previous["id"]
        touched.update(row[0] for row in self.db.execute(
            "select id, uri from objects where top_id = ? and deleted_scan is null", [top_id])
            if within(row[1], previous["uri"]))  # (found inside it; their paths are renamed when read again)
        touched.add(previous["id"])
        return previous["id"]

    def _findings(self, scan_id: int, object_id: int, rows: tuple[tuple, ...], known: bool) -> int:
        """New rows in one executemany; a known object's open rows compared, changed
        details updated, rows not found again ended. Returns how many more are open."""
        if not known:  # a new object: every row is new
            self.db.conn.executemany(_INSERT_FINDINGS, [(object_id, scan_id, *row) for row in rows])
            return len(rows)
        open_rows = {(row[1], row[2]): row for row in self.db.execute(
            f"select id, entity_type, value_hmac, {', '.join(_DETAILS)} from findings "
            "where object_id = ? and ended_scan is null", [object_id])}
        new = []
        for row in rows:
            stored = open_rows.pop(row[:IDENTITY], None)
            if stored is None:
                new.append((object_id, scan_id, *row))
            elif tuple(stored[3:]) != row[IDENTITY:]:
                self._update("findings", stored[0], dict(zip(_DETAILS, row[IDENTITY:])))
        self.db.conn.executemany(_INSERT_FINDINGS, new)
        if open_rows:  # not found again: ended by this scan
            ended = [row[0] for row in open_rows.values()]
            for chunk in _chunks(ended):
                self.db.execute(f"update findings set ended_scan = ? where id in ({','.join('?' * len(chunk))})",
                                [scan_id, *chunk])
        return len(new) - len(open_rows)

    def _insert(self, table: str, row: dict, own_top: bool = False) -> int:
        """own_top: an object whose top_id is its own id (the next one, as SQLite would give it)."""
        if own_top:
            row = {column: value for column, value in row.items() if column not in ("id", "top_id")}
        return self.db.conn.execute(_insert_sql(table, tuple(row), own_top), list(row.values())).lastrowid

    def _update(self, table: str, row_id: int, row: dict) -> None:
        assignments = ", ".join(f"{column} = ?" for column in row)
        self.db.execute(f"update {table} set {assignments} where id = ?", [*row.values(), row_id])
