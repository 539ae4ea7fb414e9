"""A contact that recurs across a folder's objects, tied to no one person, is the
organisation's own (issue 12, recur25).

An organisation's forms, notices and mails all carry its letterhead, footer, signature
and 振込先: its TEL, mailbox, address and account stand in many objects of one folder,
each about someone else. A person's contact stands with that person: a member's phone
in two rosters is in each a row naming the member. So a contact value found in
RECURRING_IN objects or more of one folder is the organisation's when no one person is
tied to it (by the object's data subjects) in two of those objects, and it never stands
in a mail header (the mailbox a folder's mails are sent to is its owner's, a person's).
scanner.repeated_lines applies the same principle to the pages of one document.

A contact an object's own rules set aside as the organisation's (its letterhead read within
the file: scanner.own_values) still stands in that object tied to no one, and counts (share28).
A contact so proven in one folder is the organisation's in the other folders of its top folder
too (own_elsewhere): its departments and years keep one letterhead.

Only values that name one holder count: a phone, a mailbox, an account, an address down
to its number. A postal code or a prefecture and city is shared by neighbours (two
members of a roster, people of one town) and proves nothing by recurring.

Values are compared as given: raw inside the process that read them (`daicho check`),
keyed hashes at rest (the inventory); the same holds for the people's names.
"""

from __future__ import annotations

import posixpath
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from detectors.entities import ADDRESS, BANK_ACCOUNT, EMAIL, PHONE, POSTAL_CODE

# K: measured on development corpora 7-24 (their truth): of the contact look-alikes the
# writers planted, 4,932 of 8,830 recur in 3 objects or more of one folder, of the true
# contact values 281 of 51,345 (postal codes and prefecture+city shared by people, which
# never count here); 2 objects would take in 342 more true values (two rosters of one
# member, a couple's shared line) for 346 more look-alikes, 4 would leave 314 look-alikes.
RECURRING_IN = 3
# The scope is the folder holding the object's file (an archive's members, a mailbox's
# messages count in the folder of the archive, the mailbox). The top folder under the
# scanned root recurs in 19 more look-alikes and no more true values on the development
# corpora, but a real share's top folder holds thousands of rosters, where coincidences
# grow with the people; a letterhead's documents sit together in one folder.
# A contact proven the organisation's in one folder is its own in the other folders of the same
# top folder under the scanned root too, standing there in fewer objects (share28): an
# organisation's departments and years share one letterhead. Measured on development corpora
# 7-26 (their truth): 71 look-alikes stand so, no true value; across top folders 145 more
# look-alikes and no true value, but a top folder is what one organisation's files fill (a
# share's top folders may be strangers to each other), and `daicho check` holds a top folder's
# records until the walk leaves it, not the whole share's.
ONE_HOLDER_TYPES = frozenset({PHONE, EMAIL, BANK_ACCOUNT, ADDRESS})
# Kept with their holders too, never counted as recurring: a postal code follows the
# organisation's own contact it stands beside (inventory.own_postcodes, share26).
BESIDE_TYPES = frozenset({POSTAL_CODE})
_NUMBER = re.compile(r"[0-9０-９]")
SEPARATOR = "!"
IN_A_HEADER = "header"  # among a stored finding's holders: it stood in a mail header

Key = tuple[str, str, str]  # scope, entity type, value (or its keyed hash)


@dataclass(frozen=True)
class Occurrence:
    scope: str
    entity_type: str
    value: str
    obj: str  # the object it was found in
    people: frozenset[str] = frozenset()  # names (keys) of the data subjects holding it there
    header: bool = False  # in a mail's header (From/To/Cc)
    place: str = ""  # its location in the object (a line, paragraph, cell)
    times: int = 1  # how often it stands in the object at this record (a stored row counts its repeats)

    @property
    def key(self) -> Key:
        return self.scope, self.entity_type, self.value


def scope_of(root: str, uri: str) -> str:
    """The folder holding the file an object is in, under its scanned root."""
    return f"{root}\x00{posixpath.dirname(uri.split(SEPARATOR, 1)[0])}"


def area_of(scope: str) -> str:
    """The top folder under the scanned root holding a folder (scope_of); files right under the
    root are an area of their own."""
    root, folder = scope.split("\x00", 1)
    return f"{root}\x00{folder.split('/', 1)[0]}"


def names_one_holder(entity_type: str, value: str | None) -> bool:
    """A contact value that is one holder's (an address only down to its number)."""
    if entity_type not in ONE_HOLDER_TYPES:
        return False
    return entity_type != ADDRESS or bool(value and _NUMBER.search(value))


def held_with_holders(entity_type: str, value: str | None) -> bool:
    """A contact whose holders are kept: one that names one holder, or a postal code."""
    return entity_type in BESIDE_TYPES or names_one_holder(entity_type, value)


def stored_holders(people: Iterable[str], header: bool) -> str:
    """The `holders` of a stored finding: its people's name keys, and whether it stood in a header."""
    keys = sorted({*people, *([IN_A_HEADER] if header else [])})
    return keys[0] if len(keys) == 1 else ",".join(keys)  # one name: its hash itself (pickled once)


def from_stored(scope: str, entity_type: str, value_hmac: str, obj: str, holders: str, place: str = "",
                times: int = 1) -> Occurrence:
    people = frozenset(holders.split(",")) - {""}
    return Occurrence(scope, entity_type, value_hmac, obj, people - {IN_A_HEADER}, IN_A_HEADER in people, place, times)


class _Tally:
    """Where one contact stands: its objects, the objects tying it to each person, a mail header."""

    def __init__(self) -> None:
        self.objects: set[str] = set()
        self.tied: dict[str, set[str]] = defaultdict(set)
        self.header = False

    def add(self, occurrence: Occurrence) -> None:
        self.objects.add(occurrence.obj)
        for person in occurrence.people:
            self.tied[person].add(occurrence.obj)
        self.header = self.header or occurrence.header

    def personal(self) -> bool:
        """In a mail header, or tied to one person in two objects."""
        return self.header or any(len(where) >= 2 for where in self.tied.values())


def _tallied(occurrences: Iterable[Occurrence], wanted: Callable[[Occurrence], bool]) -> dict[Key, _Tally]:
    tallies: dict[Key, _Tally] = defaultdict(_Tally)
    for occurrence in occurrences:
        if wanted(occurrence):
            tallies[occurrence.key].add(occurrence)
    return tallies


def organisations_own(occurrences: Iterable[Occurrence]) -> set[Key]:
    """The (scope, type, value) of contacts that are the organisation's own (see the module)."""
    tallies = _tallied(occurrences, lambda o: o.entity_type in ONE_HOLDER_TYPES)
    return {key for key, tally in tallies.items() if len(tally.objects) >= RECURRING_IN and not tally.personal()}


def own_elsewhere(occurrences: Iterable[Occurrence], own: set[Key]) -> set[Key]:
    """The (scope, type, value) of contacts that are the organisation's own in another folder of
    their area (area_of), standing here in no mail header and tied to no one person in two objects."""
    proven = {(area_of(scope), entity_type, value) for scope, entity_type, value in own}
    if not proven:
        return set()
    tallies = _tallied(occurrences, lambda o: o.key not in own and (area_of(o.scope), o.entity_type, o.value) in proven)
    return {key for key, tally in tallies.items() if not tally.personal()}
