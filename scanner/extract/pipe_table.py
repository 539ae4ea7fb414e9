"""Markdown and pipe tables in plain text (`| 氏名 | 生年月日 | 入社日 |` over a `|---|`
rule): their lines become tab-separated cells and the text is read as text with
tables (scanner.extract.tabbed), so a column's header labels each of its cells; read
as prose, a date took the label of whichever header word stood nearest (入社日 beside
生年月日 in the header line)."""

from __future__ import annotations

import re

_CELL_RULE = r"[ \t]*:?-{3,}:?[ \t]*"
_RULE = re.compile(rf"^[ \t]*\|?{_CELL_RULE}(?:\|{_CELL_RULE})+\|?[ \t]*$", re.MULTILINE)
_ROW = re.compile(r"^[ \t]*\|(?P<cells>.*)\|[ \t]*$")


def has_pipe_table(text: str) -> bool:
    return "|" in text and _RULE.search(text) is not None


def pipes_as_tabs(text: str) -> str:
    """The text with each pipe row as tab-separated cells; a rule line moves to the end
    of its table as a blank line (the header must touch its rows; the lines after the
    table keep their numbers)."""
    lines, rules = [], 0
    for line in text.split("\n"):
        row = _ROW.match(line)
        if _RULE.fullmatch(line):
            rules += 1
            continue
        if row:
            line = "\t".join(cell.strip() or " " for cell in row["cells"].split("|"))
        else:
            lines.extend([""] * rules)
            rules = 0
        lines.append(line)
    return "\n".join(lines + [""] * rules)
