"""Open (and create, 0600) the inventory database."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from inventory import key_index
from inventory.errors import database_error, file_error
from inventory.migrations import apply_migrations
from inventory.secure import create_private

BUSY_TIMEOUT_MS = 30_000


def open_inventory(path: str | Path) -> Database:
    """The inventory at path, created if missing; a file that is damaged, may not be
    written, or has no room is an InventoryError (inventory.errors), never a traceback."""
    path = Path(path)
    try:
        create_private(path)
    except OSError as error:
        raise file_error(error, str(path)) from error
    try:
        return _opened(path)
    except sqlite3.Error as error:
        problem = database_error(error, str(path))
        if problem is None:
            raise
        raise problem from error


def _opened(path: Path) -> Database:
    db = Database(path)
    # BEGIN IMMEDIATE: a writer takes the write lock up front (waiting out another
    # writer within busy_timeout) instead of failing on a stale read snapshot.
    db.conn.isolation_level = "IMMEDIATE"
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA journal_mode = WAL")  # readers never block the writer
    db.execute("PRAGMA synchronous = NORMAL")
    # 64 MB of pages (default 2 MB): a scan's writes into a large inventory (random keyed
    # hashes in indexes) read fewer pages back from the OS (about -10% of their CPU at 30,000 files)
    db.execute("PRAGMA cache_size = -65536")
    db.execute("PRAGMA foreign_keys = ON")
    apply_migrations(db)
    key_index.restore(db)  # set aside by a first scan that did not finish (inventory.key_index)
    for suffix in ("-wal", "-shm"):  # SQLite creates them with the umask's mode
        side = path.with_name(path.name + suffix)
        if side.exists() and side.stat().st_uid == os.geteuid():
            side.chmod(0o600)
    return db
