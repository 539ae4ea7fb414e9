"""What a leak of a set of objects means (seed 001 第9条): the items of 第9条3 the
inventory can answer, and the report triggers of 第9条2 with their reasons.

  (1) 要配慮個人情報         applies when any 要配慮 category is held
  (2) 財産的被害のおそれ     applies when bank accounts or card numbers are held
  (3) 不正の目的             not known from the data: the officer decides (theft,
                             unauthorised access: it applies)
  (4) 本人の数が千人超       applies when the estimate exceeds 1,000; possible when
                             only the upper bound does
My Numbers make the data 特定個人情報, with reporting rules of their own (番号法):
flagged with the number of people whose My Number is held.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from sqlite3 import Connection

from detectors.entities import FINANCIAL, MY_NUMBER_TYPES, SENSITIVE
from inventory.headcount import Headcount, headcount
from inventory.migrations import SUBJECTS_SINCE
from inventory.notes import Note
from inventory.object_sets import SET_TABLE, Selection
from inventory.records import FAILED_STATUSES
from inventory.subjects import subject_present
from inventory.summary import MANY_PEOPLE, risk_level

APPLIES, POSSIBLE, NOT_APPLICABLE, UNKNOWN = "applies", "possible", "not_applicable", "unknown"
RISK_ORDER = ("high", "medium")  # then the rest, as held_objects orders them
MY_NUMBER_MANY = 100  # 特定個人情報の漏えい等: more than 100 people is reportable (番号法の規則)


@dataclass(frozen=True)
class Verdict:
    article: str  # 第9条2 (1) … (4)
    status: str  # applies / possible / not_applicable / unknown
    reason: Note


@dataclass(frozen=True)
class Impact:
    selection: Selection
    items: dict[str, int]  # declared type (PERSON, SENSITIVE:病歴 …) -> objects holding it
    people: Headcount
    verdicts: tuple[Verdict, ...]
    objects_with_data: int
    unread: int  # objects of the set that could not be read: their content is unknown
    changed_since: int  # objects read again after the scan asked for, before subjects had a history
    entries: tuple[dict, ...] = field(default=())  # ledger entries covering the set (inventory.impact_ledger)

    @property
    def reportable(self) -> bool:
        return any(v.status in (APPLIES, POSSIBLE) for v in self.verdicts)


def held_items(conn: Connection, scan_id: int | None) -> dict[str, int]:
    """Types (要配慮 as SENSITIVE:<category>) and how many objects of the set hold
    each: now from each object's summary, as of a scan from the findings of then."""
    if scan_id is not None:
        rows = conn.execute(
            f"select case when f.entity_type = '{SENSITIVE}' and f.category is not null "
            f"then '{SENSITIVE}:' || f.category else f.entity_type end, count(distinct f.object_id) "
            f"from {SET_TABLE} s cross join objects o on o.id = s.id cross join findings f on f.object_id = o.id "
            "where f.first_scan_id <= ?1 and (f.ended_scan is null or f.ended_scan > ?1) group by 1", [scan_id])
        return dict(sorted(rows))
    rows = conn.execute(
        f"select j.key, count(*) from {SET_TABLE} s cross join objects o on o.id = s.id "
        f"cross join json_each(o.summary, '$.counts') j where o.summary is not null and j.key != '{SENSITIVE}' "
        f"group by 1 union all select '{SENSITIVE}:' || j.value, count(*) from {SET_TABLE} s "
        "cross join objects o on o.id = s.id cross join json_each(o.summary, '$.categories') j "
        "where o.summary is not null group by 1")
    return dict(sorted(rows))


def _count(conn: Connection, where: str, params: list | None = None) -> int:
    return conn.execute(f"select count(*) from {SET_TABLE} s cross join objects o on o.id = s.id where {where}",
                        params or []).fetchone()[0]


def verdicts(items: dict[str, int], people: Headcount) -> tuple[Verdict, ...]:
    categories = sorted(t.partition(":")[2] for t in items if t.startswith(f"{SENSITIVE}:"))
    financial = sorted(t for t in items if t in FINANCIAL)
    many = APPLIES if people.estimate > MANY_PEOPLE else POSSIBLE if people.high > MANY_PEOPLE else NOT_APPLICABLE
    return (
        Verdict("1", APPLIES if categories else NOT_APPLICABLE,
                Note.of("impact.reason_sensitive", categories=[Note.of(f"category.{c}") for c in categories],
                        people=people.with_sensitive)
                if categories else Note.of("impact.reason_no_sensitive")),
        Verdict("2", APPLIES if financial else NOT_APPLICABLE,
                Note.of("impact.reason_financial", types=[Note.of(f"entity.{t}") for t in financial],
                        people=people.with_financial)
                if financial else Note.of("impact.reason_no_financial")),
        Verdict("3", UNKNOWN, Note.of("impact.reason_purpose")),
        Verdict("4", many, Note.of("impact.reason_people", estimate=people.estimate, low=people.low,
                                   high=people.high, limit=MANY_PEOPLE)),
    )


def _with_data(conn: Connection, scan_id: int | None) -> int:
    """Objects of the set holding personal data: now by their summary, as of a scan
    by the findings of then."""
    if scan_id is None:
        return _count(conn, "o.summary is not null and json_extract(o.summary, '$.counts') != '{}'")
    return _count(conn, "exists (select 1 from findings f where f.object_id = o.id and f.first_scan_id <= ?1 "
                  "and (f.ended_scan is null or f.ended_scan > ?1))", [scan_id])


def _changed_since(conn: Connection, scan_id: int | None) -> int:
    """Objects read again after scan_id whose people then may not be known: before
    the migration m016 a new reading replaced an object's subjects."""
    after = conn.execute("select value from inventory_meta where name = ?", [SUBJECTS_SINCE]).fetchone()
    if scan_id is None or after is None or scan_id >= int(after[0]):
        return 0
    return _count(conn, "o.extracted_scan > ?", [scan_id])  # (read again after the migration too: kept)


def impact_of(conn: Connection, selection: Selection) -> Impact:
    """The set in SET_TABLE (inventory.object_sets.select_objects); persons resolved."""
    scan_id = selection.scan_id
    items = held_items(conn, scan_id)
    people = headcount(conn, SET_TABLE, scan_id)
    failed = ", ".join(f"'{s}'" for s in FAILED_STATUSES)
    return Impact(
        selection=selection, items=items, people=people, verdicts=verdicts(items, people),
        objects_with_data=_with_data(conn, scan_id), unread=_count(conn, f"o.status in ({failed})"),
        changed_since=_changed_since(conn, scan_id))


def my_number_note(impact: Impact) -> Note | None:
    """特定個人情報: the people whose My Number is held, and whether that is many."""
    if not any(t in impact.items for t in MY_NUMBER_TYPES):
        return None
    key = "impact.my_number_many" if impact.people.with_my_number > MY_NUMBER_MANY else "impact.my_number"
    return Note.of(key, people=impact.people.with_my_number, limit=MY_NUMBER_MANY)


def _held_then(conn: Connection, scan_id: int) -> list[dict]:
    """The objects of the set that held personal data in scan scan_id: the types
    and people of then, the risk level they gave (inventory.summary)."""
    held: dict[int, dict] = {}
    for object_id, root, uri, entity_type, category in conn.execute(
            f"select o.id, o.root, o.uri, f.entity_type, f.category from {SET_TABLE} x cross join objects o "
            "on o.id = x.id cross join findings f on f.object_id = o.id where f.first_scan_id <= ?1 "
            "and (f.ended_scan is null or f.ended_scan > ?1)", [scan_id]):
        found = held.setdefault(object_id, {"root": root, "uri": uri, "counts": Counter(), "categories": set()})
        found["counts"][entity_type] += 1
        found["categories"] |= {category} if category else set()
    present, params = subject_present(scan_id)
    people = dict(conn.execute(f"select s.object_id, count(*) from {SET_TABLE} x cross join subjects s "
                               f"on s.object_id = x.id where {present} group by 1", params).fetchall())
    rows = []
    for object_id, found in held.items():
        subjects = people.get(object_id, 0)
        types = [t for t in sorted(found["counts"]) if t != SENSITIVE]
        rows.append({"root": found["root"], "uri": found["uri"], "people": subjects,
                     "types": types + [f"{SENSITIVE}:{c}" for c in sorted(found["categories"])],
                     "risk": risk_level(found["counts"], found["categories"], subjects)})
    return rows


def _rank(held: dict) -> tuple:
    risk = RISK_ORDER.index(held["risk"]) if held["risk"] in RISK_ORDER else len(RISK_ORDER)
    return risk, -held["people"], held["root"], held["uri"]


def held_objects(conn: Connection, scan_id: int | None = None, limit: int = 5000) -> list[dict]:
    """The objects of the set that hold personal data (now, or in scan scan_id),
    riskiest and most populous first."""
    if scan_id is not None:
        return sorted(_held_then(conn, scan_id), key=_rank)[:limit]
    rows = conn.execute(
        f"select o.root, o.uri, o.summary, o.risk from {SET_TABLE} s cross join objects o on o.id = s.id "
        "where o.summary is not null and json_extract(o.summary, '$.counts') != '{}' "
        "order by case o.risk when 'high' then 0 when 'medium' then 1 else 2 end, "
        "json_extract(o.summary, '$.subjects') desc, o.root, o.uri limit ?", [limit])
    found = []
    for root, uri, summary, risk in rows:
        data = json.loads(summary)
        types = [t for t in data["counts"] if t != SENSITIVE] + [f"{SENSITIVE}:{c}" for c in data["categories"]]
        found.append({"root": root, "uri": uri, "types": types, "people": data["subjects"], "risk": risk})
    return found
