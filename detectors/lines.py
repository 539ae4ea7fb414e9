"""Where a line starts and ends around a position: "on the same line" (a table
row is one line) is how several rules tie a finding to a person."""

from __future__ import annotations

import re
from typing import Protocol


class Lines(Protocol):
    """A text read line by line beside the values found in it (detectors.own_lines.ContactLines):
    the interface the own_* and contact readers ask of it."""
    text: str

    def bounds(self, position: int) -> tuple[int, int]: ...

    def names_a_person(self, start: int, end: int) -> bool: ...

    def gives_a_birth_date(self, start: int, end: int) -> bool: ...


def line_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """(first offset of the line holding start, offset of the line break after end,
    or the text's end); end defaults to start."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start if end is None else end)
    return line_start, len(text) if line_end < 0 else line_end


def field_spans(line: str, separator: re.Pattern[str], position: int = 0) -> list[tuple[int, int]]:
    """(start, end) of each field of a delimited line (a roster typed with bars or slashes, a
    list pasted with commas): the stretches between separator's matches, blank ones too, as
    str.split parts them; position: where the line starts in its text."""
    parts = list(separator.finditer(line))
    starts = [position] + [position + m.end() for m in parts]
    ends = [position + m.start() for m in parts] + [position + len(line)]
    return list(zip(starts, ends))


def sentence_start(text: str, position: int) -> int:
    """First offset of the sentence holding position within its cell: after the last 。,
    line break or tab before it."""
    return max(text.rfind("。", 0, position), text.rfind("\n", 0, position), text.rfind("\t", 0, position)) + 1


def row_above(text: str, row: int) -> int:
    """The first offset of the table row above the line starting at row: the line
    above, or the one above it across one blank line (an HTML table's text puts one
    between rows; two end the table)."""
    above = text.rfind("\n", 0, row - 1) + 1
    if above == row - 1 and above > 0 and text[above - 2:above] != "\n\n":
        above = text.rfind("\n", 0, above - 1) + 1
    return above


# A table's cell reaches the detectors as `header: value` (detectors.fields composes
# it); these read the header or the value back. In a regex, the optional header
# before a cell's value: at most 24 characters with no tab, line break or colon.
COMPOSED_HEADER = r"(?:[^\t\n:]{1,24}: )?"
_COMPOSED = ": "


def cell_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """(first offset of the tabbed cell holding start, offset of the tab or line
    break after end, or the text's end); end defaults to start."""
    end = start if end is None else end
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    tab = text.find("\t", end, line_end)  # searched within the line: a text without tabs is not read to its end
    return _cell_start(text, start), line_end if tab < 0 else tab


def _cell_start(text: str, start: int) -> int:
    """The first offset of the tabbed cell holding start (a tab searched back to the line's start only)."""
    line_start = text.rfind("\n", 0, start) + 1
    return text.rfind("\t", line_start, start) + 1 or line_start


_last_header: tuple = (None, -1, (0, 0))  # (text, position, answer) of the last call


def composed_header(text: str, position: int) -> tuple[int, int]:
    """(start, end) of the header composed before position in its cell: the cell's
    text up to its last `: ` before position; empty at the cell's start when none."""
    global _last_header
    last = _last_header  # three checks of a PERSON candidate ask in a row (not_people, catalogue, figures)
    if last[0] is text and last[1] == position:
        return last[2]
    cell = _cell_start(text, position)  # the cell's end is not needed
    colon = text.rfind(_COMPOSED, cell, position)
    answer = (cell, cell if colon < 0 else colon)
    _last_header = (text, position, answer)  # one tuple, swapped whole: a reader sees one call's answer
    return answer


def cells_before(line: str) -> tuple[str, str | None]:
    """The label cells of a value standing at the end of line (a row's text up to the
    value): the text of the value's own tabbed cell before it (a `label: ` typed or
    composed by the reader, a JSON key's `"no": `), and the cell before's text (None in
    a row's first cell). Which one labels the value is the reader's choice: a bare
    number's block (detectors.jp.bank_block) takes its own cell's label, a header
    composed over its column (番号) included, and the cell before only when its own is
    blank; an account's label cell (BankAccountRecognizer.own_label) takes the cell
    before only, when its own holds nothing but a composed header (a form's generic 内容
    column over its 口座番号 | 1234567 pairs)."""
    cells = line.rsplit("\t", 2)
    return cells[-1], cells[-2] if len(cells) > 1 else None


def cell_value(cell: str) -> str:
    """A cell's text without the header composed before it (after its last `: `), stripped."""
    return cell.rpartition(_COMPOSED)[2].strip()


def asked_once(lines, test, start: int, end: int):
    """test(lines, start, end) of a line, asked once per text: every value of a roster's
    row asks the same of its row (lines.answers holds what was asked)."""
    key = (test, start, end)
    if key not in lines.answers:
        lines.answers[key] = test(lines, start, end)
    return lines.answers[key]
