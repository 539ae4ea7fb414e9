"""Where a line starts and ends around a position: "on the same line" (a table
row is one line) is how several rules tie a finding to a person."""

from __future__ import annotations


def line_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """(first offset of the line holding start, offset of the line break after end,
    or the text's end); end defaults to start."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start if end is None else end)
    return line_start, len(text) if line_end < 0 else line_end
