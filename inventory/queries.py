"""Read-only questions asked of the inventory by reports and the CLI."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator, Sequence

from sqlite_utils import Database

from inventory.own_contact_rows import own_contact_ids
from inventory.records import FAILED_STATUSES
from inventory.scopes import Coverage, scope_where, scopes_of

_FINDING_COLUMNS = """
    f.id, f.object_id, o.root, o.uri as path, o.status as object_status, f.entity_type, f.category,
    f.masked, f.value_hmac, f.score, f.detector, f.location, f.occurrences,
    f.first_scan_id, f.ended_scan, o.unverified_scan,
    (select t.world_readable from objects t where t.id = o.top_id) as world_readable
"""
_ORDER = "order by o.root, o.uri, f.entity_type, f.location"
_OPEN = "f.ended_scan is null and o.deleted_scan is null"

# top-level objects everyone may read (SMB) holding current findings: a risk to show
_WORLD_READABLE = f"""
select t.root, t.uri, t.owner, t.risk from objects t
where t.parent_id is null and t.deleted_scan is null and t.world_readable = 1 and exists (
  select 1 from objects o join findings f on f.object_id = o.id
  where o.top_id = t.id and {_OPEN})
order by t.uri limit ?
"""

# objects whose findings were kept though they could not be read (issue 13.3)
_UNVERIFIED = f"""
select o.root, o.uri, o.status, o.reason, o.error, o.unverified_scan as since,
  (select count(*) from findings f join objects c on c.id = f.object_id
   where c.top_id = o.top_id and (c.id = o.id or substr(c.uri, 1, length(o.uri) + 1) in (o.uri || '!', o.uri || '/'))
   and f.ended_scan is null and c.deleted_scan is null) as findings
from objects o where o.unverified_scan is not null and o.deleted_scan is null
order by o.root, o.uri limit ?
"""


def latest_scan(db: Database, complete_only: bool = True) -> dict | None:
    """The latest full scan (watch batches cover a few paths only)."""
    where = "where kind = 'full'" + (" and status = 'complete'" if complete_only else "")
    return next(db.query(f"select * from scans {where} order by id desc limit 1"), None)


def current_findings(db: Database) -> Iterator[dict]:
    """Findings present now: not ended, their object not deleted; each with the last
    scan that looked at it (last_scan_id)."""
    coverage, own = Coverage.of(db), own_contact_ids(db)
    for row in db.query(f"select {_FINDING_COLUMNS} from findings f join objects o on o.id = f.object_id "
                        f"where {_OPEN} {_ORDER}"):
        if row["id"] in own:  # the organisation's own contact (inventory.own_contacts)
            continue
        row["last_scan_id"] = coverage.last_look(row["root"], row["path"], None)
        yield row


_BEGUN_NOT_ENDED = "f.first_scan_id <= ?1 and (f.ended_scan is null or f.ended_scan > ?1)"


def findings_in_scan(db: Database, scan_id: int, where: str = "1", params: Sequence = ()) -> Iterator[dict]:
    """Findings present in a scan: begun by it and found at it or after it by a
    scan that looked at their object before they ended (see inventory.scopes);
    in a root the scan looked at entirely, that is all findings begun and not ended.
    `where` narrows them (SQL over `f` and `o`, with `params`)."""
    coverage = Coverage.of(db)
    whole, own = coverage.whole_roots(scan_id), own_contact_ids(db, scan_id)
    for row in db.query(f"select {_FINDING_COLUMNS} from findings f join objects o on o.id = f.object_id "
                        f"where {_BEGUN_NOT_ENDED} and ({where}) {_ORDER}", [scan_id, *params]):
        if row["id"] in own:  # the organisation's own contact (inventory.own_contacts)
            continue
        if row["root"] in whole or coverage.present(row["root"], row["path"], scan_id, row["ended_scan"]):
            row["last_scan_id"] = coverage.last_look(row["root"], row["path"], row["ended_scan"])
            yield row


def present_by_type(db: Database, coverage: Coverage, scan_id: int, since: int = 0,
                    gone_by: int | None = None) -> dict[str, int]:
    """How many findings of each type were present in a scan (findings_in_scan,
    counted), begun after `since`; with gone_by, only those no longer present in
    that later scan. Counted in SQL in the roots the scans looked at entirely."""
    looked = [scan_id] + ([gone_by] if gone_by else [])
    whole = json.dumps(sorted(set.intersection(*(coverage.whole_roots(s) for s in looked))), ensure_ascii=False)
    begun = ("f.first_scan_id <= :scan and (f.ended_scan is null or f.ended_scan > :scan) and f.first_scan_id > :since"
             " and f.id not in (select value from json_each(:own))")  # the organisation's own: not counted
    in_whole = "o.root in (select value from json_each(:whole))"
    own = json.dumps(sorted(own_contact_ids(db, scan_id)))
    params = {"scan": scan_id, "since": since, "gone": gone_by, "whole": whole, "own": own}
    counts = Counter({row[0]: row[1] for row in db.execute(
        f"select f.entity_type, count(*) from findings f join objects o on o.id = f.object_id where {begun} "
        f"and {in_whole}" + (" and f.ended_scan <= :gone" if gone_by else "") + " group by 1", params)})
    for row in db.execute(f"select o.root, o.uri, f.ended_scan, f.entity_type from findings f join objects o "
                          f"on o.id = f.object_id where {begun} and not {in_whole}", params):
        if coverage.present(row[0], row[1], scan_id, row[2]) and not (
                gone_by and coverage.present(row[0], row[1], gone_by, row[2])):
            counts[row[3]] += 1
    return dict(counts)


def count_in_scan(db: Database, scan_id: int) -> int:
    """How many findings were present in a scan (findings_in_scan, counted)."""
    return sum(present_by_type(db, Coverage.of(db), scan_id).values())


def looked_at(db: Database, scan_id: int, root: str) -> list[tuple[str, float | None]]:
    """Top-level objects of root a finished scan looked at and left in place (a
    watch batch: the paths it was given), with their modification times."""
    scopes = scopes_of(db.execute("select roots from scans where id = ?", [scan_id]).fetchone()[0])
    where, params = scope_where([s for s in scopes if s.root == root])
    return [(row[0], row[1]) for row in db.execute(
        f"select uri, mtime from objects where parent_id is null and deleted_scan is null and {where} order by uri",
        params)]


def unverified_objects(db: Database, limit: int = 100) -> list[dict]:
    """Objects that could not be read at their last scan, whose earlier findings are
    kept, not verified since `since` (a failed read is not a deletion)."""
    return list(db.query(_UNVERIFIED, [limit]))


def status_summary(db: Database, recent: int = 10) -> dict:
    failed = ",".join(f"'{s}'" for s in FAILED_STATUSES)
    live = "deleted_scan is null"
    own = own_contact_ids(db)
    return {
        "scans": list(db.query("select * from scans order by id desc limit ?", [recent])),
        "objects_by_status": {r["status"]: r["n"] for r in db.query(
            f"select status, count(*) as n from objects where {live} group by status order by status")},
        "failed_objects": list(db.query(
            f"select root, uri, status, reason, error from objects where {live} and status in ({failed}) "
            "order by root, uri")),
        "unverified_objects": unverified_objects(db, recent * 2),
        "risky_objects": [{**r, "summary": json.loads(r["summary"])} for r in db.query(
            f"select root, uri, risk, summary from objects where {live} and risk in ('high', 'medium') "
            "order by case risk when 'high' then 0 else 1 end, json_extract(summary, '$.subjects') desc, uri "
            "limit ?", [recent * 2])],
        "world_readable": list(db.query(_WORLD_READABLE, [recent * 2])),
        "findings_by_type": {r["entity_type"]: r["n"] for r in db.query(
            "select f.entity_type, count(*) as n from findings f join objects o on o.id = f.object_id "
            f"where {_OPEN} and f.id not in (select value from json_each(?)) group by f.entity_type order by n desc",
            [json.dumps(sorted(own))])},
    } | ({"own_contacts_set_aside": len(own)} if own else {})  # the organisation's own contacts, not counted above
