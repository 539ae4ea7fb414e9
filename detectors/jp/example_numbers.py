"""A form's example number is nobody's (issue 12, ids13).

Instructions print how a number looks: 旅券番号欄の書き方（記入例：TK1234567）, カード右上の
12桁を記入してください。例）AB12345678CD. detectors.worked_examples drops a block headed
【記入例】 or a line opened by （例）; this is the marker written right before the number
inside a sentence or a cell, for the documents whose shape alone a writer copies from
the form (a passport, a residence card, a driving licence).
"""

from __future__ import annotations

import re

# the marker right before the number, after its bracket or colon: 記入例：, 例）, （例）, e.g.
# — not a word ending in 例 (事例, 条例, 前例, 判例, 用例, 通例, 特例, 慣例, 実例, 類例)
_MARKER = re.compile(r"(?:記入例|記載例|入力例|作成例|(?<![事条前判用通特慣実類文])例|見本|サンプル|sample|example|e\.g\.)"
                     r"[ 　]*[)）】\]]?[ 　]*[:：]?[ 　]*[「『(（]?$", re.IGNORECASE)
_REACH = 16  # characters before the number where its marker stands


def is_example(text: str, start: int) -> bool:
    """The number is preceded, on its line, by an example's marker."""
    line_start = text.rfind("\n", 0, start) + 1
    return _MARKER.search(text, max(line_start, start - _REACH), start) is not None
