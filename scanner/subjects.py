"""People in one object: the findings of one record form a data subject.

Records come from where findings stand (scanner.record_refs): a table row, or
the whole table when it is a key/value form (one column holds a name, a date of
birth and an address: one person's sheet); a block of lines, or each line when
most lines of the block name someone (a list), or the whole text when it names
one person only (a résumé, a letter about someone); a mail header's address. Inside
a record a new name of a script already named starts the next person (the
emergency contact after the employee, the second addressee), while a reading
(ヤマダ タロウ beside 山田 太郎) or a surname alone stays with its person.
scanner.subject_merge then joins the records of one person in the object.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.entities import PERSON
from detectors.name_forms import KANA, NameReader
from inventory.records import FindingRecord, SubjectRecord
from scanner.subject_keys import LINK_TYPES
from scanner.subject_merge import Segment, compatible, merge_segments, name_of

FORM_ROWS = 60  # a key/value form is short; a longer table is a list of people
FORM_TYPES_IN_A_COLUMN = 3  # a form's value column holds a name, a date, an address …
LIST_SHARE = 0.5  # a block is a list when at least half its lines with findings name someone
ONE_PERSONS_VALUES = 2  # phones, e-mail addresses … one person gives (home and mobile)
_COLUMN = re.compile(r"^([A-Z]+)\d+$")


def _column(location: str) -> str:
    match = _COLUMN.match(location.rsplit("!", 1)[-1])
    return match.group(1) if match else ""


def is_form(findings: list[FindingRecord]) -> bool:
    """A table whose rows are the fields of one sheet: few rows, and a column
    holding several kinds of data."""
    rows = {f.record[1] for f in findings if f.record}
    if not 2 <= len(rows) <= FORM_ROWS:
        return False
    kinds: dict[str, set[str]] = {}
    for finding in findings:
        kinds.setdefault(_column(finding.location), set()).add(finding.entity_type)
    return max(len(types) for types in kinds.values()) >= FORM_TYPES_IN_A_COLUMN


def _people(names: list[str]) -> int:
    """How many people names are, a surname counting with its full name."""
    full = sorted(set(names), key=len, reverse=True)
    kept: list[str] = []
    for name in full:
        if not any(compatible(name, other) for other in kept):
            kept.append(name)
    return len(kept)


def is_list(findings: list[FindingRecord]) -> bool:
    """A block with one person a line: two lines or more name different people,
    and at least half the lines holding findings name someone."""
    names = [(f.record[2], *name_of(f)) for f in findings if f.entity_type == PERSON and f.record]
    scripts = {script for _, _, script in names}
    counted = [(line, name) for line, name, script in names if script != KANA or scripts == {KANA}]
    lines = {f.record[2] for f in findings if f.record}
    named = {line for line, _ in counted}
    return len(named) >= 2 and _people([name for _, name in counted]) >= 2 and len(named) >= LIST_SHARE * len(lines)


def _blocks(findings: list[FindingRecord]) -> dict[str, dict[str, list[FindingRecord]]]:
    groups: dict[str, dict[str, list[FindingRecord]]] = {}
    for finding in findings:
        if finding.record is not None:
            group, block, _ = finding.record
            groups.setdefault(group, {}).setdefault(block, []).append(finding)
    return groups


def about_one_person(findings: list[FindingRecord]) -> bool:
    """A text naming one person only, with no more identifiers than one person has
    (a résumé, a letter about someone): its blocks are one record."""
    names = [name_of(f) for f in findings if f.entity_type == PERSON]
    scripts = {script for _, script in names}
    named = [name for name, script in names if script != KANA or scripts == {KANA}]
    if not named or not all(compatible(name, max(named, key=len)) for name in named):
        return False
    values: dict[str, set[str]] = {}
    for finding in findings:
        if finding.entity_type in LINK_TYPES:
            values.setdefault(finding.entity_type, set()).add(finding.value)
    return all(len(found) <= ONE_PERSONS_VALUES for found in values.values())


def records(findings: list[FindingRecord]) -> Iterator[list[FindingRecord]]:
    """The findings of an object grouped by record, each in reading order."""
    for group, blocks in _blocks(findings).items():
        table, header = group.startswith("t:"), group.startswith("h:")
        everything = [f for block in blocks.values() for f in block]
        if (table and is_form(everything)) or (not table and not header and about_one_person(everything)):
            yield everything
            continue
        for block in blocks.values():
            if table or not is_list(block):
                yield block
                continue
            lines: dict[str, list[FindingRecord]] = {}
            for finding in block:
                lines.setdefault(finding.record[2], []).append(finding)
            yield from lines.values()


def segments(record: list[FindingRecord]) -> list[Segment]:
    """A record cut where a new name of a script already named starts a person."""
    found = [Segment()]
    for finding in record:
        name = name_of(finding) if finding.entity_type == PERSON else None
        if name is not None and not found[-1].takes(*name):
            found.append(Segment())
        found[-1].add(finding, name)
    return [segment for segment in found if segment.findings]


def subjects_of(findings: list[FindingRecord], reader: NameReader) -> list[SubjectRecord]:
    """The people an object's findings describe (findings without a record, as
    `daicho check` makes them of a bare text, give none)."""
    if not any(f.entity_type == PERSON or f.entity_type in LINK_TYPES for f in findings):
        return []  # no one is named or identified: an address, a postal code, a date alone
    return merge_segments([s for record in records(findings) for s in segments(record)], reader)
