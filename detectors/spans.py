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
    spans: list[Span] = []
    ends: list[int] = []  # ends[i] is spans[i]'s: most results overlap no kept span, told in C
    for result in ranked:
        low = bisect.bisect_left(spans, (result.start - LONGEST_MATCH,))
        high = bisect.bisect_left(spans, (result.end,))
        if low < high and max(ends[low:high]) > result.start and any(
                clashes(result, span) for span in spans[low:high] if span[1] > result.start):
            continue
        kept.append(result)
        span = (result.start, result.end, result.entity_type)
        index = bisect.bisect_left(spans, span)
        spans.insert(index, span)
        ends.insert(index, result.end)
    return kept


def _inside(result: RecognizerResult, span: Span) -> bool:
    start, end, entity = span
    return start <= result.start and result.end <= end and entity == result.entity_type


def without_contained(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Presidio's remove_duplicates without its pairwise loop (quadratic on a table
    of a few hundred rows): best score first, then earlier and longer; a result
    inside one of its type kept before it goes."""
    return keep_ranked(sorted(results, key=lambda r: (-r.score, r.start, -(r.end - r.start))), _inside)
