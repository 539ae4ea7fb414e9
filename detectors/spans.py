"""Span bookkeeping shared by the recognizers and the detector."""

from __future__ import annotations

import bisect
from collections.abc import Callable

from presidio_analyzer import RecognizerResult

LONGEST_MATCH = 256  # no pattern matches more (an address with its building is the longest)

Span = tuple[int, int, str]  # start, end, entity type


def keep_ranked(ranked: list[RecognizerResult],
                clashes: Callable[[RecognizerResult, Span], bool]) -> list[RecognizerResult]:
    """Results in rank order, each kept unless it clashes with one kept before it.
    Kept spans are held sorted, and only those starting within LONGEST_MATCH before
    a result (up to its end) can overlap or contain it: no pairwise scan."""
    kept: list[RecognizerResult] = []
    # kept spans by start, in three parallel lists: ints bisect faster than tuples,
    # and most results overlap no kept span, told by the largest end in C
    starts: list[int] = []
    ends: list[int] = []
    spans: list[Span] = []
    for result in ranked:
        start, end = result.start, result.end
        low = bisect.bisect_left(starts, start - LONGEST_MATCH)
        high = bisect.bisect_left(starts, end)
        if low < high and max(ends[low:high]) > start and any(
                clashes(result, span) for span in spans[low:high] if span[1] > start):
            continue
        kept.append(result)
        index = bisect.bisect_right(starts, start)
        starts.insert(index, start)
        ends.insert(index, end)
        spans.insert(index, (start, end, result.entity_type))
    return kept


def _inside(result: RecognizerResult, span: Span) -> bool:
    start, end, entity = span
    return start <= result.start and result.end <= end and entity == result.entity_type


def without_contained(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Presidio's remove_duplicates without its pairwise loop (quadratic on a table
    of a few hundred rows): best score first, then earlier and longer; a result
    inside one of its type kept before it goes."""
    return keep_ranked(sorted(results, key=lambda r: (-r.score, r.start, -(r.end - r.start))), _inside)


def overlaps_any(result: RecognizerResult, fields: list[RecognizerResult]) -> bool:
    """Whether result overlaps one of fields (in text order, not overlapping each other)."""
    i = bisect.bisect_left(fields, result.end, key=lambda f: f.start) - 1
    return i >= 0 and fields[i].end > result.start


def one_per_span(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """One result per span (two tiers may find the same name), the highest score kept."""
    best: dict[tuple[int, int], RecognizerResult] = {}
    for result in results:
        kept = best.get((result.start, result.end))
        if kept is None or result.score > kept.score:
            best[(result.start, result.end)] = result
    return list(best.values())
