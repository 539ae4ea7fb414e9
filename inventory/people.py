"""Persons across objects: subjects that share a strong identifier are one person
(union-find over the keyed hashes of inventory.subjects).

Identifier codes and name+date-of-birth or name+address keys always join. An
e-mail address or a phone joins only where the names agree (the same name or
reading, or one of them a surname of the other's) or one side has no name: a
household's phone or a couple's address must not make two people one. A name
alone joins nothing across objects.

Persons are resolved after each scan, for the subjects added since and the
persons that lost a subject: only the connected part of the graph they reach
is clustered again, so an unchanged share writes nothing. Each cluster keeps
the person id most of its subjects had. Subjects of deleted objects keep their
links (who is who stays true) but count nowhere: every count is of live objects.
A subject ended by a new reading of its object joins nothing any more and keeps
the person it was when it ended (what `impact --as-of` counts it as).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from sqlite3 import Connection

from sqlite_utils import Database

from detectors.entities import IDENTIFIER_CODES
from inventory.subjects import (ALIAS, ALTERNATE, NAME, NAME_AND_ADDRESS, NAME_AND_BIRTH, NAME_KINDS, READING,
                                SUBJECT_KNOWN, subject_known)
from inventory.transactions import transaction

CHUNK = 500  # keys or ids per query (SQLite's variable limit)
JOIN_ALWAYS = IDENTIFIER_CODES | {NAME_AND_BIRTH, NAME_AND_ADDRESS}  # no name check


def _chunks(items: list, size: int = CHUNK) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _links_of(conn: Connection, subject_ids: list[int]) -> list[tuple[int, str, str]]:
    names = ", ".join(f"'{k}'" for k in NAME_KINDS)
    return [row for chunk in _chunks(subject_ids) for row in conn.execute(
        f"select subject_id, kind, key from subject_keys where kind not in ({names}) "
        f"and subject_id in ({', '.join('?' * len(chunk))})", chunk)]


def _holders(conn: Connection, keys: list[str], scan_id: int | None) -> set[int]:
    names = ", ".join(f"'{k}'" for k in NAME_KINDS)
    known, params = subject_known(scan_id)
    return {row[0] for chunk in _chunks(keys, CHUNK - 2) for row in conn.execute(
        f"select k.subject_id from subject_keys k cross join subjects s on s.id = k.subject_id "
        f"where k.key in ({', '.join('?' * len(chunk))}) and k.kind not in ({names}) and {known}",
        [*chunk, *params])}


def component(conn: Connection, seeds: set[int],
              scan_id: int | None = None) -> tuple[set[int], list[tuple[int, str, str]]]:
    """Every subject reachable from seeds over shared link keys (of the subjects
    known now, or in scan scan_id), and their links."""
    reached, frontier, links = set(seeds), list(seeds), []
    seen_keys: set[str] = set()
    while frontier:
        found = _links_of(conn, frontier)
        links += found
        new_keys = sorted({key for _, _, key in found} - seen_keys)
        seen_keys.update(new_keys)
        frontier = sorted(_holders(conn, new_keys, scan_id) - reached)
        reached.update(frontier)
    return reached, links


class _Names:
    """The name forms of each cluster, to tell whether two agree."""

    def __init__(self, rows: Iterable[tuple[int, str, str]]) -> None:
        self.forms: dict[int, dict[str, set[str]]] = {}
        for subject_id, kind, key in rows:
            self.forms.setdefault(subject_id, {}).setdefault(kind, set()).add(key)

    def disagree(self, one: int, other: int) -> bool:
        """Both named, and no name of one is a name, a reading or the surname of the
        other (two kanji names read alike do not agree: 山田太郎, 山田多郎)."""
        a, b = self.forms.get(one, {}), self.forms.get(other, {})
        names_a, names_b = a.get(NAME, set()), b.get(NAME, set())
        if not names_a or not names_b:
            return False
        other_forms = lambda forms: forms.get(ALTERNATE, set()) | forms.get(READING, set())  # noqa: E731
        return not (names_a & names_b or names_a <= b.get(ALIAS, set()) or names_b <= a.get(ALIAS, set())
                    or names_a & other_forms(b) or names_b & other_forms(a))

    def join(self, into: int, other: int) -> None:
        target = self.forms.setdefault(into, {})
        for kind, keys in self.forms.pop(other, {}).items():
            target.setdefault(kind, set()).update(keys)


def _name_rows(conn: Connection, subject_ids: list[int]) -> list[tuple[int, str, str]]:
    kinds = ", ".join(f"'{k}'" for k in NAME_KINDS)
    return [row for chunk in _chunks(subject_ids) for row in conn.execute(
        f"select subject_id, kind, key from subject_keys where kind in ({kinds}) "
        f"and subject_id in ({', '.join('?' * len(chunk))})", chunk)]


def _shared(links: list[tuple[int, str, str]]) -> list[tuple[str, list[int]]]:
    """(kind, its holders in id order) of each link key that more than one subject
    holds, in (kind, key) order: only these can join anyone. Grouped by key, not
    sorted: half a million links at 30,000 files, few of them shared."""
    first: dict[tuple[str, str], int] = {}
    more: dict[tuple[str, str], set[int]] = {}
    for subject_id, kind, key in links:
        held = first.setdefault((kind, key), subject_id)
        if held != subject_id:
            more.setdefault((kind, key), {held}).add(subject_id)
    return [(kind_key[0], sorted(holders)) for kind_key, holders in sorted(more.items())]


def cluster(subjects: list[int], links: list[tuple[int, str, str]],
            names_of: Callable[[list[int]], _Names]) -> dict[int, int]:
    """subject -> representative subject. Keys that always join (JOIN_ALWAYS) join
    first; the others (e-mail, phone) only clusters whose names agree. names_of
    gives the name forms of the subjects that share a key (the others join nobody)."""
    parent = {s: s for s in subjects}
    shared = _shared(links)
    names = names_of(sorted({s for _, holders in shared for s in holders}))

    def find(s: int) -> int:
        while parent[s] != s:
            parent[s] = parent[parent[s]]
            s = parent[s]
        return s

    for check in (False, True):
        for kind, holders in shared:
            if (kind not in JOIN_ALWAYS) != check:
                continue
            for subject_id in holders[1:]:
                a, b = find(holders[0]), find(subject_id)
                if a != b and not (check and names.disagree(a, b)):
                    a, b = min(a, b), max(a, b)
                    parent[b] = a
                    names.join(a, b)
    return {s: find(s) for s in subjects}


def _names_in(conn: Connection) -> Callable[[list[int]], _Names]:
    return lambda subject_ids: _Names(_name_rows(conn, subject_ids))


def _assign(conn: Connection, groups: dict[int, int], unresolved: bool = False) -> int:
    """Person ids for the clusters: each keeps the id most of its subjects had
    (ties: the smaller); a cluster split off, or new, gets a new one (unresolved:
    no subject has one yet). Returns the number of subjects whose person changed."""
    members: dict[int, list[int]] = {}
    for subject_id, root in groups.items():
        members.setdefault(root, []).append(subject_id)
    ids = [] if unresolved else list(groups)
    current = {row[0]: row[1] for chunk in _chunks(ids) for row in conn.execute(
        f"select id, person_id from subjects where id in ({', '.join('?' * len(chunk))})", chunk)}
    next_id = (conn.execute("select max(person_id) from subjects").fetchone()[0] or 0) + 1
    taken: set[int] = set()
    changes = []
    for root in sorted(members):
        had = [current[s] for s in members[root] if current.get(s) is not None]  # none: new subjects only
        votes = sorted(Counter(had).items(), key=lambda v: (-v[1], v[0])) if had else ()
        choice = next((p for p, _ in votes if p not in taken), None)
        if choice is None:
            choice, next_id = next_id, next_id + 1
        taken.add(choice)
        changes += [(choice, s) for s in members[root] if current.get(s) != choice]
    conn.executemany("update subjects set person_id = ? where id = ?", changes)
    return len(changes)


def persons_in_scan(conn: Connection, subject_ids: list[int], scan_id: int) -> tuple[dict[int, int], list]:
    """Who was who in scan scan_id: the subjects clustered again as the subjects
    known then join (person ids say who is who now). Returns (subject -> a
    representative subject, for every subject reached; their links)."""
    reached, links = component(conn, set(subject_ids), scan_id)
    subjects = sorted(reached)
    return cluster(subjects, links, _names_in(conn)), links


def resolve_people(db: Database) -> int:
    """Cluster what changed since the last resolution (new subjects, persons that
    lost one); inside the caller's transaction, or its own. Returns the number of
    subjects whose person changed (0 when nothing changed: no write)."""
    conn = db.conn
    seeds = {row[0] for row in conn.execute(
        f"select id from subjects s where person_id is null and {SUBJECT_KNOWN} union "
        f"select id from subjects s where person_id in (select person_id from people_dirty) and {SUBJECT_KNOWN}")}
    if not seeds:
        if _has_dirty(conn):  # persons whose subjects are all gone
            with transaction(db):
                conn.execute("delete from people_dirty")
        return 0
    with transaction(db):
        every = _every_link(conn, seeds)
        reached, links = (seeds, every) if every is not None else component(conn, seeds)
        subjects = sorted(reached)
        groups = cluster(subjects, links, _names_in(conn))
        changed = _assign(conn, groups, unresolved=every is not None)
        conn.execute("delete from people_dirty")
    return changed


def _every_link(conn: Connection, seeds: set[int]) -> list[tuple[int, str, str]] | None:
    """When the seeds are every subject the inventory holds (its first scan), they
    are their own component: their links are every link, read at once, and nobody
    else holds a key of theirs. None otherwise."""
    if conn.execute("select 1 from subjects where person_id is not null limit 1").fetchone() is not None or \
            conn.execute("select count(*) from subjects").fetchone()[0] != len(seeds):  # (only then counted)
        return None
    names = ", ".join(f"'{k}'" for k in NAME_KINDS)
    return conn.execute(f"select subject_id, kind, key from subject_keys where kind not in ({names})").fetchall()


def _has_dirty(conn: Connection) -> bool:
    return conn.execute("select 1 from people_dirty limit 1").fetchone() is not None
