"""`daicho triage`: a verdict on one finding, one object, or a rule (glob, type)."""

from __future__ import annotations

from dataclasses import dataclass

from inventory import open_inventory
from inventory.globs import covers
from inventory.notes import Note
from inventory.queries import current_findings
from inventory.triage import Verdict, load_verdicts, record_verdict
from scanner.app.errors import problem, usage_problem
from scanner.app.finding_lookup import find_finding


@dataclass(frozen=True)
class TriageRequest:
    db_path: str
    verdict: str | None
    target: str | None = None  # a finding ID or an object path
    note: str | None = None
    who: str | None = None
    glob: str | None = None
    entity_type: str | None = None


def _rule(db, request: TriageRequest) -> Note:
    glob = request.glob or "**"
    record_verdict(db, request.verdict, "rule", request.note, request.who, glob=glob,
                   entity_type=request.entity_type)
    covered = sum(1 for f in current_findings(db) if covers(glob, f["path"])
                  and request.entity_type in (None, f["entity_type"]))
    return Note.of("triage.recorded_rule", verdict=Note.of(f"verdict.{request.verdict}"), glob=glob,
                   entity=request.entity_type or "", count=covered)


def _finding_or_object(db, request: TriageRequest) -> Note:
    verdict = Note.of(f"verdict.{request.verdict}")
    finding = find_finding(db, request.target)
    if finding:
        record_verdict(db, request.verdict, "finding", request.note, request.who, root=finding["root"],
                       uri=finding["path"], entity_type=finding["entity_type"], value_hmac=finding["value_hmac"])
        return Note.of("triage.recorded_finding", verdict=verdict, path=finding["path"],
                       entity=Note.of(f"entity.{finding['entity_type']}"), masked=finding["masked"])
    roots = [r["root"] for r in db.query("select root from objects where uri = ?", [request.target])]
    if not roots:
        raise problem("triage.not_found", target=request.target)
    for root in roots:
        record_verdict(db, request.verdict, "object", request.note, request.who, root=root, uri=request.target)
    return Note.of("triage.recorded_object", verdict=verdict, path=request.target)


def record_triage(request: TriageRequest) -> Note:
    """Record the verdict; returns what was recorded, for people."""
    if not request.verdict:
        raise usage_problem("triage.verdict_required")
    db = open_inventory(request.db_path)
    if request.glob or (request.entity_type and not request.target):
        return _rule(db, request)
    if not request.target:
        raise usage_problem("triage.target_required")
    return _finding_or_object(db, request)


def triage_history(db_path: str) -> list[Verdict]:
    return load_verdicts(open_inventory(db_path))
