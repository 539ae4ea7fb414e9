"""A contact line every page repeats, over pages about different people, is the document's own
footer or letterhead (issue 12, owncontacts17).

A school's register prints its own 〒, address, TEL and mailbox at the foot of each student's
page; a clinic's slips, a firm's forms the same. Each page reaches the detector alone, which
reads the line's contacts as the organisation's only where it knows the name before them (…自動車学校,
…の会); a name it does not know (便利屋 よろず, a shop's brand) leaves them a person's. Across the
document the line says whose it is: the same words on two pages or more (half the pages at least),
naming no one on the line itself, while each of those pages names its own people (no name on two) — no
person's own contact is printed on another person's page. A person's form of several pages names the
same person on each (its repeated header stays theirs); a staff member signing each page is named on
the line (担当 山田 090-…) and stays too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from detectors.entities import ADDRESS, EMAIL, PERSON, PHONE, POSTAL_CODE
from detectors.lines import line_bounds

CONTACTS = frozenset({ADDRESS, POSTAL_CODE, PHONE, EMAIL})
PARTS_AT_MOST = 400  # pages read this way: a larger document's parts are not held
SHORTEST_LINE = 8  # a line shorter than this is a label, not a footer


class _Part:
    __slots__ = ("people", "lines", "elsewhere", "findings")

    def __init__(self, people: frozenset, lines: dict, elsewhere: set, findings: list) -> None:
        self.people, self.lines, self.elsewhere, self.findings = people, lines, elsewhere, findings


class RepeatedLines:
    def __init__(self) -> None:
        self._parts: list[_Part] = []
        self._seen = 0

    def saw(self, text: str, detections: Iterable, findings: list, overlap: int = 0) -> None:
        """A part's detections and the findings made of them (contact findings are kept by reference)."""
        self._seen += 1
        if self._seen > PARTS_AT_MOST:
            self._parts.clear()
            return
        detections = [d for d in detections if d.end > overlap]  # the start a long text's unit repeats
        person_lines = {line_bounds(text, d.start)[0] for d in detections if d.entity_type == PERSON}
        lines: dict[str, set] = {}
        elsewhere: set = set()
        for d in detections:
            if d.entity_type not in CONTACTS:
                continue
            start, end = line_bounds(text, d.start)
            line = " ".join(text[start:end].split())
            if start in person_lines or len(line) < SHORTEST_LINE:
                elsewhere.add((d.entity_type, d.value))
            else:
                lines.setdefault(line, set()).add((d.entity_type, d.value))
        people = frozenset(d.value for d in detections if d.entity_type == PERSON)
        contacts = [f for f in findings if f.entity_type in CONTACTS]
        if contacts:
            self._parts.append(_Part(people, lines, elsewhere, contacts))
        elif people:
            self._parts.append(_Part(people, {}, set(), []))

    def _footers(self) -> set[str]:
        counts = Counter(line for part in self._parts for line in part.lines)
        footers = set()
        for line, count in counts.items():
            if count < 2 or 2 * count < len(self._parts):
                continue
            people = [part.people for part in self._parts if line in part.lines]
            if _different_people(people):
                footers.add(line)
        return footers

    def theirs(self) -> set[int]:
        """ids of the findings on a repeated footer line (see the module)."""
        if self._seen > PARTS_AT_MOST or len(self._parts) < 2:
            return set()
        footers = self._footers()
        dropped: set[int] = set()
        for part in self._parts:
            keys = set().union(*(values for line, values in part.lines.items() if line in footers)) - part.elsewhere
            keys -= set().union(*(values for line, values in part.lines.items() if line not in footers))
            dropped |= {id(f) for f in part.findings if (f.entity_type, f.value) in keys}
        return dropped


def _different_people(people: list[frozenset]) -> bool:
    """Every page names someone, and no one is named on two of them (each page its own person)."""
    return all(people) and sum(map(len, people)) == len(frozenset().union(*people))
