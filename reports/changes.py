"""What the latest scan changed, for deciding whether to alert, without reading
every finding: only findings begun since the previous scan, and findings a
`remediated` verdict covers, are looked at. The officer's report
(reports.report_data) finds the same new and reappeared findings among all of
them; a nightly rescan of an unchanged share must not pay for that.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlite_utils import Database

from inventory.history import complete_scans
from inventory.notes import Note
from inventory.queries import findings_in_scan
from inventory.triage import SUPPRESSING, Verdict, effective_verdict, load_verdicts
from reports.diff import Diff, identity
from reports.report_data import ReportError, outcomes_with_news


@dataclass
class Changes:
    """new and reappeared of the diff with the previous complete scan, and the
    reconciliation's outcomes (what scanner.alerting reads of a report)."""

    scan: dict
    base: dict | None
    diff: Diff
    outcomes: list[dict]


def _remediated_where(verdicts: list[Verdict]) -> tuple[str, list]:
    """SQL for the findings a remediated verdict may cover; a rule covers by glob,
    so with one all findings are looked at."""
    clauses, params = [], []
    for verdict in verdicts:
        if verdict.verdict != "remediated":
            continue
        if verdict.target_kind == "rule":
            return "1", []
        if verdict.target_kind == "finding":
            clauses.append("(o.root = ? and o.uri = ? and f.entity_type = ? and f.value_hmac = ?)")
            params += [verdict.root, verdict.uri, verdict.entity_type, verdict.value_hmac]
        else:
            clauses.append("(o.root = ? and (o.uri = ? or substr(o.uri, 1, ?) = ?))")
            params += [verdict.root, verdict.uri, len(verdict.uri or "") + 1, f"{verdict.uri}!"]
    return " or ".join(clauses) or "0", params


def _present_before(db: Database, base: dict | None, rows: list[dict]) -> set:
    """Identities of the given findings' objects present in the base scan."""
    if base is None or not rows:
        return set()
    objects = sorted({row["object_id"] for row in rows})
    found = findings_in_scan(db, base["id"], f"f.object_id in ({','.join('?' * len(objects))})", objects)
    return {identity(row) for row in found}


def latest_changes(db: Database, new_types: Collection[str] | None = None) -> Changes:
    """new_types: only new findings of these entity types are looked for (those an
    alert tells of: a first scan of a share begins every finding it has)."""
    scans = complete_scans(db)
    if not scans:
        raise ReportError(Note.of("report_error.no_scan"))
    current, base = scans[-1], (scans[-2] if len(scans) > 1 else None)
    verdicts = load_verdicts(db)
    where, params = "f.first_scan_id > ?", [base["id"] if base else 0]
    if new_types is not None:
        types = sorted(new_types)
        where, params = f"{where} and f.entity_type in ({', '.join('?' * len(types))})", [*params, *types]
    begun = list(findings_in_scan(db, current["id"], where, params))
    before = _present_before(db, base, begun)
    diff = Diff()
    for row in begun:
        verdict = effective_verdict(identity(row), verdicts)
        if identity(row) not in before and (verdict is None or verdict.verdict not in (*SUPPRESSING, "remediated")):
            diff.new.append(row)
    where, params = _remediated_where(verdicts)
    for row in findings_in_scan(db, current["id"], where, params):
        verdict = effective_verdict(identity(row), verdicts)
        if verdict is not None and verdict.verdict == "remediated":
            diff.reappeared.append(row)
    return Changes(current, base, diff, outcomes_with_news(db, current, base))
