"""An identifier broken over two lines, read as one value (lines28).

A narrow table cell wraps its number when a PDF's text is extracted or a sheet's cell
is typed with Alt+Enter, a mail body is wrapped at a fixed width, an OCR line ends
inside a number: `携帯：090-1234-` / `5678`, `マイナンバー：123456` / `789012`. Where a
line ends in a digit group that is no whole identifier yet, and the next line begins
with the digits that complete one, the line break is taken out of the normalised text
(or read as the blank a wrap at a blank lost), so every detector sees one value; the
normalised offsets still map back to the original, so a finding spans both parts.

The evidence that the line's digits are incomplete: a dangling separator
(`090-1234-`), a label before them that names an identifier whose whole shape they
fall short of (detectors.wrapped_shapes), or a table's cell that holds nothing but the
two lines (a cell holds one value: a headerless export's wrapped cell). Two values on
consecutive lines (a column of codes, a phone then a fax, dates) have none of these,
or the first is whole already.
"""

from __future__ import annotations

import re

from detectors.normalize import Normalized
from detectors.wrapped_shapes import SHAPES, Shape, fits, labelled

# a line break before a digit (found by its line break: a pattern opening with a literal is searched fast),
# and a break right after a value: a dash left dangling, blanks, the break, the next line's indent
_BREAK = re.compile(r"\n[ ]*(?=[0-9])")
_WRAP = re.compile(r"-?[ ]*\n[ ]*(?=[0-9])")
_VALUE_END = frozenset("0123456789)")
_GROUP = re.compile(r"\(?[A-Za-z0-9]+\)?")
_VALUE_CHARS = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-() ")
MAX_GROUPS = 6  # the line's last groups tried as the value's start
_HEAD = re.compile(r"[A-Za-z0-9]+(?:(?:[-() ]|\) )[A-Za-z0-9]+){0,4}")
MAX_LINES = 3  # a narrow cell wraps a long number over three lines at most
TAIL_REACH = 40  # characters of the line before the break read for its last value
LABEL_REACH = 24  # characters before the value read for its label (number_labels reads as far)
# no label needs its digits (基礎年金番号(10桁)): without them, a log's lines ask one question
_DIGITS = re.compile(r"[0-9]+")
_VALUE_BEFORE = re.compile(r"[0-9]{3,}")  # another value between a label and this one: the label is that one's
_BARE_LINE = re.compile(r"[ \t・■□●○◆◇*\-【】\[\]()（）「」]*")


def joined_wraps(norm: Normalized) -> Normalized:
    """The normalised text with each line break inside an identifier taken out (or
    read as a blank); the origin map kept, so spans map back to every line."""
    text = norm.text
    if "\n" not in text:
        return norm
    joins: list[tuple[int, int, str]] = []
    for line_break in _BREAK.finditer(text):
        start = _value_end(text, line_break.start())
        if start is None or (joins and start < joins[-1][1]):
            continue  # no value ends the line, or a value joined already goes on over it
        joins += _join(text, start, line_break.end())
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


def _value_end(text: str, line_break: int) -> int | None:
    """Where the line's value ends before its break (a dangling dash and blanks after
    it), or None when the line does not end in a digit or a bracket closing one."""
    end = line_break
    while end > 0 and text[end - 1] == " ":
        end -= 1
    end -= end > 0 and text[end - 1] == "-"
    return end if end > 0 and text[end - 1] in _VALUE_END else None


def _join(text: str, end: int, next_line: int) -> list[tuple[int, int, str]]:
    """The breaks (start, end, what each is read as) of a value that ends at end on its
    line and that the lines from next_line complete; none when nothing completes it."""
    dash = text[end] == "-"
    gap_start = end + dash
    line_start = text.rfind("\n", 0, end) + 1
    starts = _starts(text, max(line_start, end - TAIL_REACH), end)
    if not starts:
        return []
    cell = not dash and starts[0] > 0 and text[starts[0] - 1] == "\t"  # the value opens a bare cell of a table's row
    cell = cell and not _next_row(text, line_start, next_line)
    shapes = SHAPES if dash or cell else labelled(_DIGITS.sub("", _label_before(text, line_start, starts[0])))
    for start in starts if shapes else ():
        if not dash and (cell and start != starts[0] or _VALUE_BEFORE.search(text, starts[0], start)):
            break  # another value before this one on the line: the label is that one's
        before = text[start:gap_start]
        for separator in ("",) if dash else _separators(text, before, next_line):
            for after, gaps, after_end in _continuations(text, next_line, separator):
                cell_ends = after_end == len(text) or text[after_end] == "\t"
                if (cell_ends or not cell) and _completes(shapes, before, separator + after):
                    return [(gap_start, next_line, separator), *gaps]
    return []


def _next_row(text: str, line_start: int, next_line: int) -> bool:
    """This line, the next and a neighbour (the line before, else the one after the next)
    have as many cells: a table's rows (`1\t…\t001234` / `2\t…`), not a wrapped cell, whose
    two lines share one row's cells between them."""
    def cells(start: int) -> int:
        end = text.find("\n", start)
        return text.count("\t", start, len(text) if end < 0 else end)

    this, following = cells(line_start), cells(next_line)
    if this != following:
        return False
    if line_start > 0:
        return cells(text.rfind("\n", 0, line_start - 1) + 1) == this
    after = text.find("\n", next_line)  # two lines alone, as many cells each: rows, the likelier
    return after < 0 or not text[after + 1:].strip("\n") or cells(after + 1) == this


def _continuations(text: str, position: int, separator: str) -> list[tuple[str, list[tuple[int, int, str]], int]]:
    """What may follow a break as one value: the next line's first groups, or its
    whole value and the next line's (a cell wrapped twice), with the further breaks
    and where it ends."""
    out: list[tuple[str, list[tuple[int, int, str]], int]] = []
    joined, gaps = "", []
    for _ in range(MAX_LINES - 1):
        head = _HEAD.match(text, position)
        if head is None:
            break
        out += [(joined + head.group()[:group.end()], list(gaps), position + group.end())
                for group in _GROUP.finditer(head.group())]
        wraps = _WRAP.match(text, head.end())  # the line holds nothing else and wraps again
        if wraps is None:
            break
        dash = text[wraps.start()] == "-"
        joined += head.group() + ("-" if dash else separator)
        gaps.append((wraps.start() + dash, wraps.end(), "" if dash else separator))
        position = wraps.end()
    return out


def _starts(text: str, low: int, end: int) -> list[int]:
    """Where the line's last value may start, longest first: at each of its last groups
    of letters and digits (apart by dashes, blanks, brackets), and inside a bracket before
    one (在留カード（AB1234…: the bracket is the sentence's, 070(1234)…: the number's)."""
    start = end
    while start > low and text[start - 1] in _VALUE_CHARS:
        start -= 1
    starts = []
    for group in _GROUP.finditer(text, start, end):
        starts += [group.start(), group.start() + 1] if text[group.start()] == "(" else [group.start()]
    return starts[-MAX_GROUPS:]


def _separators(text: str, before: str, position: int) -> tuple[str, ...]:
    """A value written with blanks between its groups was wrapped at a blank: its blank first."""
    head = _HEAD.match(text, position)
    return (" ", "") if " " in before or (head is not None and " " in head.group()) else ("",)


def _completes(shapes: tuple[Shape, ...], before: str, after: str) -> bool:
    """before is no whole value of a shape, and before and after make one."""
    return any(not fits(shape, before.rstrip("-")) and fits(shape, before + after) for shape in shapes)


def _label_before(text: str, line_start: int, start: int) -> str:
    """The words before a value on its line (after any other value), or the line above
    (across a blank line: a PDF's label box) when the value stands alone on its line."""
    cell_start = max(line_start, text.rfind("\t", line_start, start) + 1, start - LABEL_REACH)
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
