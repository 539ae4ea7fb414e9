"""`daicho triage`: a verdict on one finding, one object, or a rule (glob, type)."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, replace

from detectors.entities import ALL_ENTITIES

from inventory.globs import covers
from inventory.notes import Note
from inventory.queries import current_findings
from inventory.triage import Verdict, load_verdicts, record_verdict
from scanner.app.errors import problem, usage_problem
from scanner.app.finding_lookup import find_finding
from scanner.app.inventories import existing_inventory


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
                   entity=Note.of(f"entity.{request.entity_type}") if request.entity_type else "", count=covered)


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


def _known_type(entity_type: str) -> str:
    """A type as the registry names it (`phone` is PHONE); anything else is refused,
    never stored as a rule that matches nothing."""
    if entity_type.upper() in ALL_ENTITIES:
        return entity_type.upper()
    close = difflib.get_close_matches(entity_type.upper(), ALL_ENTITIES, n=1, cutoff=0.6)
    raise usage_problem("triage.unknown_type", type=entity_type,
                        suggestion=Note.of("config.did_you_mean", name=close[0]) if close else "",
                        valid=[Note.of("triage.type_choice", code=c, label=Note.of(f"entity.{c}"))
                               for c in ALL_ENTITIES])


def record_triage(request: TriageRequest) -> Note:
    """Record the verdict; returns what was recorded, for people."""
    if not request.verdict:
        raise usage_problem("triage.verdict_required")
    if request.entity_type:
        request = replace(request, entity_type=_known_type(request.entity_type))
    db = existing_inventory(request.db_path)
    if request.glob or (request.entity_type and not request.target):
        return _rule(db, request)
    if not request.target:
        raise usage_problem("triage.target_required")
    return _finding_or_object(db, request)


def triage_history(db_path: str) -> list[Verdict]:
    return load_verdicts(existing_inventory(db_path))
