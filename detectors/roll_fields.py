"""The fields of a roll's line whose header was lost: a PDF's row read back as text, a list
pasted into a mail, a CSV saved without its first line. No tab may tell the fields apart; a
tab, two blanks or more, an ideographic blank, a comma or a bar does (a name's own single
blank, 山田 太郎, stays inside its field)."""

from __future__ import annotations

import re

SEPARATOR = re.compile(r"\t| {2,}|　|[ \t]*[,，、|｜][ \t]*")
EDGE_BEFORE = (" ", "\t", "　", ",", "，", "、", "|", "｜")  # the last character before a field


def fields(line: str) -> list[str]:
    """The line's fields, stripped, empty ones left out."""
    return [f.strip() for f in SEPARATOR.split(line) if f.strip()]


def alone_in_field(text: str, start: int, end: int, line_start: int, line_end: int) -> bool:
    """Whether [start, end) is a whole field of its line (the line's start or a field's edge
    before it, the line's end or a separator after it)."""
    before_ok = start == line_start or text[start - 1] in EDGE_BEFORE
    return before_ok and (end == line_end or SEPARATOR.match(text, end, line_end) is not None)
