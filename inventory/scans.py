"""Scans: begun (or resumed), finished, and counted.

A finished scan's counts come from its scopes: an unchanged object is not written,
so what a complete scan saw is what its scopes hold and it did not delete. An
interrupted scan counts what it wrote.
"""

from __future__ import annotations

import os
import socket
from datetime import datetime, timezone

from sqlite_utils import Database

from inventory.processes import pid_alive
from inventory.records import FAILED_STATUSES
from inventory.root_counts import root_counts
from inventory.scopes import Scope, roots_key, scope_where
from inventory.transactions import transaction

_FAILED = ",".join(f"'{s}'" for s in FAILED_STATUSES)


class ScanAlreadyRunning(RuntimeError):
    def __init__(self, scan_id: int, pid: int) -> None:
        super().__init__(f"scan {scan_id} is running (pid {pid})")
        self.scan_id, self.pid = scan_id, pid


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def begin(db: Database, scopes: list[Scope], rules_version: str, kind: str) -> tuple[int, bool]:
    """A new scan, or the interrupted one over the same scopes: (scan id, resumed)."""
    roots = roots_key(scopes)
    with transaction(db):
        row = next(db.query(
            "select id, pid from scans where roots = ? and status in ('running', 'interrupted') "
            "order by id desc limit 1", [roots]), None)
        if row and pid_alive(row["pid"]) and row["pid"] != os.getpid():
            raise ScanAlreadyRunning(row["id"], row["pid"])
        if row:
            db["scans"].update(row["id"], {"pid": os.getpid(), "status": "running", "rules_version": rules_version})
            return row["id"], True
        scan_id = db["scans"].insert({
            "started": now(), "roots": roots, "rules_version": rules_version,
            "status": "running", "pid": os.getpid(), "host": socket.gethostname(), "kind": kind,
        }).last_pk
    return scan_id, False


def written_since(db: Database, root: str, scan_id: int) -> list[str]:
    """Paths of the objects under root a scan after scan_id wrote: recorded,
    deleted, or kept unverified (each on its own index)."""
    return [row[0] for row in db.execute(" union ".join(
        f"select uri from objects where {column} > ?2 and +root = ?1"
        for column in ("recorded_scan", "deleted_scan", "unverified_scan")), [root, scan_id])]


def scan_stats(db: Database, scan_id: int, scopes: list[Scope], complete: bool = True) -> dict:
    """Counts of a scan: for a complete one, what its scopes hold (objects not
    deleted, their open findings: of whole roots, as kept by inventory.root_counts);
    for an interrupted one, what it wrote."""
    extracted, ocr_pages = db.execute(
        "select count(*), coalesce(sum(ocr_pages), 0) from objects where extracted_scan = ?", [scan_id]).fetchone()
    where, params = scope_where(scopes, "o")
    live = f"o.deleted_scan is null and {where}" + ("" if complete else f" and o.recorded_scan = {int(scan_id)}")

    def one(sql: str, *extra) -> int:
        return db.execute(sql, [*extra, *params]).fetchone()[0] or 0
    top_ok_read = f"o.parent_id is null and o.status = 'ok' and {live}"
    if complete and scopes and all(scope.uri is None for scope in scopes):
        held = root_counts(db, sorted({scope.root for scope in scopes}))
        seen, failed, findings = held["objects"], held["failed"], held["findings"]
        reused = held["top_ok"] - one(f"select count(*) from objects o where o.extracted_scan = ? and {top_ok_read}",
                                      scan_id)
    else:
        seen = one(f"select count(*) from objects o where {live}")
        reused = one(f"select count(*) from objects o where coalesce(o.extracted_scan, 0) != ? and {top_ok_read}",
                     scan_id)
        failed = one(f"select count(*) from objects o where o.status in ({_FAILED}) and {live}")
        findings = one(f"select count(*) from findings f join objects o on o.id = f.object_id "
                       f"where f.ended_scan is null and {live}")
    return {"objects_seen": seen, "objects_extracted": extracted, "objects_reused": reused,
            "objects_failed": failed, "findings": findings, "ocr_pages": ocr_pages}


def finish(db: Database, scan_id: int, scopes: list[Scope], status: str) -> dict:
    """Record the end of a scan and its counts (inside the caller's transaction)."""
    stats = scan_stats(db, scan_id, scopes, complete=status == "complete")
    db["scans"].update(scan_id, {**stats, "finished": now(), "status": status})
    return stats
