"""One person's pieces in one object (segments of records, scanner.subjects)
joined, and each person described by the forms the inventory hashes.

Within one object a name is enough to join: the same folded name, a katakana
name that is the dictionary reading of exactly one kanji name, a surname alone
that belongs to exactly one full name (a surname shared by two people joins
neither, and names no one). A shared identifier joins too, an e-mail or phone
only where the names do not differ (a household's phone, an emergency
contact's number). A piece with neither a name nor an identifier is no one.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from detectors.entities import DATE_OF_BIRTH, IDENTIFIER_CODES, PERSON, SENSITIVE
from detectors.name_forms import KANA, KANJI, LATIN, NameReader, fold_name, script_of
from inventory.records import FindingRecord, SubjectRecord
from scanner.subject_keys import LINK_TYPES, link_keys

MAX_LOCATIONS = 20  # where a person stands in one object, as shown by `locate`
SINGLE_VALUED = IDENTIFIER_CODES | {DATE_OF_BIRTH}  # one person has one
NAME_ORDER = (KANJI, KANA, LATIN)


def compatible(one: str, other: str) -> bool:
    """The same name, or one a part of the other (山田 in 山田太郎)."""
    return one.startswith(other) or other.startswith(one)


def name_of(finding: FindingRecord) -> tuple[str, str | None]:
    folded = fold_name(finding.text or finding.value)
    return folded, script_of(folded)


@dataclass
class Segment:
    """The findings of one person within a record, and the names said of them."""

    findings: list[FindingRecord] = field(default_factory=list)
    names: dict[str, list[str]] = field(default_factory=dict)  # script -> folded names

    def takes(self, name: str, script: str | None) -> bool:
        known = self.names.get(script or "", [])
        return not known or any(compatible(name, other) for other in known)

    def add(self, finding: FindingRecord, name: tuple[str, str | None] | None = None) -> None:
        self.findings.append(finding)
        if name is not None:
            self.names.setdefault(name[1] or "", []).append(name[0])


def conflict(one: dict[str, set[str]], other: dict[str, set[str]]) -> bool:
    """Two people whose names, in a script both are named in, never agree."""
    return any(one.get(s) and other.get(s) and not any(compatible(a, b) for a in one[s] for b in other[s])
               for s in NAME_ORDER)


def _single_values(segment: Segment) -> dict[str, set[str]]:
    values: dict[str, set[str]] = {}
    for finding in segment.findings:
        if finding.entity_type in SINGLE_VALUED:
            values.setdefault(finding.entity_type, set()).add(finding.value)
    return values


def contradict(one: dict[str, set[str]], other: dict[str, set[str]]) -> bool:
    """Two dates of birth, two My Numbers …: two people, whatever their names."""
    return any(one[kind].isdisjoint(other[kind]) for kind in one.keys() & other.keys())


class _Clusters:
    """Union-find over the segments of one object, with the name forms and the
    single-valued data (date of birth, identifier codes) of each cluster."""

    def __init__(self, segments: list[Segment], reader: NameReader) -> None:
        self.parent = list(range(len(segments)))
        self.forms: list[dict[str, set[str]]] = []
        self.values = [_single_values(segment) for segment in segments]
        for segment in segments:
            forms = {script: set(names) for script, names in segment.names.items()}
            readings = {r for name in forms.get(KANJI, ()) if (r := reader.reading(name))}
            if readings:
                forms.setdefault(KANA, set()).update(readings)
            self.forms.append(forms)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int, check_names: bool = True) -> None:
        i, j = self.find(i), self.find(j)
        if i == j or contradict(self.values[i], self.values[j]) or \
                (check_names and conflict(self.forms[i], self.forms[j])):
            return
        self.parent[j] = i
        for mine, theirs in ((self.forms[i], self.forms[j]), (self.values[i], self.values[j])):
            for kind, forms in theirs.items():
                mine.setdefault(kind, set()).update(forms)


def _join_by_name(segments: list[Segment], clusters: _Clusters) -> None:
    first: dict[str, int] = {}
    for i, segment in enumerate(segments):
        for names in segment.names.values():
            for name in names:
                clusters.union(first.setdefault(name, i), i, check_names=False)


def _join_by_reading(segments: list[Segment], clusters: _Clusters) -> None:
    """A katakana-only piece joins the one kanji name the dictionary reads so."""
    readers: dict[str, set[int]] = {}
    for i, segment in enumerate(segments):
        if KANJI in segment.names:
            for reading in clusters.forms[i].get(KANA, ()):
                readers.setdefault(reading, set()).add(i)
    for i, segment in enumerate(segments):
        if KANJI not in segment.names and KANA in segment.names:
            roots = {clusters.find(j) for name in segment.names[KANA] for j in readers.get(name, ())}
            if len(roots) == 1:
                clusters.union(roots.pop(), i)


def _owners(index: list[tuple[str, int]], keys: list[str], name: str, clusters: _Clusters) -> set[int]:
    """The people named by longer names that start with name."""
    longer = index[bisect.bisect_right(keys, name):bisect.bisect_left(keys, name + "\uffff")]
    return {clusters.find(j) for _, j in longer}


def _join_surnames(segments: list[Segment], clusters: _Clusters) -> None:
    """A piece named only by parts of longer names joins the one person they belong to."""
    index = sorted((name, i) for i, s in enumerate(segments) for names in s.names.values() for name in names)
    keys = [name for name, _ in index]
    for i, segment in enumerate(segments):
        mine = {name for names in segment.names.values() for name in names}
        owners = [_owners(index, keys, name, clusters) for name in mine]
        if not mine or not all(owners) or clusters.find(i) in set().union(*owners):
            continue  # a full name of its own, or already with its person
        people = set().union(*owners)
        if len(people) == 1:
            clusters.union(people.pop(), i, check_names=False)
        else:
            segment.names.clear()  # 山田 where 山田太郎 and 山田花子 are both named: neither


def _join_by_identifier(segments: list[Segment], clusters: _Clusters) -> None:
    first: dict[tuple[str, str], int] = {}
    for i, segment in enumerate(segments):
        for finding in segment.findings:
            if finding.entity_type in LINK_TYPES:
                key = (finding.entity_type, finding.value)
                clusters.union(first.setdefault(key, i), i, check_names=finding.entity_type not in IDENTIFIER_CODES)


def _unique(items) -> tuple:
    return tuple(dict.fromkeys(items))


def _findings(pieces: list[Segment]) -> tuple[tuple, tuple, tuple]:
    """(values, types, locations) of a person's findings, each once, in one pass."""
    values, types, locations = {}, {}, {}
    for piece in pieces:
        for f in piece.findings:
            values[(f.entity_type, f.value)] = None
            types[f"{SENSITIVE}:{f.category}" if f.entity_type == SENSITIVE and f.category else f.entity_type] = None
            locations[f.location] = None
    return tuple(values), tuple(types), tuple(locations)[:MAX_LOCATIONS]


def _names(pieces: list[Segment]) -> tuple[str | None, tuple, tuple, tuple]:
    """(script, names in it, names in other scripts, names that are parts of others)."""
    by_script: dict[str, dict[str, None]] = {}
    for piece in pieces:
        for kind, found in piece.names.items():
            by_script.setdefault(kind, {}).update(dict.fromkeys(found))
    every = [n for s in NAME_ORDER for n in by_script.get(s, ())]
    parts = {n for n in every if any(o != n and o.startswith(n) for o in every)} if len(every) > 1 else set()
    kept = [n for n in every if n not in parts]
    script = next((s for s in NAME_ORDER if any(n in by_script.get(s, ()) for n in kept)), None)
    names = tuple(n for n in kept if script and n in by_script[script])
    return script, names, tuple(n for n in kept if n not in names), tuple(n for n in every if n in parts)


def _describe(pieces: list[Segment], reader: NameReader) -> SubjectRecord | None:
    values, types, locations = _findings(pieces)
    script, names, alternates, parts = _names(pieces)
    if not names and not any(kind in LINK_TYPES for kind, _ in values):
        return None
    kanji = names if script == KANJI else ()
    readings = _unique(r for n in kanji if (r := reader.reading(n)) and r not in alternates)
    surnames = (s for n in kanji if (s := reader.surname(n)) and s not in names and s not in alternates)
    return SubjectRecord(
        names=names, alternates=alternates, readings=readings, aliases=_unique([*parts, *surnames]),
        links=tuple(link_keys([*names, *alternates, *readings], [v for v in values if v[0] != PERSON])),
        values=values, types=types, locations=locations, script=script)


def merge_segments(segments: list[Segment], reader: NameReader) -> list[SubjectRecord]:
    clusters = _Clusters(segments, reader)
    _join_by_name(segments, clusters)
    _join_by_reading(segments, clusters)
    _join_surnames(segments, clusters)
    _join_by_identifier(segments, clusters)
    people: dict[int, list[Segment]] = {}
    for i, segment in enumerate(segments):
        people.setdefault(clusters.find(i), []).append(segment)
    return [s for pieces in people.values() if (s := _describe(pieces, reader)) is not None]
