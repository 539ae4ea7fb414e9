"""Where a line starts and ends around a position: "on the same line" (a table
row is one line) is how several rules tie a finding to a person."""

from __future__ import annotations


def line_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """(first offset of the line holding start, offset of the line break after end,
    or the text's end); end defaults to start."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start if end is None else end)
    return line_start, len(text) if line_end < 0 else line_end


def row_above(text: str, row: int) -> int:
    """The first offset of the table row above the line starting at row: the line
    above, or the one above it across one blank line (an HTML table's text puts one
    between rows; two end the table)."""
    above = text.rfind("\n", 0, row - 1) + 1
    if above == row - 1 and above > 0 and text[above - 2:above] != "\n\n":
        above = text.rfind("\n", 0, above - 1) + 1
    return above
