"""The people of an object as the inventory keeps them: keyed hashes only.

A subject is present from the scan that added it (added_scan) until the scan that
ended it (ended_scan, NULL while present), like a finding: an object read again
ends the subjects that are gone (their persons marked for re-clustering,
inventory.people) and adds the new ones; a subject read again unchanged (the same
keys, first name and types) carries forward with no write, and an unchanged object
costs none at all. A deleted object's subjects end with it, and keep their links:
who is who stays true (SUBJECT_KNOWN). "Present in scan N" is a range test
(subject_present). Keys, by kind:
  name, alt, reading,    a folded name in the subject's first script (kanji,
  alias                  else kana, else Latin), in another (a フリガナ, romaji),
                         a dictionary reading, a surname: weak (`locate` by
                         name, whether two names agree, counting estimates)
  EMAIL, PHONE, MY_NUMBER, passport …  the value's keyed hash, the same as its
                         finding's (value_hmac): an identifier that links objects
  NAME+DOB, NAME+ADDRESS a name form with a date of birth or an address (strong)
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable
from sqlite3 import Connection

from inventory.keys import value_hmac
from inventory.records import SealedSubject, SubjectRecord

NAME, ALTERNATE, READING, ALIAS = "name", "alt", "reading", "alias"
NAME_KINDS = (NAME, ALTERNATE, READING, ALIAS)
NAME_AND_BIRTH, NAME_AND_ADDRESS = "NAME+DOB", "NAME+ADDRESS"  # compound keys (scanner.subject_keys)
# A subject that takes part in who is who (inventory.people): present, or ended
# with its object's deletion (not by a new reading of the object). Alias `s`.
SUBJECT_KNOWN = "(s.ended_scan is null or s.ended_scan = (select deleted_scan from objects where id = s.object_id))"
_DETAILS = ("strong", "name_script", "locations", "first_scan_id")  # updated in place when they change
Hasher = Callable[[str], str]  # a value's keyed hash: inventory.keys.value_hmac with the key


def subject_present(scan_id: int | None) -> tuple[str, list]:
    """(condition, parameters): subject `s` present now, or in scan scan_id."""
    if scan_id is None:
        return "s.ended_scan is null", []
    return "s.added_scan <= ? and (s.ended_scan is null or s.ended_scan > ?)", [scan_id, scan_id]


def subject_known(scan_id: int | None) -> tuple[str, list]:
    """(condition, parameters): subject `s` taking part in who is who now, or in scan scan_id."""
    if scan_id is None:
        return SUBJECT_KNOWN, []
    return (f"s.added_scan <= ? and (s.ended_scan is null or s.ended_scan > ? or {SUBJECT_KNOWN})",
            [scan_id, scan_id])


def subject_keys(key: bytes, subject: SubjectRecord, hashed: Hasher | None = None) -> list[tuple[str, str]]:
    """(kind, keyed hash) of everything a subject is known by; hashed: value_hmac
    with the key, if the caller keeps the hashes it made (scanner.workers.sealing)."""
    hashed = hashed or functools.partial(value_hmac, key)
    keys = {(NAME, hashed(name)) for name in subject.names}
    keys |= {(ALTERNATE, hashed(name)) for name in subject.alternates}
    keys |= {(READING, hashed(reading)) for reading in subject.readings}
    keys |= {(ALIAS, hashed(alias)) for alias in subject.aliases}
    keys |= {(kind, hashed(value)) for kind, value in subject.links}
    return sorted(keys)


def seal_subject(key: bytes, subject: SubjectRecord, hashed: Hasher | None = None) -> SealedSubject:
    """The subject as it may leave the process that read its object: keyed hashes only."""
    hashed = hashed or functools.partial(value_hmac, key)
    return SealedSubject(
        keys=tuple(subject_keys(key, subject, hashed)),
        name_key=hashed(subject.names[0]) if subject.names else None,
        value_keys=tuple((kind, hashed(value)) for kind, value in subject.values),
        strong=bool(subject.links), types=json.dumps(list(subject.types), ensure_ascii=False),
        locations=json.dumps(list(subject.locations), ensure_ascii=False), script=subject.script)


def _first_seen(conn: Connection, object_id: int) -> dict[tuple[str, str], int]:
    """When each value of the object was first seen (its finding's interval)."""
    return {(row[0], row[1]): row[2] for row in conn.execute(
        "select entity_type, value_hmac, min(first_scan_id) from findings where object_id = ? "
        "group by entity_type, value_hmac", [object_id])}


def _identity(name_key: str | None, types: str, keys: Iterable[tuple[str, str]]) -> tuple:
    return name_key, types, tuple(sorted(keys))


def _present(conn: Connection, object_id: int) -> dict[tuple, list[tuple]]:
    """The object's present subjects by identity: (id, details) each."""
    keys: dict[int, list[tuple[str, str]]] = {}
    for subject_id, kind, hashed in conn.execute(
            "select k.subject_id, k.kind, k.key from subjects s cross join subject_keys k on k.subject_id = s.id "
            "where s.object_id = ? and s.ended_scan is null", [object_id]):
        keys.setdefault(subject_id, []).append((kind, hashed))
    present: dict[tuple, list[tuple]] = {}
    for row in conn.execute(f"select id, name_key, types, {', '.join(_DETAILS)} from subjects "
                            "where object_id = ? and ended_scan is null order by id", [object_id]):
        present.setdefault(_identity(row[1], row[2], keys.get(row[0], ())), []).append((row[0], tuple(row[3:])))
    return present


_COLUMNS = ("name_key", "types", "strong", "name_script", "locations", "first_scan_id")
_DETAIL_AT = tuple(_COLUMNS.index(column) for column in _DETAILS)
_INSERT = (f"insert into subjects (id, object_id, added_scan, {', '.join(_COLUMNS)}) "
           f"values ({', '.join('?' * (len(_COLUMNS) + 3))})")


def _columns(subject: SealedSubject, seen: dict[tuple[str, str], int]) -> tuple:
    """The row of `_COLUMNS` (types and locations encoded by the reader: seal_subject);
    seen: when each value of the object was first seen."""
    dates = [date for value_key in subject.value_keys if (date := seen.get(value_key)) is not None]
    return (subject.name_key, subject.types, 1 if subject.strong else 0, subject.script, subject.locations,
            min(dates) if dates else None)


def _add(conn: Connection, object_id: int, added: list[tuple[SealedSubject, tuple]], scan_id: int) -> None:
    """An object's new subjects and their keys in two statements, whatever their number:
    their ids are given here, after the largest, as SQLite would give them. Inside the
    writer's transaction (BEGIN IMMEDIATE: no other writer inserts meanwhile)."""
    if not added:
        return
    if not conn.in_transaction:
        raise RuntimeError("subjects are added inside the writer's transaction")
    first = conn.execute("select coalesce(max(id), 0) + 1 from subjects").fetchone()[0]
    conn.executemany(_INSERT, [(first + n, object_id, scan_id, *row) for n, (_, row) in enumerate(added)])
    conn.executemany("insert or ignore into subject_keys (subject_id, kind, key) values (?, ?, ?)",
                     [(first + n, kind, hashed) for n, (subject, _) in enumerate(added) for kind, hashed in subject.keys])


def _end(conn: Connection, subject_ids: list[int], scan_id: int) -> None:
    """Subjects not read again: ended, their persons re-clustered (inventory.people)."""
    for start in range(0, len(subject_ids), 500):
        chunk = subject_ids[start:start + 500]
        marks = ", ".join("?" * len(chunk))
        conn.execute(f"insert or ignore into people_dirty select distinct person_id from subjects "
                     f"where id in ({marks}) and person_id is not null", chunk)
        conn.execute(f"update subjects set ended_scan = ? where id in ({marks})", [scan_id, *chunk])


def update_subjects(conn: Connection, object_id: int, subjects: list[SealedSubject], scan_id: int,
                    known: bool = True, first_seen: dict[tuple[str, str], int] | None = None) -> None:
    """The object's subjects after a new extraction in scan scan_id, inside the
    caller's transaction (sealed where they were found: scanner.workers.sealing).
    first_seen: when each value of the object was first seen, if the caller knows
    (an object new to the inventory: all in this scan); else it is looked up."""
    present = _present(conn, object_id) if known else {}
    seen = (_first_seen(conn, object_id) if first_seen is None else first_seen) if subjects else {}
    added: list[tuple[SealedSubject, tuple]] = []
    for subject in subjects:
        if not isinstance(subject, SealedSubject):
            raise TypeError("an unsealed subject reached the inventory")
        row = _columns(subject, seen)
        same = present.get(_identity(subject.name_key, subject.types, subject.keys)) if present else None
        if not same:
            added.append((subject, row))
            continue
        subject_id, details = same.pop(0)
        if details != (wanted := tuple(row[at] for at in _DETAIL_AT)):
            conn.execute(f"update subjects set {', '.join(f'{c} = ?' for c in _DETAILS)} where id = ?",
                         [*wanted, subject_id])
    _add(conn, object_id, added, scan_id)
    if present:
        _end(conn, [subject_id for rows in present.values() for subject_id, _ in rows], scan_id)


def revive_subjects(conn: Connection, object_id: int, deleted_scan: int) -> None:
    """An object back after its deletion: the subjects that ended with it stop
    standing for anyone (its new reading says who is there); their persons are
    re-clustered."""
    conn.execute("insert or ignore into people_dirty select distinct person_id from subjects "
                  "where object_id = ? and ended_scan = ? and person_id is not null", [object_id, deleted_scan])


def end_subjects(conn: Connection, object_ids: list[int], scan_id: int) -> None:
    """Objects gone: their present subjects end with them (and keep their links)."""
    conn.execute(f"update subjects set ended_scan = ? where ended_scan is null "
                 f"and object_id in ({', '.join('?' * len(object_ids))})", [scan_id, *object_ids])
