"""Marks of objects handed to a worker and not yet recorded, committed before the
hand-over: what a scan was reading when it died (kill -9, the machine's OOM
killer, a crash inside a C library of the scanning process) survives it, so the
next run records that object as `crashed` instead of dying on it again.

A mark goes in the transaction that records its object. Marks left by a process
that is gone are the evidence: each names a suspect (a kill -9 of the scan is no
fault of the objects it was reading), read again alone by the next run in a worker
process of its own; a mark left while a suspect was read alone (`isolated`) names
the object that killed the scan.

A mark names its object by a keyed hash of its path (`mark_key`), not the path:
the names of an object not read yet may hold personal data (inventory.names).
"""

from __future__ import annotations

import os
from datetime import datetime, timezone

from sqlite_utils import Database

from inventory.keys import value_hmac
from inventory.processes import pid_alive
from inventory.transactions import begin

TABLE = "reading_marks"


def mark_key(key: bytes, uri: str) -> str:
    """What a mark holds for the path of its object (the `uri` column)."""
    return value_hmac(key, "\x00mark\x00" + uri)


def mark(db: Database, scan_id: int, marks: list[tuple[dict, bool]]) -> None:
    """Mark objects ((root, uri: its mark_key, size, mtime, change_token), isolated)
    and commit at once, with whatever the open transaction holds (whole objects only)."""
    since = datetime.now(timezone.utc).isoformat(timespec="seconds")
    begin(db)
    db.conn.executemany(
        f"insert or replace into {TABLE} (root, uri, size, mtime, change_token, scan_id, pid, isolated, since) "
        "values (:root, :uri, :size, :mtime, :change_token, :scan_id, :pid, :isolated, :since)",
        [{**entry, "scan_id": scan_id, "pid": os.getpid(), "isolated": int(isolated), "since": since}
         for entry, isolated in marks])
    db.commit()


def clear(db: Database, root: str, uri: str) -> None:
    """Inside the caller's transaction (the one that records the object)."""
    db.execute(f"delete from {TABLE} where root = ? and uri = ?", [root, uri])


def clear_all(db: Database, marks: list[tuple[str, str]]) -> None:
    """(root, uri) of marks, inside the caller's transaction (the one that records their objects)."""
    db.conn.executemany(f"delete from {TABLE} where root = ? and uri = ?", marks)


def leftovers(db: Database, roots: list[str]) -> list[dict]:
    """Marks under roots left by processes no longer running."""
    marks = ",".join("?" for _ in roots)
    return [row for row in db.query(f"select * from {TABLE} where root in ({marks})", roots)
            if row["pid"] != os.getpid() and not pid_alive(row["pid"])]
