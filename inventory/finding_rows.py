"""An object's findings as rows of the `findings` table: one per (entity type,
keyed hash of the value), repeats counted as occurrences, the best score kept.

Made where the object was read (a worker, after sealing: `prepare`), so that the
single writer receives tuples ready for one `executemany` instead of a record
per finding to unpickle, group and summarise. Only sealed findings: a raw value
never reaches here.
"""

from __future__ import annotations

import json

from inventory.records import FindingRecord, ObjectRecord, PreparedFindings, UnsealedFinding
from inventory.summary import summarize

ROW_COLUMNS = ("entity_type", "value_hmac", "category", "masked", "score", "detector", "location", "occurrences",
               "holders")
IDENTITY = 2  # (entity_type, value_hmac): the first columns of a row
_SCORE, _OCCURRENCES, _HOLDERS = (ROW_COLUMNS.index(c) for c in ("score", "occurrences", "holders"))


def finding_rows(findings: list[FindingRecord]) -> tuple[tuple, ...]:
    """Rows in the order each identity was first found (the first finding's details)."""
    groups: dict[tuple[str, str], list] = {}
    for finding in findings:
        if finding.value_hmac is None or finding.value is not None:
            raise UnsealedFinding(finding)
        group = groups.get((finding.entity_type, finding.value_hmac))
        if group is None:
            groups[(finding.entity_type, finding.value_hmac)] = [
                finding.entity_type, finding.value_hmac, finding.category, finding.masked, finding.score,
                finding.detector, finding.location, 1, finding.holders]
        else:
            group[_OCCURRENCES] += 1
            group[_SCORE] = max(group[_SCORE], finding.score)
            group[_HOLDERS] = _joined(group[_HOLDERS], finding.holders)
    return tuple(tuple(group) for group in groups.values())


def _joined(one: str | None, other: str | None) -> str | None:
    """The holders of two occurrences of a value in one object (inventory.own_contacts)."""
    if one is None or other is None or one == other:
        return one if other is None else other
    return ",".join(sorted((set(one.split(",")) | set(other.split(","))) - {""}))


def prepared(record: ObjectRecord) -> PreparedFindings:
    """One object's rows and summary (as stored if it was read in full: the writer
    stores no summary for an object that was not)."""
    summary = summarize(record.findings, record.personal_rows, people=len(record.subjects))
    return PreparedFindings(finding_rows(record.findings), json.dumps(summary, ensure_ascii=False), summary["risk"])


def prepare(record: ObjectRecord) -> ObjectRecord:
    """Every object of a sealed tree prepared, its findings list emptied (in place)."""
    for obj in record.walk():
        if obj.prepared is None:
            obj.prepared, obj.findings = prepared(obj), []
    return record


def rows_of(record: ObjectRecord) -> tuple[tuple, ...]:
    """The record's rows, prepared by its reader or made here (a record built in this process)."""
    return record.prepared.rows if record.prepared is not None else finding_rows(record.findings)
