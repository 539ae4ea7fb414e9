"""Split long text for Sudachi (at most 49,149 UTF-8 bytes per call) and spaCy
(at most 1,000,000 characters), preferring line breaks, with an overlap so that
a match spanning a boundary lies whole inside the next chunk."""

from __future__ import annotations

from collections.abc import Iterator

MAX_CHUNK_BYTES = 40_000
OVERLAP_CHARS = 256


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", errors="surrogatepass")  # a stray surrogate counts, not fails


def _fits(text: str, limit: int) -> bool:
    # 4 bytes per char is the UTF-8 worst case: skip encoding when clearly small.
    return len(text) * 4 <= limit or len(_utf8(text)) <= limit


def _cut_point(text: str, start: int, limit: int) -> int:
    """Largest end so that text[start:end] fits in limit bytes, at a newline if
    any in its second half. Only the next limit characters are looked at (no
    character is less than a byte): the cost of a chunk is the chunk's."""
    window = text[start:start + limit]
    if _fits(window, limit):
        low = start + len(window)
    else:  # the characters whose bytes fit whole
        low = start + len(_utf8(window)[:limit].decode("utf-8", errors="ignore"))
    newline = text.rfind("\n", start, low)
    return newline + 1 if newline > start + (low - start) // 2 else low


def chunk_spans(text: str, limit: int = MAX_CHUNK_BYTES,
                overlap: int = OVERLAP_CHARS) -> Iterator[tuple[int, int]]:
    """Yield [start, end) spans covering text; consecutive spans overlap."""
    if len(text) <= limit and _fits(text, limit):
        yield 0, len(text)
        return
    start = 0
    while start < len(text):
        end = _cut_point(text, start, limit)
        yield start, end
        if end >= len(text):
            return
        start = max(end - overlap, start + 1)
