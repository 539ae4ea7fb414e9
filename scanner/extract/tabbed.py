"""Text whose tables are lines of tab-separated cells (Word 97 and RTF tables as
their readers give them): runs of two or more such lines become table units,
labelled by their header row like a docx table (`table1!C2`); the rest stays
text with line locations."""

from __future__ import annotations

from scanner.extract.base import TextUnit, text_unit
from scanner.extract.table import dense_rows, table_units


def _blocks(lines: list[str]) -> list[tuple[bool, list[str]]]:
    """(is_table, lines) in order: a table is a run of at least two tabbed lines."""
    blocks: list[tuple[bool, list[str]]] = []
    for line in lines:
        tabbed = "\t" in line.strip("\t")
        if blocks and blocks[-1][0] == tabbed:
            blocks[-1][1].append(line)
        else:
            blocks.append((tabbed, [line]))
    merged: list[tuple[bool, list[str]]] = []
    for tabbed, block in blocks:
        tabbed = tabbed and len(block) >= 2
        if merged and not tabbed and not merged[-1][0]:
            merged[-1][1].extend(block)
        else:
            merged.append((tabbed, block))
    return merged


def has_tabbed_table(text: str) -> bool:
    """Whether the text holds a table: a block _blocks calls one has two lines at least already."""
    return any(is_table for is_table, _ in _blocks(text.split("\n")))


def tabbed_units(text: str, location: str = "") -> list[TextUnit]:
    units: list[TextUnit] = []
    tables = 0
    for is_table, lines in _blocks(text.split("\n")):
        if is_table:
            tables += 1
            rows = [line.rstrip("\t").split("\t") for line in lines]
            units.extend(table_units(dense_rows(rows), sheet=f"{location}table{tables}"))
        elif any(line.strip() for line in lines):
            units.append(text_unit("\n".join(lines), location))
    return units
