"""Open (and create, 0600) the inventory database."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from inventory.migrations import apply_migrations
from inventory.secure import create_private

BUSY_TIMEOUT_MS = 30_000


def open_inventory(path: str | Path) -> Database:
    path = Path(path)
    create_private(path)
    db = Database(path)
    # BEGIN IMMEDIATE: a writer takes the write lock up front (waiting out another
    # writer within busy_timeout) instead of failing on a stale read snapshot.
    db.conn.isolation_level = "IMMEDIATE"
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA journal_mode = WAL")  # readers never block the writer
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA foreign_keys = ON")
    apply_migrations(db)
    for suffix in ("-wal", "-shm"):  # SQLite creates them with the umask's mode
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.chmod(0o600)
    return db
