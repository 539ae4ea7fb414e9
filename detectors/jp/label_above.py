"""A form's label in the cell right above its value, or two cells before it (issue 12, accounts9).

A form laid out as a table puts a row of labels over a row of values (基礎年金番号 |
雇用保険被保険者番号 over 1234-567890 | 1234-567890-1). Read as a table, its first row
becomes the header composed before every cell (`氏名: 基礎年金番号` over `氏名:
1234-…`): the value's own label is the cell above it in the same column, with the
composed header taken off, not the header before it. A key-value row may put a note
between its label and its value (基礎年金番号 | （10桁） | 1234567890): the label is the
nearest cell before the value that is no note.
"""

from __future__ import annotations

import re

from detectors.lines import row_above

# a header composed before a cell (detectors.fields); not lines.COMPOSED_HEADER (24): a header of
# 21-24 characters over a form would be taken off and its cell read as the label (lines10)
_COMPOSED = re.compile(r"^[^\t:]{1,20}: ")
_MAX_LABEL = 24
# a cell that only notes how to write the value (（10桁）, ※ハイフンなし), or a blank one
_NOTE = re.compile(r"[(（][^)）]*[)）]|※.*|")


def label_above(text: str, start: int) -> str | None:
    """The text of the cell right above the cell holding start, in the same column,
    when it is a label (no digit, short), else None."""
    row = text.rfind("\n", 0, start) + 1
    if row == 0:
        return None
    index = text.count("\t", row, start)
    above = row_above(text, row)
    cells = text[above:row - 1].split("\t")
    if len(cells) <= index:
        return None
    label = _COMPOSED.sub("", cells[index].strip(), count=1).strip()
    if not label or len(label) > _MAX_LABEL or any(ch.isdigit() for ch in label):
        return None
    return label


COLUMN_REACH = 500  # rows of values walked up to their column's header


def column_label(text: str, start: int) -> str | None:
    """The header of the column holding start past the rows of values above it, its
    composed group taken off (a sheet whose group row was read as the header composes
    `社会保険: ` before each cell; the column's own 雇用保険番号 stands in the row below
    the groups), when it is a label (no digit, short); None at a cell of other width."""
    row, steps = text.rfind("\n", 0, start) + 1, 0
    index = text.count("\t", row, start)
    while row > 0 and steps < COLUMN_REACH:
        above, steps = row_above(text, row), steps + 1
        cells = text[above:row - 1].split("\t")
        if len(cells) <= index:
            return None
        label = _COMPOSED.sub("", cells[index].strip(), count=1).strip()
        if label and not any(ch.isdigit() for ch in label):
            return label if len(label) <= _MAX_LABEL else None
        row = above
    return None


def label_before_notes(text: str, start: int) -> str | None:
    """The nearest cell before the cell holding start, on its row, past cells that are
    only notes or blank (a form's label merged over two columns), when it is a label
    (no digit, short); None when the cell right before is no note nor blank."""
    row = text.rfind("\n", 0, start) + 1
    cells = [cell.strip() for cell in text[row:start].split("\t")[:-1]]
    skipped = 0
    while cells and _NOTE.fullmatch(cells[-1]):
        cells.pop()
        skipped += 1
    if not skipped or not cells:
        return None
    label = cells[-1]
    return label if len(label) <= _MAX_LABEL and not any(ch.isdigit() for ch in label) else None


def raised_under_form_label(text: str, results: list, own: re.Pattern, score: float) -> list:
    """Results whose cell stands under a label of their own (own: the number's label
    words) raised to score: the only label a form's value has may be above it, or
    before a note."""
    for result in results:
        if result.score < score:
            labels = (label_above(text, result.start), label_before_notes(text, result.start),
                      column_label(text, result.start))
            if any(label is not None and own.search(label) for label in labels):
                result.score = score
    return results
