"""Where in an object a value is: daicho's location strings read as (unit, kind,
number) — a row of a sheet or table (`名簿!C5`, `B7`, `table2!A4`), a line of a text
unit (`L7`, `body:L3`, `page1:L12`), a Word paragraph (`p12`). A finding and a
planted value are in the same place when these agree; the column of a cell does
not matter (a record is a row)."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

_CELL = re.compile(r"^(?P<unit>.*!)?(?P<column>[A-Z]{1,3})(?P<number>\d+)$")
_LINE = re.compile(r"^(?P<unit>[^!]*[:!])?L(?P<number>\d+)$")
_PARAGRAPH = re.compile(r"^(?P<unit>.*!)?p(?P<number>\d+)$")
TABULAR = (".csv", ".tsv", ".xlsx", ".xlsm", ".xls")

Place = tuple[str, str, int]


def is_tabular(path: str) -> bool:
    inner = re.sub(r"#\d+$", "", path.rsplit("!", 1)[-1])  # the 2nd of one name: name#2
    return PurePosixPath(inner).suffix.lower() in TABULAR


def place_of(location: str | None, path: str) -> Place | None:
    """(unit, kind, number) of a location; `L12` is a cell in a sheet, a line elsewhere."""
    if not location:
        return None
    patterns = [("row", _CELL), ("line", _LINE)] if is_tabular(path) else [("line", _LINE), ("row", _CELL)]
    for kind, pattern in patterns + [("paragraph", _PARAGRAPH)]:
        found = pattern.match(location)
        if found:
            return found.group("unit") or "", kind, int(found.group("number"))
    return location, "other", 0


def line_place(line: int) -> Place:
    """The place of a truth item given by line number (the wiki set's `line`)."""
    return "", "line", int(line)
