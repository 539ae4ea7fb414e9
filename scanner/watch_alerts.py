"""Which files of a watch batch raise an alert: personal data the ledger does not
allow there (未登録, 項目外), 要配慮 data, My Number anywhere not allowed."""

from __future__ import annotations

import time
from datetime import date

from sqlite_utils import Database

from detectors.entities import MY_NUMBER_TYPES
from inventory.ledger.active import load_ledger
from inventory.outcomes import stores_from_inventory
from inventory.queries import looked_at
from inventory.reconcile import store_outcomes

ALERT_VERSION = 1
ALERT_KINDS = ("unregistered", "undeclared_item")


def batch_alerts(db: Database, root: str, scan_id: int) -> list[dict]:
    """One alert per file of the batch that needs one; masked: types, never values.
    Only the files of this batch are reconciled, not the whole inventory."""
    touched = dict(looked_at(db, scan_id, root))  # path -> mtime
    stores = {s.uri: s for s in stores_from_inventory(db, root, list(touched))} if touched else {}
    entries = load_ledger(db)
    has_ledger = bool(entries)
    names = {stored.id: stored.entry.name for stored in entries}
    outcomes = {}
    for o in store_outcomes(list(stores.values()), entries, date.today()) if has_ledger else []:
        if o.kind in ALERT_KINDS:
            outcomes.setdefault(o.uri, {"kind": o.kind, "details": o.details, "entry_name": names.get(o.entry_id)})
    alerts = []
    for uri in sorted(stores):
        store = stores[uri]
        if not store.has_personal_data:
            continue
        outcome = outcomes.get(uri)
        kind = outcome["kind"] if outcome else ("unregistered" if not has_ledger else None)
        if kind is None and not store.categories:
            continue
        kind = kind or "sensitive"
        types = sorted(outcome["details"]["types"]) if outcome else sorted(store.types)
        mtime = touched[uri]  # as recorded (the path is stored with personal names masked)
        alerts.append({
            "version": ALERT_VERSION, "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "kind": kind,
            "root": root, "path": uri, "types": types, "my_number": bool(MY_NUMBER_TYPES & set(types)),
            "sensitive": sorted(store.categories), "entry": outcome["entry_name"] if outcome else None,
            "scan_id": scan_id, "latency_s": round(time.time() - mtime, 2) if mtime else None,
        })
    return alerts
