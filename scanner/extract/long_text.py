"""Text of any length as units of bounded size, read as it arrives.

A 150 MB text without a line break was one unit: its decoded text, its
normalised copy and a map of every character's origin held at once (4.7 GB).
Units are cut at a line break where there is one near the end of a unit, else
anywhere; each unit after the first starts with the last UNIT_OVERLAP
characters of the one before, so that a context word above a value, or a
value cut in two, is seen whole (findings wholly inside that repeated start
were found in the unit before: TextUnit.overlap tells the scanner to skip
them). Lines are counted on from unit to unit.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from scanner.extract.base import TextUnit, line_starts

UNIT_CHARS = 1_000_000  # characters a unit may hold besides the repeated start
UNIT_OVERLAP = 512  # more than a context window (300 characters) and any one value
def _unit(text: str, location: str, first_line: int, overlap: int) -> TextUnit:
    return TextUnit(text=text, location=location, line_starts=line_starts(text), first_line=first_line,
                    overlap=overlap)


def _cut(buffer: str, low: int, high: int) -> int:
    """Where a unit ending by high is cut: after its last line break past low,
    else at high."""
    newline = buffer.rfind("\n", low, high)
    return newline + 1 if newline >= 0 else high


def text_units(pieces: Iterable[str], location: str = "") -> Iterator[TextUnit]:
    """Units of the text made of pieces (each piece any length), in order."""
    buffer, start, overlap, first_line = "", 0, 0, 1  # the next unit starts at start
    for piece in pieces:
        buffer, start = buffer[start:] + piece, 0  # what is not yet in a unit, and the piece
        while len(buffer) - start - overlap >= UNIT_CHARS:
            fresh = start + overlap
            end = _cut(buffer, fresh + UNIT_CHARS // 2, fresh + UNIT_CHARS)
            yield _unit(buffer[start:end], location, first_line, overlap)
            carried = min(UNIT_OVERLAP, end - fresh)
            first_line += buffer.count("\n", start, end - carried)
            start, overlap = end - carried, carried
    if len(buffer) - start > overlap or not overlap:
        yield _unit(buffer[start:], location, first_line, overlap)
