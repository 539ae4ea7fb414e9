"""The contacts an object's own rules set aside as the organisation's (share28): its letterhead,
footer and 振込先 read within the file (detectors.organisation, detectors.own_payees,
scanner.repeated_lines). Set aside, they are no findings, yet each still stands in the file
tied to no one: the share-level rule (inventory.own_contacts) counts them toward the objects a
contact recurs in, so that a letterhead judged in one file and left in two others is the
organisation's in all three. Raw in the reading process; keyed hashes once sealed.
"""

from __future__ import annotations

from collections.abc import Iterable

from detectors.fields import field_at
from inventory.own_contacts import names_one_holder
from inventory.records import FindingRecord, ObjectRecord
from scanner.extract import TextUnit


def add_set_aside(record: ObjectRecord, unit: TextUnit, detections: Iterable) -> None:
    """The one-holder contacts the detector set aside in a unit, less those in a label or in
    the start the unit repeats (found in the unit before)."""
    for d in detections:
        if d.end <= unit.overlap or not names_one_holder(d.entity_type, d.value):
            continue
        if unit.spans and field_at(unit.spans, d.start) is None:
            continue
        record.own_values.add((d.entity_type, d.value))


def add_footers(record: ObjectRecord, findings: Iterable[FindingRecord]) -> None:
    """The contacts of a footer every page repeats (scanner.repeated_lines), dropped as findings."""
    record.own_values.update((f.entity_type, f.value) for f in findings
                             if f.value is not None and names_one_holder(f.entity_type, f.value))
