"""Everything the officer's report shows, gathered from the inventory once and
rendered identically as HTML, xlsx and JSON Lines."""

from __future__ import annotations

import posixpath
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from inventory.notes import Note
from inventory.history import complete_scans, outcome_keys_by_scan, trend_counts, unreadable_objects
from inventory.ledger.active import load_ledger
from inventory.outcomes import stored_outcomes
from inventory.own_contact_rows import own_contact_ids
from inventory.queries import findings_in_scan, unverified_objects
from inventory.triage import finding_key, load_verdicts
from reports.actions import Action, today_actions
from reports.diff import Diff, diff, identity, sort_by_risk
from reports.store_view import EntryView, StoreView, entry_views, store_views
from reports.times import local_day, zone

REPORT_VERSION = 1
TREND_SCANS = 30  # scans in the trend chart
HISTORY_SCANS = 400  # scans looked back over for how long a problem has stood


class ReportError(ValueError):
    def __init__(self, note: Note) -> None:
        super().__init__(str(note))
        self.note = note


@dataclass
class ReportData:
    scan: dict
    base: dict | None
    diff: Diff
    outcomes: list[dict]
    trend: list[dict]  # inventory.history.trend_counts of the last scans
    tz: ZoneInfo = field(default_factory=zone)  # every time shown, in this zone
    by_location: list[dict] = field(default_factory=list)
    by_type: list[dict] = field(default_factory=list)
    summary: dict = field(default_factory=dict)
    stores: list[StoreView] = field(default_factory=list)
    entries: list[EntryView] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    unreadable: list[dict] = field(default_factory=list)
    unverified: list[dict] = field(default_factory=list)  # could not be read: findings kept, not verified

    @property
    def today(self) -> date:
        return local_day(self.scan["started"], self.tz) or date.today()


def resolve_base(scans: list[dict], current: dict, since: str) -> dict | None:
    earlier = [s for s in scans if s["id"] < current["id"]]
    if since == "previous":
        return earlier[-1] if earlier else None
    if since.isdigit():
        match = [s for s in scans if s["id"] == int(since)]
        if not match:
            raise ReportError(Note.of("report_error.scan_not_found", since=since))
        return match[0]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", since):
        on_or_before = [s for s in earlier if s["started"][:10] <= since]
        if not on_or_before:
            raise ReportError(Note.of("report_error.no_scan_before", since=since))
        return on_or_before[-1]
    raise ReportError(Note.of("report_error.bad_since", since=since))


def _decorate(findings: list[dict]) -> list[dict]:
    for finding in findings:
        finding["key"] = finding_key(identity(finding))
        finding["folder"] = folder_of(finding["path"])
    return findings


def folder_of(path: str) -> str:
    """Where a finding is, for grouping: a file's folder, a message's mailbox folder."""
    top = path.split("!")[0]
    if path.startswith("imap://"):
        return top
    return posixpath.dirname(top) or "."


def _outcome_key(outcome: dict) -> tuple:
    return outcome["kind"], outcome["root"], outcome["uri"], outcome["entry_name"]


def outcomes_with_news(db: Database, current: dict, base: dict | None) -> list[dict]:
    """The current scan's outcomes, each told whether the base scan had it."""
    outcomes = stored_outcomes(db, current["id"])
    before = {_outcome_key(o) for o in stored_outcomes(db, base["id"])} if base else set()
    for outcome in outcomes:
        outcome["is_new"] = _outcome_key(outcome) not in before
    return outcomes


def _trend(db: Database, scans: list[dict], points: int) -> list[dict]:
    window = scans[-points:]
    return trend_counts(db, window, scans[-points - 1]["id"] if len(scans) > points else 0)


def _since(db: Database, scans: list[dict], tz: ZoneInfo):
    """outcome -> the first day of its unbroken run up to the current scan."""
    recent = scans[-HISTORY_SCANS:]
    keys = outcome_keys_by_scan(db, [s["id"] for s in recent])

    def since(outcome: dict) -> date | None:
        first = None
        for scan in reversed(recent):
            if _outcome_key(outcome) not in keys[scan["id"]]:
                break
            first = scan
        return local_day(first["started"], tz) if first else None
    return since


def _groups(data: ReportData) -> None:
    shown = data.diff.new + data.diff.still + data.diff.reappeared
    new_keys = {f["key"] for f in data.diff.new}
    folders: dict[str, Counter] = {}
    for finding in shown:
        counter = folders.setdefault(finding["folder"], Counter())
        counter["total"] += 1
        counter["new"] += finding["key"] in new_keys
        counter["world_readable"] += bool(finding.get("world_readable"))
        counter[finding["entity_type"]] += 1
    data.by_location = [{"folder": k, **v} for k, v in sorted(folders.items(), key=lambda kv: -kv[1]["total"])]
    types = Counter((f["entity_type"], f["category"] or "") for f in shown)
    new_types = Counter((f["entity_type"], f["category"] or "") for f in data.diff.new)
    resolved_types = Counter((f["entity_type"], f["category"] or "") for f in data.diff.resolved)
    data.by_type = [{"entity_type": t, "category": c, "current": n, "new": new_types[(t, c)],
                     "resolved": resolved_types[(t, c)]} for (t, c), n in types.most_common()]


def _views(db: Database, data: ReportData, current: list[dict], scans: list[dict]) -> None:
    entries = load_ledger(db)
    new_keys = {f["key"] for f in data.diff.new}
    data.stores = store_views(current, new_keys, data.outcomes, entries)
    data.entries = entry_views(data.stores, entries, data.outcomes)
    data.actions = today_actions(data.stores, data.outcomes, entries, data.diff, _since(db, scans, data.tz))
    data.unreadable = unreadable_objects(db)
    data.unverified = unverified_objects(db)


def build_report(db: Database, since: str = "previous", trend_points: int = TREND_SCANS,
                 timezone: str | None = None) -> ReportData:
    scans = complete_scans(db)
    if not scans:
        raise ReportError(Note.of("report_error.no_scan"))
    current_scan = scans[-1]
    base = resolve_base(scans, current_scan, since)
    current = _decorate(list(findings_in_scan(db, current_scan["id"])))
    own = own_contact_ids(db, current_scan["id"])  # the organisation's own contacts now: not resolved by being so
    previous = _decorate([f for f in findings_in_scan(db, base["id"]) if f["id"] not in own]) if base else []
    outcomes = outcomes_with_news(db, current_scan, base)
    unregistered = {(o["root"], o["uri"]) for o in outcomes if o["kind"] == "unregistered"}
    result = diff(previous, current, load_verdicts(db))
    for name in ("new", "still", "reappeared", "resolved", "triaged"):
        setattr(result, name, sort_by_risk(getattr(result, name), unregistered))
    data = ReportData(current_scan, base, result, outcomes, _trend(db, scans, trend_points), zone(timezone))
    _groups(data)
    _views(db, data, current, scans)
    data.summary = {
        "findings": len(result.new) + len(result.still) + len(result.reappeared), **result.counts(),
        "objects": current_scan["objects_seen"], "unreadable": current_scan["objects_failed"],
        "outcomes": dict(Counter(o["kind"] for o in outcomes)),
        "new_outcomes": dict(Counter(o["kind"] for o in outcomes if o["is_new"])),
    }
    if own:  # set aside (inventory.own_contacts): shown when any
        data.summary["own_contacts"] = len(own)
    return data
