"""A 担当 column that holds each row's duty, not a person (issue 12, notpeople17).

担当 heads a column of the staff in charge (担当: 佐藤) as often as a column of the
duty the row's own person is in charge of: a brewery's roster (担当: 頭, 蔵人, 釜屋, 酛屋),
a kitchen's (煮方, 焼方, 洗い場), a ship's (甲板, 機関), a festival's (受付, 会計). A trade's
titles are rare words the dictionary may not know or may know as surnames (酛屋, 室屋,
仲居), so one cell alone does not tell. The column does: when most of its cells are
common words that are no name, with two different ones at least, the column is one of
duties, and a cell of one word in it (no space: not 佐藤 花子) is a duty too.
"""

from __future__ import annotations

import re
import unicodedata

from detectors.jp.person_columns import MIN_CELLS, NameJudge, cells, names_in_cell
from detectors.jp.person_patterns import NOT_NAME_WORDS

_DUTY_HEADER = re.compile(r"担当$")  # 担当, 主担当, 受付担当; not 担当者, 担当医
_BRACKETS = re.compile(r"[(（［\[【][^)）］\]】]{0,12}[)）］\]】]")
_WORD = re.compile(r"[\u4e00-\u9fff々\u3041-\u3096\u30a1-\u30fa\u30fc]{1,8}")


def duty_cells(text: str, judge: NameJudge) -> list[tuple[int, int]]:
    """(start, end) of the one-word cells of the 担当 columns that hold duties, in text order."""
    if "担当: " not in text:
        return []
    by_header: dict[str, list[tuple[int, int]]] = {}
    for header, start, end in cells(text):
        if _DUTY_HEADER.search(_BRACKETS.sub("", unicodedata.normalize("NFKC", header)).strip()):
            by_header.setdefault(header, []).append((start, end))
    duties = []
    for spans in by_header.values():
        words = [(s, e) for s, e in spans if _WORD.fullmatch(text, s, e)]
        if len(spans) < MIN_CELLS or not words:
            continue
        named = {(s, e) for s, e in spans if names_in_cell(text, s, e, judge)}
        common = [text[s:e] for s, e in words if (s, e) not in named and text[s:e] not in NOT_NAME_WORDS]
        if len(common) > len(named) and len(set(common)) >= 2:
            duties += words
    return sorted(duties)
