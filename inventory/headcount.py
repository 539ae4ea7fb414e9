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

from collections.abc import Iterable
from dataclasses import dataclass
from sqlite3 import Connection

from detectors.entities import FINANCIAL, IDENTIFIER_CODES, MY_NUMBER_TYPES
from inventory.object_sets import temp_writes
from inventory.subjects import ALIAS, ALTERNATE, NAME, NAME_AND_BIRTH, READING

# Kinds a person has one value of: two different values are two people.
SINGLE_VALUED = tuple(sorted(IDENTIFIER_CODES | {NAME_AND_BIRTH}))
SUBJECTS = "temp.headcount_subjects"


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


def _select_subjects(conn: Connection, objects: str) -> None:
    with temp_writes(conn):
        conn.execute(f"drop table if exists {SUBJECTS}")
        conn.execute(f"create temp table {SUBJECTS.split('.')[1]} as select s.id, s.person_id, s.types "
                     f"from subjects s join {objects} o on o.id = s.object_id")


def _name_edges(conn: Connection) -> list[tuple[int, int]]:
    """Pairs of persons of the set one of whom is named by a form the other holds."""
    kinds = ", ".join(f"'{k}'" for k in (NAME, ALTERNATE, READING, ALIAS))
    rows = conn.execute(
        f"with held as (select distinct k.key, s.person_id, k.kind = '{NAME}' as named from {SUBJECTS} s "
        f" join subject_keys k on k.subject_id = s.id where k.kind in ({kinds})), "
        "shared as (select key from held group by key having count(distinct person_id) > 1 and max(named) = 1) "
        "select held.key, held.person_id, held.named from held join shared using (key) order by 1, 2")
    by_key: dict[str, tuple[set[int], set[int]]] = {}
    for key, person, named in rows:
        by_key.setdefault(key, (set(), set()))[0 if named else 1].add(person)
    edges = set()
    for named, others in by_key.values():
        first = min(named)
        edges |= {(first, p) for p in named | others if p != first}
    return sorted(edges)


def single_values(conn: Connection, persons: Iterable[int]) -> dict[int, dict[str, set[str]]]:
    persons = sorted(set(persons))
    values: dict[int, dict[str, set[str]]] = {}
    kinds = ", ".join(f"'{k}'" for k in SINGLE_VALUED)
    for start in range(0, len(persons), 500):
        chunk = persons[start:start + 500]
        for person, kind, key in conn.execute(
                f"select s.person_id, k.kind, k.key from subjects s join subject_keys k on k.subject_id = s.id "
                f"where k.kind in ({kinds}) and s.person_id in ({', '.join('?' * len(chunk))})", chunk):
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


def _people_with(conn: Connection, condition: str) -> int:
    return conn.execute(f"select count(distinct person_id) from {SUBJECTS} s where {condition}").fetchone()[0]


def headcount(conn: Connection, objects: str) -> Headcount:
    """People in the objects whose ids the table `objects` holds (column id);
    persons must be resolved (inventory.people.resolve_people)."""
    _select_subjects(conn, objects)
    persons = {row[0] for row in conn.execute(f"select distinct person_id from {SUBJECTS}")}
    edges = _name_edges(conn)
    estimate = _joined(persons, edges, single_values(conn, {p for edge in edges for p in edge}))
    my_number = " or ".join(f"exists (select 1 from subject_keys k where k.subject_id = s.id and k.kind = '{t}')"
                            for t in sorted(MY_NUMBER_TYPES))
    financial = " or ".join(f"s.types like '%\"{t}\"%'" for t in sorted(FINANCIAL))
    return Headcount(estimate=estimate, low=_joined(persons, edges, None), high=len(persons),
                     with_my_number=_people_with(conn, my_number),
                     with_sensitive=_people_with(conn, "s.types like '%\"SENSITIVE%'"),
                     with_financial=_people_with(conn, financial))
