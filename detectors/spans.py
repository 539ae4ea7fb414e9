"""Span bookkeeping shared by the recognizers and the detector."""

from __future__ import annotations

import bisect
import math

from presidio_analyzer import RecognizerResult

LONGEST_MATCH = 256  # no pattern matches more (an address with its building is the longest)


def without_contained(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Presidio's remove_duplicates for results of one type, without its pairwise
    loop (quadratic on a table of a few hundred rows): best score first, then
    earlier and longer; a result inside one kept before it goes."""
    ranked = sorted(results, key=lambda r: (-r.score, r.start, -(r.end - r.start)))
    kept: list[RecognizerResult] = []
    spans: list[tuple[int, int]] = []  # kept spans, sorted
    for result in ranked:
        low = bisect.bisect_left(spans, (result.end - LONGEST_MATCH,))
        high = bisect.bisect_right(spans, (result.start, math.inf))
        if not any(end >= result.end for _, end in spans[low:high]):
            kept.append(result)
            bisect.insort(spans, (result.start, result.end))
    return kept
