"""The index of data subjects' keys by key (`subject_keys (key, kind)`), set aside
while the first scan fills an inventory that holds none.

Keys are keyed hashes: each one lands on a random page of that index, so a first
scan of a share rewrote most of its pages in every commit (measured: about half
of the single writer's SQLite time, and more as the index grows). Nothing reads it
while a first scan writes (who is who is resolved at its end), so the scan drops it
at its start and builds it again, sorted, before people are resolved: at the end of
the scan whatever its status, and at every opening of the inventory (after a scan
killed with kill -9, or by another process while a first scan runs: that costs the
scan its speed, never a wrong answer).
"""

from __future__ import annotations

from sqlite_utils import Database

from inventory.transactions import transaction

NAME = "idx_subject_keys_key_kind"  # as sqlite-utils named it (inventory.migrations m011)


def set_aside(db: Database) -> bool:
    """Drop the index if the inventory holds no subject key yet; True if it did.
    (An inventory that holds some is only read: no write lock for a rescan.)"""
    held = "select 1 from subject_keys limit 1"
    if db.execute(held).fetchone() is not None:
        return False
    with transaction(db):
        if db.execute(held).fetchone() is not None:  # another writer was first
            return False
        db.execute(f'drop index if exists "{NAME}"')
    return True


def restore(db: Database) -> None:
    """The index, built again if it was set aside (nothing to do when it is there)."""
    if db.execute("select 1 from sqlite_master where type = 'index' and name = ?", [NAME]).fetchone() is None:
        with transaction(db):
            db.execute(f'create index if not exists "{NAME}" on "subject_keys" ("key", "kind")')
