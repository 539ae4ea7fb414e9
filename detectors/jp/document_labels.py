"""Where a travel document's own label stands for its number (issue 12, travel9, ids13).

The passport's and the residence card's recognizers accept a number under the
document's own label (旅券番号, PP_No, ryoken bango, 在留ｶｰﾄﾞNo., RC No.) wherever the
writer put it: right before the number in its cell or its XML element, on the line
above a number alone on its line (a form printed to PDF puts blank lines between), in
the cell before it (a key-value table), over its column (an HTML table's header), or
heading its row (a sheet with one person to a column: labels down the left).
"""

from __future__ import annotations

import re

from detectors.jp.base import LABEL_REACH
from detectors.jp.number_labels import ColumnHeaders

_MAX_LABEL = 24
_DIGIT = re.compile(r"[0-9]")
_NUMBERED = re.compile(r"(?:No\.?|#)?[0-9]{1,3}:")  # a record's column numbered 1, 2, 3 (its header composed)


def row_head(text: str, start: int) -> str | None:
    """The label heading the number's row when its own cell has none (or only its
    record's number: No. | 1 | 2 over it) and it is not the row's first cell: that
    cell's value when it holds no digit (旅券番号 | TK… | TR… | TZ…: one record to a
    column), else the header composed before it."""
    row = text.rfind("\n", 0, start) + 1
    cells = text[row:start].split("\t")
    if len(cells) < 3 or (cells[-1].strip() and not _NUMBERED.fullmatch(cells[-1].strip())):
        return None
    first = next((c.strip() for c in cells[:-1] if c.strip()), "")
    header, _, value = first.rpartition(": ")
    head = value if not _DIGIT.search(value) else header
    return head if 0 < len(head) <= _MAX_LABEL else None


def own_label_near(text: str, start: int, headers: ColumnHeaders, label: re.Pattern) -> bool:
    """The document's label (label: its words) stands for the number (see the module)."""
    before, _, cell = text[max(0, start - LABEL_REACH):start].rpartition("\n")
    if not cell.strip() and "\t" not in text[start:text.find("\n", start) % (len(text) + 1)]:
        cell = before.rstrip("\n 　").rpartition("\n")[2]  # past blank lines
    cell = cell.rpartition("\t")[2].rpartition("<")[2]  # an XML element's own name, not the one before
    return any(label.search(found or "") for found in (
        cell, headers.row_label(start), headers.header(start), row_head(text, start)))
