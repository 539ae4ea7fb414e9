"""Indexes set aside while the first scan fills an inventory: the index of data
subjects' keys by key (`subject_keys (key, kind)`) while it holds no key, and the
findings' own (by object and identity, by object and end, by first scan) while it
knows no object.

Keys are keyed hashes: each one lands on a random page of their index, so a first
scan of a share rewrote most of its pages in every commit (measured: about half
of the single writer's SQLite time, and more as the index grows). The findings'
indexes grow at their right edge, but each is a B-tree insert per finding, a
quarter of a million of them for 10,000 files: built once, sorted, they cost less
than kept. Nothing reads them while a first scan writes (it knows no object
before it; who is who is resolved and what is new reported at its end), so the
scan drops them at its start and builds them again before it finishes: at the
end of the scan whatever its status, and at every opening of the inventory
(after a scan killed with kill -9, or by another process while a first scan
runs: that costs the scan its speed, never a wrong answer).
"""

from __future__ import annotations

from sqlite_utils import Database

from inventory.transactions import transaction

NAME = "idx_subject_keys_key_kind"  # as sqlite-utils named it (inventory.migrations m011)
# (the table that must hold no row, index, its definition as the migrations left it: m001,
# m011, m014). The findings' are set aside only when no object is known: a scan that meets
# a known object reads its findings by these indexes.
INDEXES = (
    ("subject_keys", NAME, f'CREATE INDEX "{NAME}"\n    ON "subject_keys" ("key", "kind")'),
    ("objects", "idx_findings_object_id_entity_type_value_hmac_first_scan_id",
     'CREATE UNIQUE INDEX "idx_findings_object_id_entity_type_value_hmac_first_scan_id"\n'
     '    ON "findings" ("object_id", "entity_type", "value_hmac", "first_scan_id")'),
    ("objects", "idx_findings_object_id_ended_scan",
     'CREATE INDEX "idx_findings_object_id_ended_scan"\n    ON "findings" ("object_id", "ended_scan")'),
    ("objects", "idx_findings_first_scan_id",
     'CREATE INDEX "idx_findings_first_scan_id"\n    ON "findings" ("first_scan_id")'),
)


def _empty(db: Database) -> list[str]:
    tables = dict.fromkeys(table for table, _, _ in INDEXES)
    return [table for table in tables if db.execute(f"select 1 from {table} limit 1").fetchone() is None]


def set_aside(db: Database) -> bool:
    """Drop the indexes whose table holds no row yet; True if any was.
    (An inventory that holds rows is only read: no write lock for a rescan.)"""
    if not _empty(db):
        return False
    with transaction(db):
        empty = _empty(db)  # another writer may have been first
        for table, name, _ in INDEXES:
            if table in empty:
                db.execute(f'drop index if exists "{name}"')
    return bool(empty)


def restore(db: Database) -> None:
    """The indexes, built again if they were set aside (nothing to do when they are there)."""
    present = {row[0] for row in db.execute("select name from sqlite_master where type = 'index'")}
    if all(name in present for _, name, _ in INDEXES):
        return
    with transaction(db):
        present = {row[0] for row in db.execute("select name from sqlite_master where type = 'index'")}
        for _, name, definition in INDEXES:
            if name not in present:
                db.execute(definition)
