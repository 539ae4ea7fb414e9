"""A table that pdfminer gives column by column (practicum16): when its rows are set close,
each column comes out as a box of its own — the header, then one line a row — and the boxes
follow one another, blank lines between (番号 / K-1 / K-2 …, 氏名 / 北条 七瀬 / 三輪 悠斗 …,
抗体検査 / 麻疹抗体 陰性 / 済 …). A value on the k-th line of such a box belongs to the row
whose name is on the k-th line of the names' box: two boxes of the same number of lines
(three at least: a header and two rows), the same line of each."""

from __future__ import annotations

import bisect
import re

_BLANK_LINE = re.compile(r"\n[ \t\u3000]*\n")
MIN_BOX_LINES = 3
BOX_REACH = 3000  # characters between the two boxes: one page's table


class Boxes:
    """The text's boxes (runs of lines between blank lines), found once."""

    def __init__(self, text: str) -> None:
        self.text = text
        edges = [0] + [i for m in _BLANK_LINE.finditer(text) for i in (m.start(), m.end())] + [len(text)]
        self.spans = [(start, start + len(text[start:end].rstrip())) for start, end in zip(edges[::2], edges[1::2])]
        self.starts = [start for start, _ in self.spans]

    def _row(self, position: int) -> tuple[int, int, int] | None:
        """(box index, line in the box, lines in the box) of a position."""
        index = bisect.bisect_right(self.starts, position) - 1
        if index < 0 or position > self.spans[index][1]:
            return None
        start, end = self.spans[index]
        return index, self.text.count("\n", start, position), self.text.count("\n", start, end) + 1

    def same_row(self, position: int, others: list[int]) -> bool:
        """A position on the same line of another box of as many lines as one of others'."""
        here = self._row(position)
        if here is None or here[2] < MIN_BOX_LINES or here[1] == 0:
            return False
        return any((there := self._row(other)) is not None and there[0] != here[0] and there[1:] == here[1:]
                   for other in others if abs(other - position) <= BOX_REACH)
