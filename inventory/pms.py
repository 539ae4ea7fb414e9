"""PMS Step 5 (seed 004): the stores of personal data as a department's 個人情報特定
調査シート and the リスク管理表 list them, gathered from the inventory.

A store is a ledger entry with the files it covers, or, for data no entry
covers, the folder holding it (未登録). Its department is the entry's 保管部所,
else the top folder. For each store: the items found, the people (estimate),
the formats, the folders, the files, the 保管期間 and 件数 the ledger declares,
the differences the latest reconciliation found, and the facts a risk review
weighs (inventory.pms_risks).
"""

from __future__ import annotations

import json
import posixpath
from dataclasses import dataclass, field

from sqlite_utils import Database

from detectors.entities import SENSITIVE
from inventory.globs import matcher
from inventory.headcount import Headcount, headcount
from inventory.ledger.active import StoredEntry, load_ledger
from inventory.object_sets import SET_TABLE, select_ids
from inventory.outcomes import stored_outcomes
from inventory.queries import latest_scan

MAIL_FORMATS = frozenset({"eml", "mbox", "msg", "pst"})


@dataclass
class Store:
    department: str
    name: str  # the entry's 個人情報名, or the folder of unregistered data
    entry: StoredEntry | None
    objects: list[int] = field(default_factory=list)  # ids, subtrees included
    files: set[str] = field(default_factory=set)
    folders: set[str] = field(default_factory=set)
    formats: set[str] = field(default_factory=set)
    types: set[str] = field(default_factory=set)
    risks: set[str] = field(default_factory=set)  # the objects' own risk levels
    outcomes: set[str] = field(default_factory=set)  # reconciliation kinds of the latest scan
    in_mail: bool = False
    world_readable: bool | None = None  # None: the source does not say
    people: Headcount | None = None

    @property
    def registered(self) -> bool:
        return self.entry is not None


def _objects(db: Database) -> list[dict]:
    """Live objects whose subtree holds personal data, with their top-level file."""
    return list(db.query(
        "select o.id, o.root, t.uri as top, o.uri, o.kind, o.format, o.summary, o.risk, o.world_readable as readable "
        "from objects o join objects t on t.id = o.top_id where o.deleted_scan is null and o.summary is not null "
        "and json_extract(o.summary, '$.counts') != '{}' order by t.uri, o.uri"))


def _department(top: str, entry: StoredEntry | None) -> str:
    declared = entry.entry.values.get("保管部所", "").strip() if entry else ""
    return declared or (top.split("/", 1)[0] if "/" in top else "/")


def _covering(entries: list[StoredEntry]):
    tests = [(e, matcher(e.entry.paths)) for e in entries if e.entry.paths]
    return lambda top: next((e for e, covers in tests if covers(top)), None)


def _add(store: Store, row: dict, outcomes: dict[str, set[str]]) -> None:
    summary = json.loads(row["summary"])
    store.objects.append(row["id"])
    store.files.add(row["top"])
    store.folders.add(posixpath.dirname(row["top"]) or "/")
    store.formats.add(row["format"] or "?")
    store.types |= {t for t in summary["counts"] if t != SENSITIVE} | {f"{SENSITIVE}:{c}" for c in summary["categories"]}
    store.risks.add(row["risk"] or "none")
    store.outcomes |= outcomes.get(row["top"], set())
    store.in_mail = store.in_mail or row["kind"] == "message" or row["format"] in MAIL_FORMATS or "imap://" in row["root"]
    if row["readable"] is not None:
        store.world_readable = bool(store.world_readable) or bool(row["readable"])


def _outcomes(db: Database) -> tuple[dict[str, set[str]], dict[int, set[str]]]:
    """Outcome kinds of the latest scan by file and by ledger entry."""
    scan = latest_scan(db)
    by_file: dict[str, set[str]] = {}
    by_entry: dict[int, set[str]] = {}
    for outcome in stored_outcomes(db, scan["id"]) if scan else []:
        if outcome["uri"]:
            by_file.setdefault(outcome["uri"], set()).add(outcome["kind"])
        elif outcome["entry_id"] is not None:
            by_entry.setdefault(outcome["entry_id"], set()).add(outcome["kind"])
    return by_file, by_entry


def _count_people(db: Database, store: Store) -> Headcount:
    select_ids(db.conn, store.objects)
    return headcount(db.conn, SET_TABLE)


def gather_stores(db: Database) -> list[Store]:
    """Every store of personal data, by department then name; persons resolved."""
    entries = load_ledger(db)
    covering, (by_file, by_entry) = _covering(entries), _outcomes(db)
    stores: dict[tuple, Store] = {}
    for row in _objects(db):
        entry = covering(row["top"])
        key = ("entry", entry.id) if entry else ("folder", posixpath.dirname(row["top"]) or "/")
        if key not in stores:
            stores[key] = Store(_department(row["top"], entry), entry.entry.name if entry else key[1], entry)
            stores[key].outcomes |= by_entry.get(entry.id, set()) if entry else set()
        _add(stores[key], row, by_file)
    for store in stores.values():
        store.people = _count_people(db, store)
    return sorted(stores.values(), key=lambda s: (s.department, not s.registered, s.name))
