"""The inventory's findings that are the organisation's own contacts (inventory.own_contacts),
derived when asked from the keyed hashes it holds: a value recurring across the objects of
a folder, tied to no one person. Nothing stored is rewritten when a third file arrives: the
next question asked sees it; the postal codes beside them follow (inventory.own_postcodes).
Findings stored before holders were kept (NULL) never count. The contacts an object's own
rules set aside within it (its letterhead: scanner.own_values) are kept on its row as keyed
hashes (objects.own_values) and count as occurrences tied to no one (share28).
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from sqlite_utils import Database

from inventory.own_contacts import Occurrence, from_stored, organisations_own, own_elsewhere, scope_of
from inventory.records import ObjectRecord
from inventory.own_postcodes import beside_own

_NOW = "f.ended_scan is null and o.deleted_scan is null"
_IN_SCAN = ("f.first_scan_id <= :scan and (f.ended_scan is null or f.ended_scan > :scan) "
            "and (o.deleted_scan is null or o.deleted_scan > :scan)")


_OBJECTS_NOW = "o.deleted_scan is null"
_OBJECTS_IN_SCAN = "o.first_seen_scan <= :scan and (o.deleted_scan is null or o.deleted_scan > :scan)"
_MEMO = "_own_contact_ids"  # on the Database: (its state when asked, {scan id: answer})


def own_contact_ids(db: Database, scan_id: int | None = None) -> frozenset[int]:
    """ids of the findings present now (or in scan scan_id) that are the organisation's own.
    A scan's end and a report ask it several times of the same inventory (queries, counts,
    reconciliation's stores): answers are kept on the Database while no write has been made
    since, by this connection (total_changes) or another (data_version)."""
    state = (db.conn.total_changes, db.execute("pragma data_version").fetchone()[0])
    kept = getattr(db, _MEMO, None)
    if kept is None or kept[0] != state:
        kept = (state, {})
        setattr(db, _MEMO, kept)
    if scan_id not in kept[1]:
        kept[1][scan_id] = frozenset(_derived(db, scan_id))
    return kept[1][scan_id]


def _derived(db: Database, scan_id: int | None) -> set[int]:
    rows = list(db.execute(
        "select f.id, o.root, o.uri, f.entity_type, f.value_hmac, f.holders, f.location, f.occurrences from findings f "
        f"join objects o on o.id = f.object_id where f.holders is not null and {_IN_SCAN if scan_id else _NOW}",
        {"scan": scan_id} if scan_id else {}))
    found = {row[0]: from_stored(scope_of(row[1], row[2]), row[3], row[4], row[2], row[5], row[6] or "", row[7] or 1)
             for row in rows}
    if not found:
        return set()
    occurrences = [*found.values(), *_set_aside_within(db, scan_id)]
    own = organisations_own(occurrences)
    own |= own_elsewhere(occurrences, own)
    beside = beside_own(found.values(), own) if own else set()
    return {finding_id for finding_id, o in found.items()
            if o.key in own or (o.obj, o.entity_type, o.value) in beside}


def own_values_column(record: ObjectRecord) -> str | None:
    """The `own_values` column of an object: its set-aside contacts' (entity type, keyed hash)."""
    if record.own_values:
        raise ValueError(f"unsealed set-aside contacts in an object: {len(record.own_values)}")
    return json.dumps([list(pair) for pair in record.own_keys]) if record.own_keys else None


def _set_aside_within(db: Database, scan_id: int | None) -> Iterator[Occurrence]:
    """The contacts set aside within the objects present now (or in scan scan_id), tied to no one."""
    for root, uri, stored in db.execute(
            "select o.root, o.uri, o.own_values from objects o where o.own_values is not null and "
            f"{_OBJECTS_IN_SCAN if scan_id else _OBJECTS_NOW}", {"scan": scan_id} if scan_id else {}):
        scope = scope_of(root, uri)
        for entity_type, value_hmac in json.loads(stored):
            yield Occurrence(scope, entity_type, value_hmac, uri)
