"""A postal code standing beside the organisation's own contact is the organisation's too
(issue 12, share26).

inventory.own_contacts sets aside a contact recurring across a folder's objects tied to no
one person, but never a postal code: neighbours share one, so its recurring proves
nothing. Where it stands does: an organisation writes its 〒 before its address, on the
letterhead's line or the footer's. Measured on the development corpora 7-25 (their truth,
ties to people left aside): of the postal codes on the line of, or a line next to, a
contact recurring in three objects of the folder, 551 are look-alikes the writers planted
(the organisation's 〒) and none is a person's. The other contact types beside one
recur as people's often (345 true phones, addresses, mailboxes and accounts, a member's row
under the footer, a reply above the sender's signature): only postal codes follow.

A postal code follows when, in the same object, it stands on the same line (a cell's row)
as an own contact or on the line just before or after it, not in a mail header, and tied
to no one there but the people the own contact was tied to (a form about one person takes
the letterhead into that person's record: the contact, proven the organisation's by
recurring, takes its 〒 with it), and standing once in the object (a member living in
the organisation's postal district writes the same 〒 in the form's body; the inventory
keeps one row a value and object, so a 〒 found twice is left whole).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from inventory.own_contacts import BESIDE_TYPES, Key, Occurrence

Line = tuple[str, int]  # the block (page, paragraph run, sheet) and the line's number in it
Placed = tuple[str, str, str]  # object, entity type, value (or its keyed hash)
NEXT_LINES = 1  # how far a line may be from the own contact's (0: the same line)

_CELL = re.compile(r"(.*!)?[A-Z]{1,3}([0-9]+)")
_NUMBERED = re.compile(r"(.*?)([0-9]+)")


def line_of(place: str) -> Line | None:
    """'L12', 'body:L4', 'page1:L1', 'p3' -> their block and number; a cell 'Sheet!C3' -> its
    sheet and row (cells of one row stand on one line); None where no line is told."""
    cell = _CELL.fullmatch(place)
    if cell:
        return f"{cell.group(1) or ''}#row", int(cell.group(2))
    numbered = _NUMBERED.fullmatch(place)
    return (numbered.group(1), int(numbered.group(2))) if numbered else None


def _near(line: Line, people: frozenset[str], own_lines: list[tuple[Line, frozenset[str]]]) -> bool:
    block, number = line
    return any(block == other and abs(number - at) <= NEXT_LINES and people <= holders
               for (other, at), holders in own_lines)


def beside_own(occurrences: Iterable[Occurrence], own: set[Key]) -> set[Placed]:
    """(object, type, value) of the postal codes standing beside the organisation's own contacts."""
    own_lines: dict[str, list[tuple[Line, frozenset[str]]]] = defaultdict(list)
    candidates: list[tuple[Occurrence, Line]] = []
    times: Counter[Placed] = Counter()
    for occurrence in occurrences:
        times[occurrence.obj, occurrence.entity_type, occurrence.value] += occurrence.times
        line = line_of(occurrence.place)
        if line is None:
            continue
        if occurrence.key in own:
            own_lines[occurrence.obj].append((line, occurrence.people))
        elif occurrence.entity_type in BESIDE_TYPES and not occurrence.header:
            candidates.append((occurrence, line))
    placed = {o: (o.obj, o.entity_type, o.value) for o, _ in candidates}
    return {placed[o] for o, line in candidates
            if times[placed[o]] == 1 and o.obj in own_lines and _near(line, o.people, own_lines[o.obj])}
