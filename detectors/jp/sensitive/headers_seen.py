"""A header cell read again as its rows' composed label (sens23): `食事・礼拝の配慮` in a table's first
row and `食事・礼拝の配慮: …` in the rows under it. The cell is the column's name, no one's value,
whatever words it holds."""

from __future__ import annotations


def a_header_cell(text: str, start: int, end: int) -> bool:
    """Whether the phrase [start, end) fills a cell whose whole text is used as a label in the text."""
    cell_start = max(text.rfind("\t", 0, start), text.rfind("\n", 0, start)) + 1
    ends = [i for i in (text.find("\t", end), text.find("\n", end)) if i >= 0]
    cell_end = min(ends, default=len(text))
    cell = text[cell_start:cell_end]
    return bool(cell) and ": " not in cell and (f"\t{cell}: " in text or f"\n{cell}: " in text)
