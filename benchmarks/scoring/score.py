"""Findings against planted truth, per entity type.

A finding is right when a planted value of its type (and, for SENSITIVE, of its
category) is in the same object, in the same place when the truth says where
(same row of a sheet or table, same line, same paragraph), and the texts match by
the rule of the type (benchmarks/scoring/values.py). Every value a right finding
matches is found (as /work/shared/hooks/wiki_person_score.py counts). Precision is
right findings over all findings; recall is found values over all values.

Neither right nor wrong: a finding that matches an optional value (a 本籍 reported
as an address, a normal check-up value), and — when the truth declares
`unlabelled_repeats` — a PERSON finding elsewhere in the object whose text is part
of (or all of) a labelled name: a later partial mention (山田 after 山田太郎).
A wrong finding that matches a look-alike (negative) flags it."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from benchmarks.scoring.records import Planted, Reported, Truth
from benchmarks.scoring.values import compact, matches

ANY_CATEGORY = "SENSITIVE (any category)"


@dataclass
class Score:
    rows: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    clean_files: int = 0
    clean_false: int = 0
    negatives: Counter = field(default_factory=Counter)  # look-alikes planted, by kind
    flagged: Counter = field(default_factory=Counter)  # of them reported, by kind
    ignored: int = 0
    unread: list[dict] = field(default_factory=list)
    in_unread: int = 0
    errors: list[tuple] = field(default_factory=list)


def _same_place(item: Planted, finding: Reported) -> bool:
    return item.place is None or item.place == finding.place


def _hits(finding: Reported, candidates: list[Planted], strict: bool) -> list[Planted]:
    return [item for item in candidates
            if item.entity_type == finding.entity_type and _same_place(item, finding)
            and (not strict or finding.entity_type != "SENSITIVE" or item.category == finding.category)
            and matches(item.entity_type, item.value, finding.text, item.date)]


def _repeat(finding: Reported, positives: list[Planted]) -> bool:
    """A name mentioned again, in part or in full, where no label is."""
    text = compact(finding.text)
    return finding.entity_type == "PERSON" and bool(text) and any(
        item.entity_type == "PERSON" and (text in compact(item.value) or compact(item.value) in text)
        for item in positives)


def _flag(finding: Reported, negatives: list[Planted], flagged: set[int]) -> None:
    """Mark the look-alikes a wrong finding reports (by its type's rule or theirs)."""
    for item in negatives:
        if _same_place(item, finding) and (matches(finding.entity_type, item.value, finding.text, item.date)
                                          or matches(item.entity_type, item.value, finding.text, item.date)):
            flagged.add(id(item))


class _Object:
    """The truth of one object (a file, member or attachment), split by role."""

    def __init__(self, items: list[Planted]) -> None:
        self.positives = [i for i in items if not i.negative and not i.optional]
        self.optional = [i for i in items if i.optional]
        self.negatives = [i for i in items if i.negative]


def _judge(finding: Reported, obj: _Object, found: set, strict: bool, repeats: bool) -> str:
    """right / ignored / wrong; marks the values a right finding matches."""
    hits = _hits(finding, obj.positives, strict)
    if hits:
        found.update(id(item) for item in hits)
        return "right"
    if _hits(finding, obj.optional, False) or (repeats and _repeat(finding, obj.positives)):
        return "ignored"
    return "wrong"


def score(truth: Truth, findings: list[Reported], unread: list[dict] = ()) -> Score:
    result = Score(unread=list(unread), clean_files=len(truth.clean_files))
    grouped: dict[str, list[Planted]] = defaultdict(list)
    for item in truth.items:
        grouped[item.path].append(item)
    objects = {path: _Object(items) for path, items in grouped.items()}
    nothing, clean = _Object([]), truth.clean_files
    found_strict: set[int] = set()
    found_any: set[int] = set()
    flagged: set[int] = set()
    for finding in findings:
        obj = objects.get(finding.path, nothing)
        verdict = _judge(finding, obj, found_strict, True, truth.unlabelled_repeats)
        _count_finding(result, finding, verdict, finding.path.split("!", 1)[0] in clean)
        if verdict == "wrong":
            _flag(finding, obj.negatives, flagged)
        if finding.entity_type == "SENSITIVE":
            loose = _judge(finding, obj, found_any, False, truth.unlabelled_repeats)
            if loose != "ignored":
                result.rows[ANY_CATEGORY][loose] += 1
    _count_truth(result, truth, found_strict, found_any, flagged)
    return result


def _count_finding(result: Score, finding: Reported, verdict: str, in_clean_file: bool) -> None:
    if verdict == "ignored":
        result.ignored += 1
        return
    result.rows[finding.entity_type][verdict] += 1
    if finding.entity_type == "SENSITIVE":
        result.rows[f"SENSITIVE/{finding.category}"][verdict] += 1
    if verdict == "wrong":
        result.clean_false += in_clean_file
        result.errors.append(("FALSE", finding.path, finding.location, finding.entity_type, finding.category,
                              finding.text))


def _count_truth(result: Score, truth: Truth, found_strict: set, found_any: set, flagged: set) -> None:
    unread = {u["path"] for u in result.unread}
    for item in truth.items:
        if item.negative:
            result.negatives[item.kind or item.entity_type] += 1
            result.flagged[item.kind or item.entity_type] += id(item) in flagged
            continue
        if item.optional:
            continue
        found = id(item) in found_strict
        result.rows[item.entity_type]["found" if found else "missed"] += 1
        if item.entity_type == "SENSITIVE":
            result.rows[f"SENSITIVE/{item.category}"]["found" if found else "missed"] += 1
            result.rows[ANY_CATEGORY]["found" if id(item) in found_any else "missed"] += 1
        if not found:
            result.errors.append(("MISS", item.path, item.location, item.entity_type, item.category, item.value))
            if any(item.path == u or item.path.startswith(u + "!") for u in unread):
                result.in_unread += 1
