"""The label of a form's row for a value with none in its own cell: the nearest cell
before it on its row that is not blank (電話 | | 0559621234, 住所 | | 沼津市…: a label
merged over two cells, or a blank cell left between) (contact10)."""

from __future__ import annotations

from detectors.lines import cell_value

MAX_CELLS = 3  # cells looked back: the label, and at most two blank cells between


def label_before(text: str, start: int) -> str | None:
    """The nearest non-blank cell before the value's cell, at most two blank cells
    between, its composed header taken off; None when the value's cell holds more than
    the value. (label_above.label_before_notes differs: it needs a note or a blank cell
    between, skips notes, and rejects a label with a digit; both are used as they are.)"""
    row = text.rfind("\n", 0, start) + 1
    end = text.rfind("\t", row, start)
    if end < 0 or text[end + 1:start].strip():
        return None  # the first cell of its row, or a label of its own in its cell
    for _ in range(MAX_CELLS):
        begin = text.rfind("\t", row, end) + 1 or row
        cell = text[begin:end].strip()
        if cell:
            return cell_value(cell)  # a composed header taken off: the cell's own text
        if begin == row:
            return None
        end = begin - 1
    return None


VERTICAL_LETTERS = 6  # 緊急連絡先: the longest label a vertical form's cell spells out


def vertical_label_before(text: str, start: int) -> str | None:
    """The label written one letter a line right above a value that starts its line (a vertical
    form's cell, each letter its own paragraph: 電 / 話 / 0534567890; a blank line between, as a PDF's
    text has), its letters joined; None
    when the value does not start its line or the line above holds more than one letter."""
    line = text.rfind("\n", 0, start)
    if line < 0 or text[line + 1:start].strip():
        return None
    letters, blank = [], False
    while len(letters) < VERTICAL_LETTERS and line > 0:
        above = text.rfind("\n", 0, line)
        letter = text[above + 1:line].strip()
        if not letter and not blank:  # a PDF's text: a blank line between its lines
            blank, line = True, above
            continue
        if len(letter) != 1:
            break
        letters.append(letter)
        blank, line = False, above
    return "".join(reversed(letters)) or None
