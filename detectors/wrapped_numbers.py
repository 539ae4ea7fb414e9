"""An identifier broken over two lines, read as one value (lines28).

A narrow table cell wraps its number when a PDF's text is extracted or a sheet's cell
is typed with Alt+Enter, a mail body is wrapped at a fixed width, an OCR line ends
inside a number: `携帯：090-1234-` / `5678`, `マイナンバー：123456` / `789012`. Where a
line ends in a digit group that is no whole identifier yet, and the next line begins
with the digits that complete one, the line break is taken out of the normalised text
(or read as the blank a wrap at a blank lost), so every detector sees one value; the
normalised offsets still map back to the original, so a finding spans both parts.

The evidence that the line's digits are incomplete: a dangling separator
(`090-1234-`), or a label before them that names an identifier whose whole shape they
fall short of (detectors.wrapped_shapes). Two values on consecutive lines (a column
of codes, a phone then a fax, dates) have neither, or the first is whole already.
"""

from __future__ import annotations

import re

from detectors.normalize import Normalized
from detectors.wrapped_shapes import SHAPES, Shape, fits, labelled

# a line ending in a digit (or a dash after one) over a line beginning with one: the only places looked at
_JUNCTION = re.compile(r"(?<=[0-9)])-?[ ]*\n[ ]*(?=[0-9])")
_GROUP = re.compile(r"\(?[A-Za-z0-9]+\)?")
# the line's last value: up to five groups of letters and digits apart by a dash, a blank or a bracket
_TAIL = re.compile(r"(?<![A-Za-z0-9])\(?[A-Za-z0-9]+(?:(?:[-() ]|\) )[A-Za-z0-9]+){0,4}\)?-?$")
_HEAD = re.compile(r"[A-Za-z0-9]+(?:(?:[-() ]|\) )[A-Za-z0-9]+){0,4}")
MAX_LINES = 3  # a narrow cell wraps a long number over three lines at most
TAIL_REACH = 40  # characters of the line before the break read for its last value
LABEL_REACH = 24  # characters before the value read for its label (number_labels reads as far)
_VALUE_BEFORE = re.compile(r"[0-9]{3,}")  # another value between a label and this one: the label is that one's
_BARE_LINE = re.compile(r"[ \t・■□●○◆◇*\-【】\[\]()（）「」]*")


def joined_wraps(norm: Normalized) -> Normalized:
    """The normalised text with each line break inside an identifier taken out (or
    read as a blank); the origin map kept, so spans map back to every line."""
    text = norm.text
    if "\n" not in text:
        return norm
    joins: list[tuple[int, int, str]] = []
    for junction in _JUNCTION.finditer(text):
        if (not joins or junction.start() >= joins[-1][1]) and (gaps := _join(text, junction)):
            joins += gaps
    if not joins:
        return norm
    origin = list(norm.origin)
    pieces, kept, position = [], [], 0
    for start, end, separator in joins:
        pieces += [text[position:start], separator]
        kept += origin[position:start] + origin[start:start + len(separator)]
        position = end
    pieces.append(text[position:])
    kept += origin[position:]
    return Normalized("".join(pieces), tuple(kept), norm.original_length)


def _join(text: str, junction: re.Match) -> list[tuple[int, int, str]]:
    """The breaks (start, end, what each is read as) of a value that the line before
    this break begins and the lines after it complete; none when nothing completes it."""
    dash = text[junction.start()] == "-"
    gap_start = junction.start() + dash
    line_start = text.rfind("\n", 0, junction.start()) + 1
    tail = _TAIL.search(text, max(line_start, gap_start - TAIL_REACH), gap_start)
    if tail is None:
        return []
    for start in _starts(text, tail.start(), tail.end()):
        shapes = SHAPES if dash else labelled(_label_before(text, line_start, start))
        if not shapes:
            continue
        before = text[start:gap_start]
        for separator in ("",) if dash else _separators(text, before, junction.end()):
            for after, gaps in _continuations(text, junction.end(), separator):
                if _completes(shapes, before, separator + after):
                    return [(gap_start, junction.end(), separator), *gaps]
    return []


def _continuations(text: str, position: int, separator: str) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """What may follow a break as one value: the next line's first groups, or its
    whole value and the next line's (a cell wrapped twice), with the further breaks."""
    out: list[tuple[str, list[tuple[int, int, str]]]] = []
    joined, gaps = "", []
    for _ in range(MAX_LINES - 1):
        head = _HEAD.match(text, position)
        if head is None:
            break
        out += [(joined + head.group()[:group.end()], list(gaps)) for group in _GROUP.finditer(head.group())]
        wraps = _JUNCTION.match(text, head.end())  # the line holds nothing else and wraps again
        if wraps is None:
            break
        dash = text[wraps.start()] == "-"
        joined += head.group() + ("-" if dash else separator)
        gaps.append((wraps.start() + dash, wraps.end(), "" if dash else separator))
        position = wraps.end()
    return out


def _starts(text: str, start: int, end: int) -> list[int]:
    """Where the value may start, longest first: at each group, and inside a bracket
    before one (在留カード（AB1234…: the bracket is the sentence's, 070(1234)…: the number's)."""
    starts = []
    for group in _GROUP.finditer(text, start, end):
        starts += [group.start(), group.start() + 1] if text[group.start()] == "(" else [group.start()]
    return starts


def _separators(text: str, before: str, position: int) -> tuple[str, ...]:
    """A value written with blanks between its groups was wrapped at a blank: its blank first."""
    head = _HEAD.match(text, position)
    return (" ", "") if " " in before or (head is not None and " " in head.group()) else ("",)


def _completes(shapes: list[Shape], before: str, after: str) -> bool:
    """before is no whole value of a shape, and before and after make one."""
    return any(not fits(shape, before.rstrip("-")) and fits(shape, before + after) for shape in shapes)


def _label_before(text: str, line_start: int, start: int) -> str:
    """The words before a value on its line (after any other value), or the line above
    (across a blank line: a PDF's label box) when the value stands alone on its line."""
    cell_start = max(line_start, text.rfind("\t", 0, start) + 1, start - LABEL_REACH)
    before = text[cell_start:start]
    values = list(_VALUE_BEFORE.finditer(before))
    before = before[values[-1].end():] if values else before
    if not (_BARE_LINE.fullmatch(before) and cell_start == line_start and line_start > 0):
        return before
    above_end = line_start - 1
    above_start = text.rfind("\n", 0, above_end) + 1
    if above_start == above_end and above_start > 0:
        above_end = above_start - 1
        above_start = text.rfind("\n", 0, above_end) + 1
    above = text[above_start:above_end]
    return above if len(above) <= LABEL_REACH and not _VALUE_BEFORE.search(above) else ""
