"""A set of objects named by places: a folder, a file (with what is inside it), a
mailbox folder, a share, or a list of files (a stolen laptop's). The set is a
temporary table of object ids, filled by range queries on the (root, uri)
index, so that naming a folder of a 100,000-object inventory costs its size,
not the inventory's.

A place is an absolute path or a URL (`smb://…`, `imap://…`): the inventory's
roots are compared with it. A place above a root takes the whole root; a path
relative to no root is tried under each root.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from sqlite3 import Connection

SET_TABLE = "temp.object_set"
_NEXT = {"/": "0", "!": '"'}  # the character after each separator: a prefix's range ends there


@dataclass(frozen=True)
class Selection:
    places: int  # places named
    unmatched: int  # places that are no object of the inventory
    objects: int  # objects in the set
    scan_id: int | None  # as of this scan; None: the current state


def _absolute(place: str) -> str:
    place = place.strip()
    if "://" in place:
        return place.rstrip("/")
    return os.path.abspath(place) if os.path.isabs(place) or os.path.exists(place) else place.strip("/")


def _within(root: str, place: str) -> str | None:
    """The uri prefix under root that place names ('' for the whole root), or None."""
    if place == root or root.startswith(place.rstrip("/") + "/"):
        return ""
    if place.startswith(root + "/"):
        return place[len(root) + 1:]
    return None


def _conditions(root: str, prefix: str, scan_id: int | None) -> list[tuple[str, list]]:
    """Objects under root whose uri is prefix, or under it (a folder, a file's
    members), alive now or in scan_id: one condition per range on the (root, uri)
    index (an OR of them would make SQLite read every object)."""
    if scan_id is None:
        alive, params = "deleted_scan is null", []
    else:
        alive, params = "first_seen_scan <= ? and (deleted_scan is null or deleted_scan > ?)", [scan_id, scan_id]
    if not prefix:
        return [(f"root = ? and {alive}", [root, *params])]
    ranges = [(f"root = ? and uri = ? and {alive}", [root, prefix, *params])]
    return ranges + [(f"root = ? and uri >= ? and uri < ? and {alive}", [root, prefix + separator, prefix + after,
                                                                         *params]) for separator, after in _NEXT.items()]


def _prefix(root: str, target: str) -> str | None:
    return _within(root, target) if "://" in target or os.path.isabs(target) else target


def _add(conn: Connection, roots: list[str], target: str, scan_id: int | None, stored: Callable[[str], str]) -> bool:
    """Add the objects target names; whether it names any (added now or before)."""
    found = False
    for root in roots:
        prefix = _prefix(root, target)
        prefix = stored(prefix) if prefix else prefix
        for where, params in _conditions(root, prefix, scan_id) if prefix is not None else ():
            added = conn.execute(f"insert or ignore into {SET_TABLE} select id from objects where {where}", params)
            found = found or added.rowcount > 0 or \
                conn.execute(f"select 1 from objects where {where} limit 1", params).fetchone() is not None
    return found


@contextlib.contextmanager
def temp_writes(conn: Connection) -> Iterator[None]:
    """Writes to temporary tables only, each committed at once: the inventory's
    own (BEGIN IMMEDIATE) transactions would take the write lock a scan needs."""
    level = conn.isolation_level
    if not conn.in_transaction:
        conn.isolation_level = None
    try:
        yield
    finally:
        conn.isolation_level = level


def select_objects(conn: Connection, places: Iterable[str], scan_id: int | None = None,
                   stored: Callable[[str], str] = str) -> Selection:
    """Fill SET_TABLE with the objects the places name (as of scan_id if given);
    stored gives a path under a root as the inventory holds it (names with
    personal data masked: inventory.names.PathNames.display)."""
    with temp_writes(conn):
        _new_set(conn)
        roots = [row[0] for row in conn.execute("select distinct root from objects")]
        named = [place for place in places if place.strip()]
        unmatched = sum(not _add(conn, roots, _absolute(place), scan_id, stored) for place in named)
    total = conn.execute(f"select count(*) from {SET_TABLE}").fetchone()[0]
    return Selection(len(named), unmatched, total, scan_id)


def _new_set(conn: Connection) -> None:
    conn.execute(f"drop table if exists {SET_TABLE}")
    conn.execute(f"create temp table {SET_TABLE.split('.')[1]} (id integer primary key)")


def select_files(conn: Connection, top_ids: list[int]) -> None:
    """Fill SET_TABLE with files (top-level objects) and everything inside them."""
    with temp_writes(conn):
        _new_set(conn)
        for start in range(0, len(top_ids), 500):
            chunk = top_ids[start:start + 500]
            conn.execute(f"insert or ignore into {SET_TABLE} select id from objects where deleted_scan is null "
                         f"and top_id in ({', '.join('?' * len(chunk))})", chunk)


def select_ids(conn: Connection, ids: Iterable[int]) -> None:
    """Fill SET_TABLE with these objects."""
    with temp_writes(conn):
        _new_set(conn)
        conn.executemany(f"insert or ignore into {SET_TABLE} values (?)", [(i,) for i in ids])
