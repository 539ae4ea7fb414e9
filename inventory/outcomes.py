"""Reconciliation against the inventory: build stores from the database, run the
pure reconciliation, and keep its outcomes per scan."""

from __future__ import annotations

import json
from datetime import date, datetime
from itertools import groupby

from sqlite_utils import Database

from inventory.ledger.active import load_ledger
from inventory.headcount import files_headcount
from inventory.own_contact_rows import own_contact_ids
from inventory.reconcile import KINDS, Counter, Outcome, Store, estimate_subjects, reconcile
from inventory.transactions import transaction

_STORE_ROWS = """
select t.root, t.uri, t.id as top_id, t.mtime as top_mtime, o.mtime, f.entity_type, f.category, f.value_hmac
from objects t
join objects o on o.top_id = t.id and o.deleted_scan is null
left join findings f on f.object_id = o.id and f.ended_scan is null
  and f.id not in (select value from json_each(?))  -- the organisation's own contacts (inventory.own_contacts)
where t.parent_id is null and t.deleted_scan is null {only}
order by t.id
"""


def _day(timestamp: float | None) -> date | None:
    return datetime.fromtimestamp(timestamp).date() if timestamp else None


def _store(rows: list[dict], people: dict[int, int]) -> Store:
    values: dict[str, set[str]] = {}
    categories: set[str] = set()
    dated = []
    for row in rows:
        if row["entity_type"] is None:
            continue
        values.setdefault(row["entity_type"], set()).add(row["value_hmac"])
        if row["category"]:
            categories.add(row["category"])
        if row["mtime"]:
            dated.append(row["mtime"])
    first = rows[0]
    return Store(root=first["root"], uri=first["uri"], date=_day(min(dated) if dated else first["top_mtime"]),
                 values={k: frozenset(v) for k, v in values.items()}, categories=frozenset(categories),
                 people=people.get(first["top_id"]), top_id=first["top_id"])


def _people(db: Database) -> dict[int, int]:
    """Distinct persons per file (top-level object, with what is inside it)."""
    return {row[0]: row[1] for row in db.execute(
        "select o.top_id, count(distinct s.person_id) from subjects s join objects o on o.id = s.object_id "
        "where o.deleted_scan is null and s.ended_scan is null group by o.top_id")}


def people_counter(db: Database) -> Counter:
    """Distinct people over stores, as the inventory counts them (inventory.headcount:
    persons, joined by name where nothing contradicts)."""
    def count(stores: list[Store]) -> int:
        if any(store.top_id is None for store in stores):
            return estimate_subjects(stores)
        return files_headcount(db.conn, [store.top_id for store in stores]).estimate
    return count


def stores_from_inventory(db: Database, root: str | None = None, uris: list[str] | None = None) -> list[Store]:
    """Every store, or (for a watch batch) only the given top-level paths of a root."""
    only, params = "", []
    if uris is not None:
        only = f"and t.root = ? and t.uri in ({', '.join('?' * len(uris))})"
        params = [root, *uris]
    own = json.dumps(sorted(own_contact_ids(db)))
    rows = db.query(_STORE_ROWS.format(only=only), [own, *params])
    people = _people(db)
    return [_store(list(group), people) for _, group in groupby(rows, key=lambda r: r["top_id"])]


def run_reconciliation(db: Database, scan_id: int, today: date | None = None) -> list[Outcome]:
    """Reconcile the current inventory with the active ledger; store per scan."""
    entries = load_ledger(db)
    outcomes = reconcile(stores_from_inventory(db), entries, today or date.today(), people_counter(db)) \
        if entries else []
    with transaction(db):
        db["outcomes"].delete_where("scan_id = ?", [scan_id])
        db["outcomes"].insert_all({"scan_id": scan_id, "kind": o.kind, "root": o.root, "uri": o.uri,
                                   "entry_id": o.entry_id, "details": json.dumps(o.details, ensure_ascii=False)}
                                  for o in outcomes)
    return outcomes


def stored_outcomes(db: Database, scan_id: int) -> list[dict]:
    rows = db.query(
        "select o.kind, o.root, o.uri, o.entry_id, e.name as entry_name, e.row as entry_row, o.details "
        "from outcomes o left join ledger_entries e on e.id = o.entry_id where o.scan_id = ? "
        "order by o.kind, o.uri, e.row", [scan_id])
    ordered = sorted(rows, key=lambda r: KINDS.index(r["kind"]) if r["kind"] in KINDS else len(KINDS))
    return [{**row, "details": json.loads(row["details"])} for row in ordered]
