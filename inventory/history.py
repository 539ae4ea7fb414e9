"""What the last scans say over time, for the officer's report: findings open,
new and resolved per full scan and type, how long a reconciliation outcome has
stood, and the objects that could not be read."""

from __future__ import annotations

from collections import defaultdict

from sqlite_utils import Database

from inventory.records import FAILED_STATUSES

OutcomeKey = tuple[str, str | None, str | None, str | None]  # kind, root, uri, entry name

_BY_TYPE = "select entity_type, count(*) as n from findings where {where} group by entity_type"
_OPEN = "first_scan_id <= :scan and last_scan_id >= :scan"
_NEW = _OPEN + " and first_scan_id > :before"
_RESOLVED = "first_scan_id <= :before and last_scan_id >= :before and last_scan_id < :scan"


def complete_scans(db: Database) -> list[dict]:
    return list(db.query("select * from scans where status = 'complete' and kind = 'full' order by id"))


def _counts(db: Database, where: str, scan: int, before: int) -> dict[str, int]:
    return {r["entity_type"]: r["n"] for r in db.query(_BY_TYPE.format(where=where), {"scan": scan, "before": before})}


def trend_counts(db: Database, scans: list[dict], before: int = 0) -> list[dict]:
    """Per scan (in order): findings open, new since the scan before (`before` for
    the first) and resolved since it, each by entity type. A finding row is one
    object's value over a run of scans, so these are interval tests."""
    points = []
    for scan in scans:
        opened = _counts(db, _OPEN, scan["id"], before)
        points.append({"scan": scan, "open": opened,
                       "new": _counts(db, _NEW, scan["id"], before) if before else opened,  # a first scan: all new
                       "resolved": _counts(db, _RESOLVED, scan["id"], before) if before else {}})
        before = scan["id"]
    return points


def outcome_keys_by_scan(db: Database, scan_ids: list[int]) -> dict[int, set[OutcomeKey]]:
    keys: dict[int, set[OutcomeKey]] = defaultdict(set)
    if not scan_ids:
        return keys
    marks = ", ".join("?" * len(scan_ids))
    for row in db.query("select o.scan_id, o.kind, o.root, o.uri, e.name from outcomes o left join ledger_entries e "
                        f"on e.id = o.entry_id where o.scan_id in ({marks})", scan_ids):
        keys[row["scan_id"]].add((row["kind"], row["root"], row["uri"], row["name"]))
    return keys


def _has_reason_column(db: Database) -> bool:
    return "reason" in db["objects"].columns_dict


def unreadable_objects(db: Database) -> list[dict]:
    """Objects (not deleted) whose last read failed, with a reason code where the
    scanner recorded one (`reason`; None for objects recorded before codes)."""
    reason = "reason" if _has_reason_column(db) else "null as reason"
    failed = ", ".join(f"'{s}'" for s in FAILED_STATUSES)
    return list(db.query(f"select root, uri, status, {reason}, size, last_seen_scan from objects "
                         f"where deleted_scan is null and status in ({failed}) order by root, uri"))
