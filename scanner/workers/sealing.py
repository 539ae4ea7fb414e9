"""Sealing: what leaves the process that read an object carries no raw value.

Each finding's canonical value becomes its HMAC with the installation key
(`inventory.keys.value_hmac`, the one implementation), and the raw matched text
and context are dropped; each data subject's names and identifiers become their
keyed hashes (`inventory.subjects.seal_subject`). A worker seals before it answers; the writer stores
only sealed records (inventory.writes refuses others). Anything raw that is added
to `ObjectRecord` later is sealed here too.
"""

from __future__ import annotations

import dataclasses

from inventory.keys import value_hmac
from inventory.records import FindingRecord, ObjectRecord, SubjectRecord
from inventory.subjects import seal_subject


def seal_finding(finding: FindingRecord, key: bytes) -> FindingRecord:
    if finding.value is None:  # already sealed
        return finding
    return dataclasses.replace(finding, value=None, text=None, context=None,
                               value_hmac=value_hmac(key, finding.value))


def seal(record: ObjectRecord, key: bytes) -> ObjectRecord:
    """The record and its descendants, sealed in place (and returned)."""
    for obj in record.walk():
        obj.findings = [seal_finding(finding, key) for finding in obj.findings]
        obj.subjects = [seal_subject(key, s) if isinstance(s, SubjectRecord) else s for s in obj.subjects]
    return record
