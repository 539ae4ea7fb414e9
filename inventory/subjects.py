"""The people of an object as the inventory keeps them: keyed hashes only.

A subject belongs to its object's latest extraction: an object read again has its
subjects replaced (their persons marked for re-clustering, inventory.people); an
unchanged object costs no write, whatever the scan. Keys, by kind:
  name, alt, reading,    a folded name in the subject's first script (kanji,
  alias                  else kana, else Latin), in another (a フリガナ, romaji),
                         a dictionary reading, a surname: weak (`locate` by
                         name, whether two names agree, counting estimates)
  EMAIL, PHONE, MY_NUMBER, passport …  the value's keyed hash, the same as its
                         finding's (value_hmac): an identifier that links objects
  NAME+DOB, NAME+ADDRESS a name form with a date of birth or an address (strong)
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from sqlite3 import Connection

from inventory.keys import value_hmac
from inventory.records import SealedSubject, SubjectRecord

NAME, ALTERNATE, READING, ALIAS = "name", "alt", "reading", "alias"
NAME_KINDS = (NAME, ALTERNATE, READING, ALIAS)
NAME_AND_BIRTH, NAME_AND_ADDRESS = "NAME+DOB", "NAME+ADDRESS"  # compound keys (scanner.subject_keys)


def subject_keys(key: bytes, subject: SubjectRecord) -> list[tuple[str, str]]:
    """(kind, keyed hash) of everything a subject is known by."""
    keys = {(NAME, value_hmac(key, name)) for name in subject.names}
    keys |= {(ALTERNATE, value_hmac(key, name)) for name in subject.alternates}
    keys |= {(READING, value_hmac(key, reading)) for reading in subject.readings}
    keys |= {(ALIAS, value_hmac(key, alias)) for alias in subject.aliases}
    keys |= {(kind, value_hmac(key, value)) for kind, value in subject.links}
    return sorted(keys)


def _first_seen(conn: Connection, object_id: int) -> dict[tuple[str, str], int]:
    """When each value of the object was first seen (its finding's interval)."""
    return {(row[0], row[1]): row[2] for row in conn.execute(
        "select entity_type, value_hmac, min(first_scan_id) from findings where object_id = ? "
        "group by entity_type, value_hmac", [object_id])}


def _forget(conn: Connection, object_id: int) -> None:
    """The subjects of an earlier extraction: their persons are re-clustered."""
    conn.execute("insert or ignore into people_dirty select distinct person_id from subjects "
                 "where object_id = ? and person_id is not null", [object_id])
    conn.execute("delete from subject_keys where subject_id in (select id from subjects where object_id = ?)",
                 [object_id])
    conn.execute("delete from subjects where object_id = ?", [object_id])


def seal_subject(key: bytes, subject: SubjectRecord) -> SealedSubject:
    """The subject as it may leave the process that read its object: keyed hashes only."""
    return SealedSubject(
        keys=tuple(subject_keys(key, subject)),
        name_key=value_hmac(key, subject.names[0]) if subject.names else None,
        value_keys=tuple((kind, value_hmac(key, value)) for kind, value in subject.values),
        strong=bool(subject.links), types=subject.types, locations=subject.locations, script=subject.script)


def _row(object_id: int, subject: SealedSubject, since: Iterable[int | None]) -> list:
    dates = [s for s in since if s is not None]
    return [object_id, 1 if subject.strong else 0, subject.name_key,
            subject.script, json.dumps(list(subject.types), ensure_ascii=False),
            json.dumps(list(subject.locations), ensure_ascii=False), min(dates) if dates else None]


def replace_subjects(conn: Connection, object_id: int, subjects: list[SealedSubject],
                     had_subjects: bool = True) -> None:
    """The object's subjects after a new extraction, inside the caller's transaction
    (sealed where they were found: scanner.workers.sealing)."""
    if had_subjects:
        _forget(conn, object_id)
    if not subjects:
        return
    seen = _first_seen(conn, object_id)
    for subject in subjects:
        if not isinstance(subject, SealedSubject):
            raise TypeError("an unsealed subject reached the inventory")
        since = (seen.get(value_key) for value_key in subject.value_keys)
        subject_id = conn.execute(
            "insert into subjects (object_id, strong, name_key, name_script, types, locations, first_scan_id) "
            "values (?, ?, ?, ?, ?, ?, ?)", _row(object_id, subject, since)).lastrowid
        conn.executemany("insert or ignore into subject_keys (subject_id, kind, key) values (?, ?, ?)",
                         [(subject_id, kind, hashed) for kind, hashed in subject.keys])
