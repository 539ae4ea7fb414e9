"""The diff of two scans as set operations on finding identity (path, type,
keyed hash — never line numbers), with triage verdicts carried forward.
Pure functions: tested without disk or database."""

from __future__ import annotations

from dataclasses import dataclass, field

from detectors.entities import entity
from inventory.triage import SUPPRESSING, Identity, Verdict, effective_verdict

UNREGISTERED_RISK = 3  # added to a finding's weight where no ledger entry covers its store


@dataclass
class Diff:
    new: list[dict] = field(default_factory=list)
    resolved: list[dict] = field(default_factory=list)
    still: list[dict] = field(default_factory=list)
    reappeared: list[dict] = field(default_factory=list)  # remediated, yet present again
    triaged: list[dict] = field(default_factory=list)  # false positive / accepted: not shown as new

    def counts(self) -> dict[str, int]:
        return {name: len(getattr(self, name)) for name in ("new", "resolved", "still", "reappeared", "triaged")}


def identity(finding: dict) -> Identity:
    return (finding["root"], finding["path"], finding["entity_type"], finding["value_hmac"])


def risk(finding: dict, unregistered: set[tuple[str, str]] = frozenset()) -> int:
    top = finding["path"].split("!")[0]
    info = entity(finding["entity_type"])
    return (info.risk if info else 1) + (UNREGISTERED_RISK if (finding["root"], top) in unregistered else 0)


def _with_verdict(finding: dict, verdict: Verdict | None) -> dict:
    return {**finding, "verdict": verdict.verdict if verdict else None,
            "verdict_note": verdict.note if verdict else None}


def diff(previous: list[dict], current: list[dict], verdicts: list[Verdict]) -> Diff:
    before = {identity(f): f for f in previous}
    now = {identity(f): f for f in current}
    result = Diff()
    for key in now:
        finding = _with_verdict(now[key], effective_verdict(key, verdicts))
        if finding["verdict"] in SUPPRESSING:
            result.triaged.append(finding)
        elif finding["verdict"] == "remediated":
            result.reappeared.append(finding)
        elif key in before:
            result.still.append(finding)
        else:
            result.new.append(finding)
    result.resolved = [_with_verdict(before[k], effective_verdict(k, verdicts)) for k in before.keys() - now.keys()]
    return result


def sort_by_risk(findings: list[dict], unregistered: set[tuple[str, str]] = frozenset()) -> list[dict]:
    return sorted(findings, key=lambda f: (-risk(f, unregistered), f["path"], f["entity_type"], f["location"] or ""))
