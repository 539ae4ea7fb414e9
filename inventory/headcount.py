"""How many people a set of objects is about (本人の数), with its range.

Persons (inventory.people) join records that share a strong identifier. A name
alone joins nothing there, so the same person named in two files, with nothing
else in common, would be counted twice; the estimate therefore also joins
persons of the set that carry the same name (or one's name is the other's
reading or surname) unless they contradict each other: two dates of birth, two
My Numbers or two other identifier codes of one kind. The range says how far
that assumption reaches: `high` joins by identifiers only (every name alone is
another person), `low` joins every shared name (homonyms are one person).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from sqlite3 import Connection

from detectors.entities import FINANCIAL, IDENTIFIER_CODES, MY_NUMBER_TYPES, SENSITIVE
from inventory.object_sets import SET_TABLE, select_files
from inventory.people import persons_in_scan
from inventory.subjects import ALIAS, ALTERNATE, NAME_AND_BIRTH, READING, subject_known, subject_present

# Kinds a person has one value of: two different values are two people.
SINGLE_VALUED = tuple(sorted(IDENTIFIER_CODES | {NAME_AND_BIRTH}))


@dataclass(frozen=True)
class Headcount:
    estimate: int
    low: int
    high: int
    with_my_number: int = 0  # 特定個人情報: people whose My Number is held
    with_sensitive: int = 0  # people with 要配慮 data
    with_financial: int = 0  # people whose bank account or card number is held

    @property
    def certain(self) -> bool:
        return self.low == self.high


_GROUPS = {"with_my_number": MY_NUMBER_TYPES, "with_sensitive": {SENSITIVE}, "with_financial": FINANCIAL}


@dataclass
class _SetSubjects:
    person_of: dict[int, int] = field(default_factory=dict)  # subject -> person
    named: dict[str, set[int]] = field(default_factory=dict)  # first-name key -> persons
    holding: dict[str, set[int]] = field(default_factory=lambda: {group: set() for group in _GROUPS})
    values: dict[int, dict[str, set[str]]] | None = None  # as of a scan: single_values of then


def _as_of(conn: Connection, rows: list, scan_id: int) -> tuple[list, dict[int, dict[str, set[str]]]]:
    """The rows with the person each subject was in scan scan_id, and each such
    person's single-valued keys (inventory.people.persons_in_scan)."""
    groups, links = persons_in_scan(conn, [row[0] for row in rows], scan_id)
    values: dict[int, dict[str, set[str]]] = {}
    for subject_id, kind, key in links:
        if kind in SINGLE_VALUED:
            values.setdefault(groups[subject_id], {}).setdefault(kind, set()).add(key)
    return [(row[0], groups[row[0]], *row[2:]) for row in rows], values


def _read_subjects(conn: Connection, objects: str, scan_id: int | None) -> _SetSubjects:
    """The set's subjects (now, or in scan scan_id) in one pass, set first (CROSS
    JOIN: the planner knows nothing of a temporary table). Most subjects hold none
    of the special types: one regular-expression test each tells."""
    found = _SetSubjects()
    marks = {group: tuple(f'"{t}' for t in types) for group, types in _GROUPS.items()}  # SENSITIVE:<category> too
    special = re.compile("|".join(re.escape(m) for prefixes in marks.values() for m in prefixes))
    present, params = subject_present(scan_id)
    rows = conn.execute(f"select s.id, s.person_id, s.name_key, s.types from {objects} o "
                        f"cross join subjects s on s.object_id = o.id where {present}", params).fetchall()
    if scan_id is not None:  # who was who then, not as persons join now
        rows, found.values = _as_of(conn, rows, scan_id)
    found.person_of = {row[0]: row[1] for row in rows}
    named: dict[str, set[int]] = defaultdict(set)
    for _, person, name_key, types in rows:
        if name_key is not None:
            named[name_key].add(person)
        if special.search(types):
            for group, prefixes in marks.items():
                if any(prefix in types for prefix in prefixes):
                    found.holding[group].add(person)
    found.named = dict(named)
    return found


def _other_forms(conn: Connection, subjects: _SetSubjects) -> dict[str, set[int]]:
    """Persons of the set holding a first-name key as another form (a reading, a
    フリガナ, a surname): one probe of the keys' index per name."""
    keys, others = sorted(subjects.named), {}
    kinds = ", ".join(f"'{k}'" for k in (ALTERNATE, READING, ALIAS))
    for start in range(0, len(keys), 5000):
        for key, subject in conn.execute(
                f"select k.key, k.subject_id from json_each(?) n cross join subject_keys k on k.key = n.value "
                f"where +k.kind in ({kinds})", [json.dumps(keys[start:start + 5000])]):
            if subject in subjects.person_of:
                others.setdefault(key, set()).add(subjects.person_of[subject])
    return others


def _name_edges(conn: Connection, subjects: _SetSubjects) -> list[tuple[int, int]]:
    """Pairs of persons of the set one of whom is named by a form the other holds."""
    others = _other_forms(conn, subjects)
    edges = set()
    for key, named in subjects.named.items():
        first = min(named)
        edges |= {(first, p) for p in named | others.get(key, set()) if p != first}
    return sorted(edges)


def single_values(conn: Connection, persons: Iterable[int]) -> dict[int, dict[str, set[str]]]:
    """The single-valued keys (SINGLE_VALUED) each person is known by."""
    persons = sorted(set(persons))
    values: dict[int, dict[str, set[str]]] = {}
    kinds = ", ".join(f"'{k}'" for k in SINGLE_VALUED)
    known, params = subject_known(None)
    for start in range(0, len(persons), 500):
        chunk = persons[start:start + 500]
        for person, kind, key in conn.execute(
                f"select s.person_id, k.kind, k.key from subjects s cross join subject_keys k on k.subject_id = s.id "
                f"where k.kind in ({kinds}) and s.person_id in ({', '.join('?' * len(chunk))}) and {known}",
                [*chunk, *params]):
            values.setdefault(person, {}).setdefault(kind, set()).add(key)
    return values


def contradict(one: dict[str, set[str]], other: dict[str, set[str]]) -> bool:
    """Two values of a kind one person has one of: two people."""
    return any(one.get(kind) and other.get(kind) and not one[kind] & other[kind] for kind in SINGLE_VALUED)


def _joined(persons: set[int], edges: list[tuple[int, int]], values: dict[int, dict[str, set[str]]] | None) -> int:
    """The number of clusters after joining along edges; with values, a join that
    would give one cluster two values of a single-valued kind is refused."""
    parent = {p: p for p in persons}
    held = {p: {kind: set(keys) for kind, keys in (values or {}).get(p, {}).items()} for p in persons}

    def find(p: int) -> int:
        while parent[p] != p:
            parent[p] = parent[parent[p]]
            p = parent[p]
        return p

    for a, b in edges:
        a, b = find(a), find(b)
        if a == b or (values is not None and contradict(held[a], held[b])):
            continue
        parent[b] = a
        for kind, keys in held.pop(b, {}).items():
            held[a].setdefault(kind, set()).update(keys)
    return len({find(p) for p in persons})


def headcount(conn: Connection, objects: str, scan_id: int | None = None) -> Headcount:
    """People in the objects whose ids the table `objects` holds (column id), now
    or as they were in scan scan_id; persons must be resolved (inventory.people.
    resolve_people). As of a scan, persons are clustered again as the subjects
    known then join (a person split or joined since counts as it was)."""
    subjects = _read_subjects(conn, objects, scan_id)
    persons = set(subjects.person_of.values())
    edges = _name_edges(conn, subjects)
    values = subjects.values if subjects.values is not None else single_values(conn, {p for e in edges for p in e})
    estimate = _joined(persons, edges, values)
    return Headcount(estimate=estimate, low=_joined(persons, edges, None), high=len(persons),
                     **{group: len(found) for group, found in subjects.holding.items()})


def files_headcount(conn: Connection, top_ids: list[int]) -> Headcount:
    """People in files (top-level objects) and everything inside them."""
    select_files(conn, top_ids)
    return headcount(conn, SET_TABLE)
