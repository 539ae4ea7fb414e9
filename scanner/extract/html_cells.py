"""A table row of an HTML page as `label: value` when its first cell is a label
(<th>ご予約者名</th><td>…</td>, <td>生年月日</td><td>…</td>, a booking confirmation
saved from a browser): the value's context is its label, as in a form's table;
other cells stay apart, a tab between them (detectors.fields)."""

from __future__ import annotations

from detectors.fields import FIELD_SEPARATOR, field_label_word, is_field_label


class LabelledCells:
    """The separator before each cell of the row being read."""

    def __init__(self) -> None:
        self.new_table()

    def new_table(self) -> None:
        self._header_read = False  # a header row of labels read: the table's rows are records
        self.new_row()

    def new_row(self) -> None:
        self._cells = 0
        self._first_tag = ""
        self._first_start = 0
        self._starts: list[int] = []  # where each cell's text begins in parts
        self._composed: tuple[list[str], int] | None = None  # where `: ` went, to undo in a header row

    def separator(self, tag: str, parts: list[str]) -> str:
        """`: ` before the second cell of a row whose first cell is a header cell or
        a field label, a tab before any other."""
        self._cells += 1
        self._starts.append(len(parts) + 1)
        if self._cells == 1:
            self._first_tag, self._first_start = tag, len(parts) + 1
            return FIELD_SEPARATOR
        if self._cells == 2:
            first = "".join(parts[self._first_start:]).strip()
            # under a header row the rows are records: a first cell labels its row only when it is a label word
            # itself (氏名 | 木下 悠), not a name that holds one (マカベ カナエ holds カナ)
            labelled = self._first_tag == "th" or (is_field_label(first) and (
                not self._header_read or field_label_word(first) == first))
            if tag == "td" and first and labelled and len(first) <= 20:
                self._composed = (parts, len(parts))
                return ": "
        if self._cells >= 3 and self._composed is not None:
            self._undo_in_header_row(parts)
        return FIELD_SEPARATOR

    def _undo_in_header_row(self, parts: list[str]) -> None:
        """A row of labels only (氏名 | 国籍 | 旅券番号 in <td> cells, or 氏名 | パート | 連絡先 |
        生年月日, whose second cell names no field of a person) is a table's header, not a label
        and its value: two field labels side by side after the first say so, and its second cell
        gets its own column back (a form's row alternates a label and its value)."""
        composed, index = self._composed
        cells = ["".join(parts[start:end - 1]).strip() for start, end in zip(self._starts[1:], self._starts[2:])]
        side_by_side = is_field_label(cells[-1]) and (len(cells) == 1 or is_field_label(cells[-2]))
        if composed is parts and parts[index] == ": " and side_by_side:
            parts[index] = FIELD_SEPARATOR
            self._composed, self._header_read = None, True
