"""What the last scans say over time, for the officer's report: findings open,
new and resolved per full scan and type, how long a reconciliation outcome has
stood, and the objects that could not be read."""

from __future__ import annotations

from collections import defaultdict

from sqlite_utils import Database

from inventory.queries import present_by_type
from inventory.records import FAILED_STATUSES
from inventory.scopes import Coverage

OutcomeKey = tuple[str, str | None, str | None, str | None]  # kind, root, uri, entry name


def complete_scans(db: Database) -> list[dict]:
    return list(db.query("select * from scans where status = 'complete' and kind = 'full' order by id"))


def trend_counts(db: Database, scans: list[dict], before: int = 0) -> list[dict]:
    """Per scan (in order): findings present, new since the scan before (`before`
    for the first) and resolved since it (present then, not now), each by entity
    type; "present" as inventory.queries.findings_in_scan answers it."""
    coverage = Coverage.of(db)
    points = []
    for scan in scans:
        opened = present_by_type(db, coverage, scan["id"])
        points.append({"scan": scan, "open": opened,
                       "new": present_by_type(db, coverage, scan["id"], since=before) if before else opened,
                       "resolved": present_by_type(db, coverage, before, gone_by=scan["id"]) if before else {}})
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
    return list(db.query(f"select root, uri, status, {reason}, size, recorded_scan from objects "
                         f"where deleted_scan is null and status in ({failed}) order by root, uri"))
