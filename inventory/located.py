"""A person's data object by object, as an answer to 開示等請求 lists it: what
kind of data, where in the file, since when, the ledger entries covering it and
the action proposed (inventory.disclosure)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from inventory.disclosure import Proposal, propose
from inventory.globs import covers
from inventory.headcount import contradict, single_values
from inventory.ledger.active import StoredEntry, load_ledger
from inventory.outcomes import stored_outcomes
from inventory.person_lookup import IDENTIFIED
from inventory.queries import latest_scan

MAX_LOCATIONS = 10


@dataclass(frozen=True)
class LocatedObject:
    root: str
    uri: str
    match: str  # identified / name (inventory.person_lookup)
    person: int  # 1, 2 …: which of the people found (a name may be two people's)
    types: tuple[str, ...]  # entity types, SENSITIVE:<category>
    locations: tuple[str, ...]
    first_seen: str  # the date the data was first seen there
    entries: tuple[tuple[int, str], ...]  # (row, 個人情報名) of the covering ledger entries
    proposal: Proposal


def _scan_dates(db: Database) -> dict[int, str]:
    return {row["id"]: (row["started"] or "")[:10] for row in db.query("select id, started from scans")}


def _outcome_kinds(db: Database) -> dict[tuple[str, str], set[str]]:
    scan = latest_scan(db)
    kinds: dict[tuple[str, str], set[str]] = {}
    for outcome in stored_outcomes(db, scan["id"]) if scan else []:
        if outcome["uri"]:
            kinds.setdefault((outcome["root"], outcome["uri"]), set()).add(outcome["kind"])
    return kinds


def _covering(entries: list[StoredEntry], uri: str) -> list[StoredEntry]:
    return [e for e in entries if any(covers(p, uri) for p in e.entry.paths)]


def _merged(rows: list[dict]) -> dict[int, dict]:
    """Subject rows merged per object: an object may hold the person twice."""
    objects: dict[int, dict] = {}
    for row in rows:
        merged = objects.setdefault(row["object_id"], {**row, "types": [], "locations": [], "first": []})
        merged["types"] += [t for t in row["types"] if t not in merged["types"]]
        merged["locations"] += [x for x in row["locations"] if x not in merged["locations"]]
        merged["first"].append(row["first_scan_id"] or row["first_seen_scan"])
        if row["match"] == IDENTIFIED:
            merged["match"] = IDENTIFIED
    return objects


def candidates(db: Database, rows: list[dict]) -> dict[int, int]:
    """person -> candidate number: persons found under one name are one candidate
    unless their dates of birth or identifier codes differ (homonyms)."""
    persons = list(dict.fromkeys(r["person_id"] for r in sorted(rows, key=lambda r: (r["match"] != IDENTIFIED,
                                                                                     r["person_id"]))))
    values = single_values(db.conn, persons)
    groups: list[dict[str, set[str]]] = []
    numbers = {}
    for person in persons:
        held = values.get(person, {})
        number = next((n for n, group in enumerate(groups) if not contradict(group, held)), len(groups))
        if number == len(groups):
            groups.append({})
        for kind, keys in held.items():
            groups[number].setdefault(kind, set()).update(keys)
        numbers[person] = number + 1
    return numbers


def located_objects(db: Database, rows: list[dict]) -> list[LocatedObject]:
    """The hits of inventory.person_lookup.find_person, one per object, identified first."""
    dates, kinds, entries = _scan_dates(db), _outcome_kinds(db), load_ledger(db)
    people = candidates(db, rows)
    found = []
    for row in _merged(rows).values():
        covering = _covering(entries, row["top_uri"])
        first = min((s for s in row["first"] if s), default=None)
        found.append(LocatedObject(
            root=row["root"], uri=row["uri"], match=row["match"], person=people[row["person_id"]],
            types=tuple(row["types"]), locations=tuple(row["locations"][:MAX_LOCATIONS]),
            first_seen=dates.get(first, "") if first else "",
            entries=tuple((e.entry.row, e.entry.name) for e in covering),
            proposal=propose(covering, kinds.get((row["root"], row["top_uri"]), ()))))
    return sorted(found, key=lambda o: (o.match != IDENTIFIED, o.person, o.root, o.uri))
