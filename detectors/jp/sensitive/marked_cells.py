"""A checklist sheet whose mark stands in the cell beside the disease (胃潰瘍 | ○, 痛風 | レ,
腎臓病 | 有): the row's disease is the person's answer; a row whose mark cell is empty, or says
no (無, なし, いいえ), is print. The disease is a noun of its own shape (the lexicon or its head),
so a sheet of any illnesses is read without a list of them.
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.phrases import Cells, Phrase

_MARK = re.compile(r"(?:[○◯〇●◎✓✔☑レ]|有り?|あり|はい|該当)")
_COMPOSED = re.compile(r"^[^\t:\n]{1,30}: ")
_CUES = ("○", "◯", "〇", "●", "◎", "✓", "✔", "☑", "レ", "有", "あり", "はい", "該当")


class MarkedCellsMatcher:
    """Diseases in a cell with a mark alone in the next cell."""

    def __init__(self, disease_like) -> None:
        self.disease_like = disease_like  # HealthMatcher.disease_like

    def find(self, text: str, cells: Cells) -> list[Phrase]:
        if "\t" not in text or not any(cue in text for cue in _CUES):
            return []
        found, start = [], 0
        for line in text.split("\n"):
            if "\t" in line and any(cue in line for cue in _CUES):  # most rows hold no mark
                values = _values(line, start)
                for (left, right, value), (_, _, after) in zip(values, values[1:]):
                    if _MARK.fullmatch(after) and self.disease_like(value):
                        found.append(Phrase(left, right, "病歴"))
            start += len(line) + 1
        return found


def _values(line: str, offset: int) -> list[tuple[int, int, str]]:
    """(start, end, value) of each cell of a tabbed line, after a composed `label: `."""
    values, position = [], offset
    for cell in line.split("\t"):
        composed = _COMPOSED.match(cell)
        lead = composed.end() if composed else 0
        value = cell[lead:].strip()
        left = position + lead + (len(cell[lead:]) - len(cell[lead:].lstrip()))
        values.append((left, left + len(value), value))
        position += len(cell) + 1
    return values
