"""The imported ledger in the inventory: the wording is stored as written, and
parsed again on load, so a better parser applies to ledgers already imported."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlite_utils import Database

from inventory.ledger.counts import parse_count
from inventory.ledger.dates import parse_date
from inventory.ledger.items import parse_items
from inventory.ledger.model import LedgerEntry
from inventory.ledger.retention import parse_retention
from inventory.transactions import transaction


@dataclass(frozen=True)
class StoredEntry:
    id: int
    entry: LedgerEntry


def save_ledger(db: Database, entries: list[LedgerEntry], source: Path) -> int:
    """Store a complete ledger as the active one; returns its import id."""
    with transaction(db):
        import_id = db.execute(
            "insert into ledger_imports (imported, source, sha256, entries) values (?, ?, ?, ?)",
            [datetime.now(timezone.utc).isoformat(timespec="seconds"), source.name,
             hashlib.sha256(source.read_bytes()).hexdigest(), len(entries)]).lastrowid
        db.conn.executemany(
            "insert into ledger_entries (import_id, row, name, ledger_values, extra, paths, start_date) "
            "values (?, ?, ?, ?, ?, ?, ?)",
            [(import_id, e.row, e.name, json.dumps(e.values, ensure_ascii=False),
              json.dumps(e.extra, ensure_ascii=False), json.dumps(list(e.paths), ensure_ascii=False),
              e.start.isoformat() if e.start else None) for e in entries])
    return import_id


def active_import(db: Database) -> dict | None:
    return next(db.query("select * from ledger_imports order by id desc limit 1"), None)


def load_ledger(db: Database) -> list[StoredEntry]:
    current = active_import(db)
    if current is None:
        return []
    stored = []
    for row in db.query("select * from ledger_entries where import_id = ? order by row", [current["id"]]):
        values = json.loads(row["ledger_values"])
        entry = LedgerEntry(
            row=row["row"], values=values, extra=json.loads(row["extra"]),
            paths=tuple(json.loads(row["paths"])), start=parse_date(row["start_date"]),
            items=parse_items(values.get("個人情報の項目", "")),
            retention=parse_retention(values.get("保管期間", "")), count=parse_count(values.get("件数", "")))
        stored.append(StoredEntry(row["id"], entry))
    return stored
