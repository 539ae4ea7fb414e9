"""The active ledger in the inventory (the latest import): the wording is stored as written, and
parsed again on load, so a better parser applies to ledgers already imported."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlite_utils import Database

from inventory.ledger.model import LedgerEntry, parse_entry
from inventory.transactions import transaction


@dataclass(frozen=True)
class StoredEntry:
    id: int
    entry: LedgerEntry


def save_ledger(db: Database, entries: list[LedgerEntry], source: Path) -> int:
    """Store a complete ledger as the active one; returns its import id."""
    with transaction(db):
        import_id = db["ledger_imports"].insert({
            "imported": datetime.now(timezone.utc).isoformat(timespec="seconds"), "source": source.name,
            "sha256": hashlib.sha256(source.read_bytes()).hexdigest(), "entries": len(entries)}).last_pk
        db["ledger_entries"].insert_all({
            "import_id": import_id, "row": e.row, "name": e.name,
            "ledger_values": json.dumps(e.values, ensure_ascii=False),
            "extra": json.dumps(e.extra, ensure_ascii=False),
            "paths": json.dumps(list(e.paths), ensure_ascii=False),
            "start_date": e.start.isoformat() if e.start else None} for e in entries)
    return import_id


def active_import(db: Database) -> dict | None:
    return next(db["ledger_imports"].rows_where(order_by="id desc", limit=1), None)


def load_ledger(db: Database) -> list[StoredEntry]:
    current = active_import(db)
    if current is None:
        return []
    stored = []
    for row in db["ledger_entries"].rows_where("import_id = ?", [current["id"]], order_by="row"):
        entry = parse_entry(row["row"], json.loads(row["ledger_values"]), json.loads(row["extra"]),
                            tuple(json.loads(row["paths"])), row["start_date"])
        stored.append(StoredEntry(row["id"], entry))
    return stored
