"""Where one person's data is: the subjects of the inventory that the keyed hashes
of what an officer typed meet (inventory.subjects), and how sure each hit is.

  identified   a subject of a person one of whose identifiers (an e-mail, a My
               Number, the name with the date of birth …) was given: everything
               that person's records hold, in every object
  name         a subject with the name (or, for a name held only in katakana,
               its reading) but no identifier in common: possibly the person.
               A subject whose person has another date of birth or another My
               Number than the one given is someone else and left out.
Only the subjects of each object's present reading are found (inventory.subjects).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from detectors.entities import MY_NUMBER
from inventory.keys import value_hmac
from inventory.subjects import ALTERNATE, NAME, NAME_AND_BIRTH, READING, SUBJECT_KNOWN

IDENTIFIED, NAME_ONLY = "identified", "name"
_SUBJECT_COLUMNS = """s.id, s.person_id, s.types, s.locations, s.first_scan_id, o.id as object_id, o.root,
    o.uri, t.uri as top_uri, o.format, o.first_seen_scan"""


@dataclass(frozen=True)
class HashedQuery:
    """Keyed hashes of a person query (scanner.person_query.QueryKeys)."""

    names: tuple[str, ...]
    readings: tuple[str, ...]
    kana_query: bool
    links: tuple[tuple[str, str], ...]  # (kind, hash)
    birth_keys: frozenset[str]
    my_numbers: frozenset[str]


def hash_query(key: bytes, names: Iterable[str], readings: Iterable[str], kana_query: bool,
               links: Iterable[tuple[str, str]], birth_keys: Iterable[tuple[str, str]]) -> HashedQuery:
    hashed = tuple((kind, value_hmac(key, value)) for kind, value in links)
    return HashedQuery(tuple(value_hmac(key, n) for n in names), tuple(value_hmac(key, r) for r in readings),
                       kana_query, hashed, frozenset(value_hmac(key, v) for _, v in birth_keys),
                       frozenset(h for kind, h in hashed if kind == MY_NUMBER))


def _marks(items) -> str:
    return ", ".join("?" * len(items))


def _identified_persons(db: Database, query: HashedQuery) -> set[int]:
    found: set[int] = set()
    for kind, hashed in query.links:
        found |= {row[0] for row in db.execute(
            "select s.person_id from subject_keys k join subjects s on s.id = k.subject_id "
            f"where k.key = ? and k.kind = ? and {SUBJECT_KNOWN}", [hashed, kind])}
    return found


def _named_subjects(db: Database, query: HashedQuery) -> set[int]:
    """Subjects with the name; a reading meets only names held in katakana (two
    kanji names read alike are two names)."""
    found: set[int] = set()
    if query.names:
        kinds = [NAME, ALTERNATE, READING] if query.kana_query else [NAME]
        found |= {row[0] for row in db.execute(
            f"select subject_id from subject_keys where key in ({_marks(query.names)}) "
            f"and kind in ({_marks(kinds)})", [*query.names, *kinds])}
    if query.readings:
        found |= {row[0] for row in db.execute(
            f"select k.subject_id from subject_keys k join subjects s on s.id = k.subject_id "
            f"where k.key in ({_marks(query.readings)}) and k.kind = ? and s.name_script != 'kanji'",
            [*query.readings, NAME])}
    return found


def _someone_else(db: Database, query: HashedQuery, person: int) -> bool:
    """The person has a date of birth or a My Number, and not the one given."""
    held: dict[str, set[str]] = {}
    for kind, key in db.execute("select k.kind, k.key from subjects s join subject_keys k on k.subject_id = s.id "
                                f"where s.person_id = ? and k.kind in (?, ?) and {SUBJECT_KNOWN}",
                                [person, NAME_AND_BIRTH, MY_NUMBER]):
        held.setdefault(kind, set()).add(key)
    births, numbers = held.get(NAME_AND_BIRTH, set()), held.get(MY_NUMBER, set())
    return bool((query.birth_keys and births and not births & query.birth_keys)
                or (query.my_numbers and numbers and not numbers & query.my_numbers))


def _rows(db: Database, where: str, params: list) -> list[dict]:
    rows = db.query(f"select {_SUBJECT_COLUMNS} from subjects s join objects o on o.id = s.object_id "
                    "join objects t on t.id = o.top_id where o.deleted_scan is null and s.ended_scan is null "
                    f"and {where}", params)
    return [{**row, "types": json.loads(row["types"]), "locations": json.loads(row["locations"])} for row in rows]


def find_person(db: Database, query: HashedQuery) -> list[dict]:
    """Subject rows of the person, each with its `match` (identified or name)."""
    persons = _identified_persons(db, query)
    hits = [{**row, "match": IDENTIFIED} for person in sorted(persons)
            for row in _rows(db, "s.person_id = ?", [person])]
    named = sorted(_named_subjects(db, query))
    others: dict[int, bool] = {}
    for row in _rows(db, f"s.id in ({_marks(named)})", named) if named else []:
        if row["person_id"] in persons:
            continue
        if row["person_id"] not in others:
            others[row["person_id"]] = _someone_else(db, query, row["person_id"])
        if not others[row["person_id"]]:
            hits.append({**row, "match": NAME_ONLY})
    return hits
