"""Split long text for Sudachi (at most 49,149 UTF-8 bytes per call) and spaCy
(at most 1,000,000 characters), preferring line breaks, with an overlap so that
a match spanning a boundary lies whole inside the next chunk."""

from __future__ import annotations

from collections.abc import Iterator

MAX_CHUNK_BYTES = 40_000
OVERLAP_CHARS = 256


def _fits(text: str, limit: int) -> bool:
    # 4 bytes per char is the UTF-8 worst case: skip encoding when clearly small.
    return len(text) * 4 <= limit or len(text.encode("utf-8")) <= limit


def _cut_point(text: str, start: int, limit: int) -> int:
    """Largest end so that text[start:end] fits in limit bytes, at a newline if any."""
    low, high = start + 1, len(text)
    while low < high:  # binary search on the byte size
        middle = (low + high + 1) // 2
        if _fits(text[start:middle], limit):
            low = middle
        else:
            high = middle - 1
    newline = text.rfind("\n", start, low)
    return newline + 1 if newline > start + (low - start) // 2 else low


def chunk_spans(text: str, limit: int = MAX_CHUNK_BYTES,
                overlap: int = OVERLAP_CHARS) -> Iterator[tuple[int, int]]:
    """Yield [start, end) spans covering text; consecutive spans overlap."""
    if _fits(text, limit):
        yield 0, len(text)
        return
    start = 0
    while start < len(text):
        end = _cut_point(text, start, limit)
        yield start, end
        if end >= len(text):
            return
        start = max(end - overlap, start + 1)
