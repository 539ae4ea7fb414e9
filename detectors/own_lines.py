"""The lines of a text as detectors.organisation reads them for whose a contact is (split from
detectors/organisation.py at its size limit, contacts24): the text with each address masked, where
people and births are named, and what each row was already asked."""

from __future__ import annotations

import bisect
from typing import Protocol

from detectors.entities import ADDRESS, DATE_OF_BIRTH, PERSON
from detectors.lines import line_bounds
from detectors.own_records import looks_structured
from detectors.own_sites import named_place


class Span(Protocol):
    entity_type: str
    start: int
    end: int


ADDRESS_MASK = "□"  # an address's own words (芝公園, センター北) say nothing of whose it is


class ContactLines:
    def __init__(self, text: str, detections: list[Span]) -> None:
        addresses = [d for d in detections if d.entity_type == ADDRESS]
        if addresses:  # offsets kept: one mask character for each of the address's
            parts, last = [], 0
            for d in addresses:  # an address overlapping the last (…十二号 メゾン白樺207号室) masks on from its end
                parts += [text[last:max(d.start, last)], ADDRESS_MASK * max(0, d.end - max(d.start, last))]
                last = max(last, d.end)
            text = "".join(parts) + text[last:]
        self.text = text
        # a person's date of birth names someone as surely as their name (当事者：…（生年月日 …）)
        self.person_starts = sorted(d.start for d in detections if d.entity_type in (PERSON, DATE_OF_BIRTH)
                                    and not named_place(text, d.start, d.end))  # 山田農園: a farm (own_sites)
        self.birth_starts = sorted(d.start for d in detections if d.entity_type == DATE_OF_BIRTH)
        self.value_starts = sorted(d.start for d in detections)
        self.structured = looks_structured(text)  # JSON, XML, YAML records, vCards (detectors.own_records)
        self.tabbed = "\t" in text
        self.column_cells: dict = {}  # detectors.own_layouts: each cell of a sheet read once
        self.answers: dict = {}  # lines.asked_once: each row's tests asked once
        self.kept_lines: set[tuple[str, int]] = set()  # (type, line's start) of each contact value kept as a person's

    def bounds(self, position: int) -> tuple[int, int]:
        return line_bounds(self.text, position)

    def gives_a_birth_date(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.birth_starts, start)
        return i < len(self.birth_starts) and self.birth_starts[i] < end

    def names_a_person(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.person_starts, start)
        return i < len(self.person_starts) and self.person_starts[i] < end
