"""Which files of a watch batch raise an alert: personal data the ledger does not
allow there (未登録, 項目外), 要配慮 data, My Number anywhere not allowed."""

from __future__ import annotations

import os
import time

from sqlite_utils import Database

from inventory.ledger.store import active_import
from inventory.outcomes import run_reconciliation, stored_outcomes, stores_from_inventory

ALERT_VERSION = 1


def _top(path: str) -> str:
    return path.split("!")[0]


def batch_alerts(db: Database, root: str, paths: set[str], scan_id: int) -> list[dict]:
    """One alert per file of the batch that needs one; masked: types, never values."""
    stores = {s.uri: s for s in stores_from_inventory(db) if s.root == root}
    touched = {uri for uri in stores if any(uri == p or uri.startswith(p.rstrip("/") + "/") for p in paths)}
    has_ledger = active_import(db) is not None
    outcomes = {}
    if has_ledger:
        run_reconciliation(db, scan_id)
        for o in stored_outcomes(db, scan_id):
            if o["uri"] in touched and o["kind"] in ("unregistered", "undeclared_item"):
                outcomes.setdefault(o["uri"], o)
    alerts = []
    for uri in sorted(touched):
        store = stores[uri]
        if not store.has_personal_data:
            continue
        outcome = outcomes.get(uri)
        kind = outcome["kind"] if outcome else ("unregistered" if not has_ledger else None)
        if kind is None and not store.categories:
            continue
        kind = kind or "sensitive"
        types = sorted(outcome["details"]["types"]) if outcome else sorted(store.types)
        try:
            mtime = os.stat(os.path.join(root, uri)).st_mtime
        except OSError:
            mtime = None
        alerts.append({
            "version": ALERT_VERSION, "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "kind": kind,
            "root": root, "path": uri, "types": types, "my_number": "MY_NUMBER" in types,
            "sensitive": sorted(store.categories), "entry": outcome["entry_name"] if outcome else None,
            "scan_id": scan_id, "latency_s": round(time.time() - mtime, 2) if mtime else None,
        })
    return alerts
