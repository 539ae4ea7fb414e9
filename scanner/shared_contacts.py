"""Records of files read now (`daicho check`), with the organisation's own contacts set
aside: a contact recurring across a folder's objects, tied to no one person
(inventory.own_contacts), and the postal codes beside them (inventory.own_postcodes);
scanner.repeated_lines does the same within one document.

Whether a value recurs is known once its folder is read, and whether one proven in a folder
stands in another of its top folder (inventory.own_contacts.own_elsewhere) once that top
folder is: the records of a top folder under the root are held (findings only, never texts)
until the walk has left it, then released. The crawl walks depth first in a stable order, so
a top folder is done when an entry arrives that is neither in it nor under it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from inventory.own_contacts import Key, Occurrence, area_of, held_with_holders, organisations_own, own_elsewhere, scope_of
from inventory.own_postcodes import Placed, beside_own
from inventory.records import FindingRecord, ObjectRecord, SubjectRecord
from scanner.record_refs import HEADER_LOCATION

Release = Callable[[int], None]  # told how many findings a released folder set aside


def _holders(subjects: list) -> dict[tuple[str, str], frozenset[str]]:
    """(entity type, value) -> the names of the object's people holding it."""
    holders: dict[tuple[str, str], set[str]] = {}
    for subject in subjects:
        if isinstance(subject, SubjectRecord) and subject.names:
            for value in subject.values:
                holders.setdefault(value, set()).add(subject.names[0])
    return {value: frozenset(names) for value, names in holders.items()}


def _in_header(finding: FindingRecord) -> bool:
    return finding.location.startswith(HEADER_LOCATION) or bool(finding.record and finding.record[0].startswith("h:"))


def contact_holders(obj: ObjectRecord) -> dict[int, tuple[frozenset[str], bool]]:
    """id of each contact finding whose holders are kept (a one-holder contact, a postal code)
    of an object read in this process (raw values) -> the names of its people holding it,
    and whether it stands in a mail header."""
    holders = _holders(obj.subjects)
    return {id(f): (holders.get((f.entity_type, f.value), frozenset()), _in_header(f)) for f in obj.findings
            if f.value is not None and held_with_holders(f.entity_type, f.value)}


def occurrences(root: str, record: ObjectRecord) -> Iterator[Occurrence]:
    """The contacts kept with their holders of an object tree read in this process (raw values),
    and those its own rules set aside as the organisation's, tied to no one (scanner.own_values)."""
    for obj in record.walk():
        scope, holders = scope_of(root, obj.uri), contact_holders(obj)
        for f in obj.findings:
            if (held := holders.get(id(f))) is not None:
                yield Occurrence(scope, f.entity_type, f.value, obj.uri, *held, place=f.location)
        for entity_type, value in obj.own_values:
            yield Occurrence(scope, entity_type, value, obj.uri)


def set_aside(root: str, records: list[ObjectRecord], own: set[Key], beside: set[Placed] = frozenset()) -> int:
    """Drop the findings of the organisation's own contacts and of the postal codes beside
    them; how many were dropped."""
    dropped = 0
    for record in records:
        for obj in record.walk():
            scope = scope_of(root, obj.uri)
            kept = [f for f in obj.findings if (scope, f.entity_type, f.value) not in own
                    and (obj.uri, f.entity_type, f.value) not in beside]
            dropped += len(obj.findings) - len(kept)
            obj.findings[:] = kept
    return dropped


# Memory stays bounded on a share whose one top folder holds millions of files: past this
# many held findings the held records are released early, the rule judging what was read.
HELD_FINDINGS_LIMIT = 500_000


class FolderHold:
    """Holds records until their top folder is read, then releases them with the
    organisation's own contacts set aside."""

    def __init__(self, root: str, released: Release | None = None, limit: int = HELD_FINDINGS_LIMIT) -> None:
        self.root = root
        self.released = released
        self.limit = limit
        self._held: dict[str, list[ObjectRecord]] = {}
        self._findings = 0

    def add(self, record: ObjectRecord) -> Iterator[ObjectRecord]:
        """Hold record; release the folders the walk has left (all held, past the limit)."""
        area = area_of(scope_of(self.root, record.uri))
        done = [held for held in self._held if not _within(area, held)]
        for held in done:
            yield from self._release(held)
        self._held.setdefault(area, []).append(record)
        self._findings += sum(len(obj.findings) for obj in record.walk())
        if self._findings > self.limit:
            yield from self.finish()

    def finish(self) -> Iterator[ObjectRecord]:
        for held in list(self._held):
            yield from self._release(held)
        self._findings = 0

    def _release(self, area: str) -> Iterator[ObjectRecord]:
        records = self._held.pop(area)
        found = [o for record in records for o in occurrences(self.root, record)]
        own = organisations_own(found)
        own |= own_elsewhere(found, own)  # in the area's other folders
        dropped = set_aside(self.root, records, own, beside_own(found, own)) if own else 0
        if self.released is not None:
            self.released(dropped)
        yield from records


def _within(folder: str, held: str) -> bool:
    """Whether folder is held or under it (the walk is still inside held)."""
    return folder == held or folder.startswith(held.rstrip("/") + "/") or held.endswith("\x00")


def held_by_folder(root: str, records: Iterable[ObjectRecord], released: Release | None = None
                   ) -> Iterator[ObjectRecord]:
    """records, each released once its folder is read, the organisation's own contacts set aside."""
    hold = FolderHold(root, released)
    for record in records:
        yield from hold.add(record)
    yield from hold.finish()
