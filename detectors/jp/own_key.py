"""A number right after a key of its own in its cell (issue 12, numbers14).

An export writes each value after its key: `"ei_no":"1234-567890-1"`, `koyouNo=…`,
`EmpInsNo 保険番号: …`, `年金No: …`. When that key names a number (it ends with 番号,
No., _no; detectors.jp.number_labels) and the recognizer's own label words are in it,
the number is the one the key names: its score is raised as under a column of its own.
A key naming a phone (年金事務所電話番号) or an employer's number (適用事業所番号) is
another number's, whatever else it says.
"""

from __future__ import annotations

import re

from detectors.jp.base import LABEL_REACH
from detectors.jp.number_labels import EMPLOYER_LABEL, PHONE_LABEL, number_label


def raised_by_own_key(text: str, results: list, own: re.Pattern, score: float) -> list:
    """Results whose cell's key names their own number raised to score."""
    for result in results:
        if result.score < score:
            if number_label(text, result.start) is None:
                continue
            key = _cell_before(text, result.start)  # all of it: XML's EmpInsNo glossed 保険番号 is one key
            if own.search(key) and not PHONE_LABEL.search(key) and not EMPLOYER_LABEL.search(key):
                result.score = score
    return results


def _cell_before(text: str, start: int) -> str:
    """The words before start in its cell and line, at most LABEL_REACH characters."""
    return text[max(0, start - LABEL_REACH):start].rpartition("\t")[2].rpartition("\n")[2]
