"""Sealing: what leaves the process that read an object carries no raw value.

Each finding's canonical value becomes its HMAC with the installation key
(`inventory.keys.value_hmac`, the one implementation), and the raw matched text
and context are dropped; each data subject's names and identifiers become their
keyed hashes (`inventory.subjects.seal_subject`). A worker seals before it answers; the writer stores
only sealed records (inventory.writes refuses others). Anything raw that is added
to `ObjectRecord` later is sealed here too.
"""

from __future__ import annotations

from inventory.keys import value_hmac
from inventory.own_contacts import stored_holders
from inventory.records import FindingRecord, ObjectRecord, SubjectRecord
from inventory.subjects import Hasher, seal_subject
from scanner.shared_contacts import contact_holders

Holders = tuple[frozenset[str], bool]  # a one-holder contact's people (raw names), in a mail header


def hasher(key: bytes) -> Hasher:
    """value_hmac with the key, made once per distinct value: a name or a number is
    found several times in one object, and its subject is known by it again."""
    made: dict[str, str] = {}

    def hashed(value: str) -> str:
        digest = made.get(value)
        if digest is None:
            digest = made[value] = value_hmac(key, value)
        return digest
    return hashed


def seal_finding(finding: FindingRecord, hashed: Hasher, held: Holders | None = None) -> FindingRecord:
    """held: the people holding a one-holder contact (scanner.shared_contacts), kept as keyed hashes."""
    if finding.value is None:  # already sealed
        return finding
    holders = stored_holders(map(hashed, held[0]), held[1]) if held is not None else None
    # field by field (cheaper than dataclasses.replace): a field added later is left out until named here
    return FindingRecord(finding.entity_type, None, finding.masked, finding.score, finding.detector, finding.location,
                         finding.category, record=finding.record, value_hmac=hashed(finding.value), holders=holders)


def seal(record: ObjectRecord, key: bytes) -> ObjectRecord:
    """The record and its descendants, sealed in place (and returned)."""
    hashed = hasher(key)
    for obj in record.walk():
        held = contact_holders(obj)
        obj.findings = [seal_finding(finding, hashed, held.get(id(finding))) for finding in obj.findings]
        obj.subjects = [seal_subject(key, s, hashed) if isinstance(s, SubjectRecord) else s for s in obj.subjects]
        if obj.own_values:  # the organisation's own contacts set aside in it (scanner.own_values)
            obj.own_keys = tuple(sorted({(entity_type, hashed(value)) for entity_type, value in obj.own_values}))
            obj.own_values = set()
    return record
