"""Triage verdicts that stick across scans.

A verdict targets one finding (its identity: root, path, type, keyed hash), one
object (a path and everything inside it), or a rule (a path glob, optionally one
entity type) that also applies to findings not yet seen. Verdicts are never
updated or deleted (the audit trail); the most specific, then the latest, applies.
"""

from __future__ import annotations

import getpass
import hashlib
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlite_utils import Database

from inventory.globs import covers

VERDICTS = ("false_positive", "accepted", "remediated", "needs_action")
SUPPRESSING = ("false_positive", "accepted")  # not reported as new again
Identity = tuple[str, str, str, str]  # root, uri, entity_type, value_hmac
_SPECIFICITY = {"finding": 3, "object": 2, "rule": 1}


def finding_key(identity: Identity) -> str:
    """A short stable name for a finding, shown in reports and typed in `daicho triage`."""
    return hashlib.sha256("\x00".join(identity).encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class Verdict:
    id: int
    verdict: str
    target_kind: str
    created: str
    who: str
    note: str | None = None
    root: str | None = None
    uri: str | None = None
    entity_type: str | None = None
    value_hmac: str | None = None
    glob: str | None = None

    def applies_to(self, identity: Identity) -> bool:
        root, uri, entity_type, value_hmac = identity
        if self.target_kind == "finding":
            return (self.root, self.uri, self.entity_type, self.value_hmac) == identity
        if self.target_kind == "object":
            return self.root == root and (uri == self.uri or uri.startswith(self.uri + "!"))
        return covers(self.glob or "**", uri) and self.entity_type in (None, entity_type)


def effective_verdict(identity: Identity, verdicts: list[Verdict]) -> Verdict | None:
    applicable = [v for v in verdicts if v.applies_to(identity)]
    return max(applicable, key=lambda v: (_SPECIFICITY[v.target_kind], v.id), default=None)


def record_verdict(db: Database, verdict: str, target_kind: str, note: str | None = None,
                   who: str | None = None, **target: str | None) -> int:
    if verdict not in VERDICTS:
        raise ValueError(f"verdict must be one of {', '.join(VERDICTS)}")
    row = {"created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
           "who": who or getpass.getuser(), "verdict": verdict, "note": note,
           "target_kind": target_kind, **target}
    return db["triage"].insert(row).last_pk


def load_verdicts(db: Database) -> list[Verdict]:
    return [Verdict(**row) for row in db.query(
        "select id, verdict, target_kind, created, who, note, root, uri, entity_type, value_hmac, glob "
        "from triage order by id")]
