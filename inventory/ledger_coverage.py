"""Which ledger entries cover a set of objects (inventory.object_sets), and how
many of its files each covers: one pass of each entry's compiled globs over the
set's distinct top-level paths."""

from __future__ import annotations

from sqlite3 import Connection

from inventory.globs import matcher
from inventory.ledger.active import StoredEntry
from inventory.object_sets import SET_TABLE


def top_paths(conn: Connection) -> list[str]:
    """The files (top-level objects) the set's objects are, or are in."""
    return [row[0] for row in conn.execute(
        f"select distinct t.uri from {SET_TABLE} s cross join objects o on o.id = s.id "
        "cross join objects t on t.id = o.top_id "
        "order by 1")]


def covering_entries(entries: list[StoredEntry], paths: list[str]) -> list[dict]:
    """Entries covering any of paths: row, name, department, declared count and
    retention as written, and the number of paths covered; the uncovered paths'
    count under the key None."""
    found, covered = [], set()
    for stored in entries:
        if not stored.entry.paths:
            continue
        covers = matcher(stored.entry.paths)
        mine = [p for p in paths if covers(p)]
        if mine:
            covered.update(mine)
            values = stored.entry.values
            found.append({"id": stored.id, "row": stored.entry.row, "name": stored.entry.name,
                          "department": values.get("保管部所", ""), "count": values.get("件数", ""),
                          "retention": values.get("保管期間", ""), "files": len(mine)})
    return found + [{"id": None, "files": len(paths) - len(covered)}] if len(paths) > len(covered) else found
