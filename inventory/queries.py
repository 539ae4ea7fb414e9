"""Read-only questions asked of the inventory by reports and the CLI."""

from __future__ import annotations

import json
from collections.abc import Iterator

from sqlite_utils import Database

from inventory.records import FAILED_STATUSES

_FINDING_COLUMNS = """
    f.id, o.root, o.uri as path, o.status as object_status, f.entity_type, f.category,
    f.masked, f.value_hmac, f.score, f.detector, f.location, f.occurrences,
    f.first_scan_id, f.last_scan_id,
    (select t.world_readable from objects t where t.id = o.top_id) as world_readable
"""


# top-level objects everyone may read (SMB) holding current findings: a risk to show
_WORLD_READABLE = """
select t.root, t.uri, t.owner, t.risk from objects t
where t.parent_id is null and t.deleted_scan is null and t.world_readable = 1 and exists (
  select 1 from objects o join findings f on f.object_id = o.id and f.last_scan_id = o.last_seen_scan
  where o.top_id = t.id and o.deleted_scan is null)
order by t.uri limit ?
"""


def latest_scan(db: Database, complete_only: bool = True) -> dict | None:
    """The latest full scan (watch batches cover a few paths only)."""
    where = "where kind = 'full'" + (" and status = 'complete'" if complete_only else "")
    return next(db.query(f"select * from scans {where} order by id desc limit 1"), None)


def current_findings(db: Database) -> Iterator[dict]:
    """Findings present at the last scan that saw their object, object not deleted."""
    return db.query(
        f"select {_FINDING_COLUMNS} from findings f join objects o on o.id = f.object_id "
        "where f.last_scan_id = o.last_seen_scan and o.deleted_scan is null "
        "order by o.root, o.uri, f.entity_type, f.location")


def findings_in_scan(db: Database, scan_id: int) -> Iterator[dict]:
    return db.query(
        f"select {_FINDING_COLUMNS} from findings f join objects o on o.id = f.object_id "
        "where f.first_scan_id <= ?1 and f.last_scan_id >= ?1 "
        "order by o.root, o.uri, f.entity_type, f.location", [scan_id])


def status_summary(db: Database, recent: int = 10) -> dict:
    failed = ",".join(f"'{s}'" for s in FAILED_STATUSES)
    live = "deleted_scan is null"
    return {
        "scans": list(db.query("select * from scans order by id desc limit ?", [recent])),
        "objects_by_status": {r["status"]: r["n"] for r in db.query(
            f"select status, count(*) as n from objects where {live} group by status order by status")},
        "failed_objects": list(db.query(
            f"select root, uri, status, reason, error from objects where {live} and status in ({failed}) "
            "order by root, uri")),
        "risky_objects": [{**r, "summary": json.loads(r["summary"])} for r in db.query(
            f"select root, uri, risk, summary from objects where {live} and risk in ('high', 'medium') "
            "order by case risk when 'high' then 0 else 1 end, json_extract(summary, '$.subjects') desc, uri "
            "limit ?", [recent * 2])],
        "world_readable": list(db.query(_WORLD_READABLE, [recent * 2])),
        "findings_by_type": {r["entity_type"]: r["n"] for r in db.query(
            "select f.entity_type, count(*) as n from findings f join objects o on o.id = f.object_id "
            f"where f.last_scan_id = o.last_seen_scan and o.{live} group by f.entity_type "
            "order by n desc")},
    }
