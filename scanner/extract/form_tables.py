"""Tables inside a form, and numbers written one digit a box.

A form sheet (label | value rows) may hold a table of its own: the 扶養控除等申告書's
dependants (区分 | 氏名 | 続柄 | 生年月日 | 個人番号 …, one row a dependant), a
身上書's family (続柄 | 氏名 | 生年月日 …). Its header row labels the cells of the
rows right under it by column, as a sheet's header does; a blank row ends it.

A printed form gives a number one box a digit (the twelve boxes of 個人番号): a run
of single digits in adjacent cells under one label (the label's cell merged over
the boxes, or the row's label in a form) is one value, read in its first cell.
"""

from __future__ import annotations

import re

import unicodedata

from detectors.fields import is_field_label

Cells = list[tuple[int, str]]
MIN_LABELS = 3
MAX_LABELS_ABOVE = 4  # labels side by side over their values in a form's row
MAX_LABEL_ABOVE = 10  # characters: お名前, 携帯電話番号; a sheet's title (東和交通労組　組合員名簿) is not one
CHECK_BOXES = tuple("□■☐☑☒✓✔○◯●◎")  # a row of check boxes is a form's options, not a header
MIN_BOXES = 4  # fewer single digits side by side are a date's parts or counts, not a boxed number


def is_inner_header(cells: Cells) -> bool:
    """A row of three field labels or more, of several kinds, more labels than
    other cells, no digits: the header of a table inside a form (a form's label |
    value row has a value after each label; a row of check-box captions names
    options of one field)."""
    texts = [text.strip() for _, text in cells]
    if any(ch.isdigit() for text in texts for ch in text) or any(text.startswith(CHECK_BOXES) for text in texts):
        return False
    labels = [text for text in texts if is_field_label(text)]
    # options of one field (一般の障害者 | 特別の障害者 | 同居特別障害者) end alike; a header's fields do not
    endings = {label[-2:] for label in labels}
    return len(endings) >= MIN_LABELS and len(labels) * 2 > len(texts)


class InnerTables:
    """The column labels of the table a form's row belongs to, if any: fed the rows
    of a form in order."""

    def __init__(self) -> None:
        self.labels: dict[int, str] = {}
        self.last_row = -2
        self.above: dict[int, str] = {}  # a row of labels only, over the values of the next row
        self.above_row = -2
        self.value_row = -2  # the last row of values only: a caption under it is theirs (ids18)

    def column_labels(self, row: int, cells: Cells) -> dict[int, str]:
        """The labels of this row's columns ({} for a form's own row and a header)."""
        if is_inner_header(cells):
            self.labels, self.last_row = {c: text.strip() for c, text in cells}, row
            return {}
        if not self.labels or row != self.last_row + 1:
            self.labels = {}
            return self._labels_above(row, cells)
        self.last_row = row
        return self.labels if sum(1 for c, _ in cells if c in self.labels) >= 2 else {}

    def _labels_above(self, row: int, cells: Cells) -> dict[int, str]:
        """A 申込書's value under its label (お名前 in a merged cell, 山田 花子 in the
        cell below): the labels of a row of labels only, for the values right under
        them in a row with no label of its own."""
        above = self.above if row == self.above_row + 1 else {}
        labels = [text.strip() for _, text in cells if is_field_label(text)]
        self.above, self.above_row = {}, row
        if cells and not labels:
            self.value_row = row
        elif row == self.value_row + 1 and all(_CAPTION.fullmatch(text.strip()) for _, text in cells):
            return {}  # a card's caption under its value ((個人番号) under 1234 5678 9018): no label of the row below
        # not a title; a note in brackets (本人確認書類（運転免許証番号）) does not lengthen a label
        short = all(len(_BRACKETED.sub("", label)) <= MAX_LABEL_ABOVE and "\u3000" not in label for label in labels)
        if cells and len(labels) == len(cells) and len(cells) <= MAX_LABELS_ABOVE and short:
            self.above = {c: text.strip() for c, text in cells}
            return {}
        if labels and is_field_label(cells[0][1]) and len(cells) <= MAX_LABELS_ABOVE and short and not _any_digit(cells):
            # a label beside a word that is not one (運転免許証番号 | 色), over 1234… | ブルー
            self.above = {c: text.strip() for c, text in cells if is_field_label(text)}
            return {}
        if not above or labels:
            return {}
        if all(c in above for c, _ in cells):
            return above
        return above if cells[0][0] in above and _NUMBER.fullmatch(cells[0][1].strip()) else {}


def _any_digit(cells: Cells) -> bool:
    return any(ch.isdigit() for _, text in cells for ch in text)


_NUMBER = re.compile(r"第?[0-9０-９][-－ー 　0-9０-９]{5,}号?")  # an identifier's number, alone in its cell
_BRACKETED = re.compile(r"[（(][^）)]*[）)]$")
_CAPTION = re.compile(r"[（(][^）)0-9]{2,20}[）)]|↑[^0-9]{2,20}")  # written under a value, not over one
_DIGITS = frozenset("0123456789０１２３４５６７８９")


def _digit(text: str) -> bool:
    """A cell of one digit (every cell of every table is asked: no normalising)."""
    return text.strip() in _DIGITS


def joined_boxes(cells: Cells, labels: dict[int, str]) -> Cells:
    """The row's cells with each run of single digits in adjacent columns, all after
    the first without a label of their own, read as one cell (in the first column)."""
    if sum(1 for _, text in cells if _digit(text)) < MIN_BOXES:
        return cells
    out: Cells = []
    index = 0
    while index < len(cells):
        end = index + 1
        while (end < len(cells) and _digit(cells[index][1]) and _digit(cells[end][1])
               and cells[end][0] == cells[end - 1][0] + 1 and not labels.get(cells[end][0])):
            end += 1
        if end - index >= MIN_BOXES:
            digits = "".join(unicodedata.normalize("NFKC", text).strip() for _, text in cells[index:end])
            out.append((cells[index][0], digits))
        else:
            out += cells[index:end]
        index = end
    return out
