"""A 担当 column that holds each row's duty, not a person (issue 12, notpeople17).

担当 heads a column of the staff in charge (担当: 佐藤) as often as a column of the
duty the row's own person is in charge of: a brewery's roster (担当: 頭, 蔵人, 釜屋, 酛屋),
a kitchen's (煮方, 焼方, 洗い場), a ship's (甲板, 機関), a festival's (受付, 会計). A trade's
titles are rare words the dictionary may not know or may know as surnames (酛屋, 揚場,
仲居), so one cell alone does not tell. The column does: when fewer than half of its
different values are what a column of staff holds (a full name, a surname of the lists, a
word read as a name) and two different other words at least stand in it, the column is
one of duties, if the row's own person is named in a column beside (氏名) or one of those
words is a common word (頭, 洗い場; not 未定); a cell of one word in it (no space: not 佐藤
花子) is a duty too.
"""

from __future__ import annotations

import re
import unicodedata

from detectors.jp.person_columns import MIN_CELLS, NameJudge, cells, header_kind
from detectors.jp.person_patterns import NOT_NAME_WORDS

_DUTY_HEADER = re.compile(r"担当$")  # 担当, 主担当, 受付担当; not 担当者, 担当医
_BRACKETS = re.compile(r"[(（［\[【][^)）］\]】]{0,12}[)）］\]】]")
_WORD = re.compile(r"[\u4e00-\u9fff々\u3041-\u3096\u30a1-\u30fa\u30fc]{1,8}")


def without_duties(text: str, judge: NameJudge, results: list) -> list:
    """results (with start and end) less those inside a duty's cell."""
    duties = duty_cells(text, judge)
    return [r for r in results if not any(s <= r.start and r.end <= e for s, e in duties)] if duties else results


def duty_cells(text: str, judge: NameJudge) -> list[tuple[int, int]]:
    """(start, end) of the one-word cells of the 担当 columns that hold duties, in text order."""
    if "担当: " not in text or judge.lookup is None:
        return []
    by_header: dict[str, list[tuple[int, int]]] = {}
    named_rows = False  # a column of the row's own person beside (氏名, 乗組員名)
    for header, start, end in cells(text):
        if _DUTY_HEADER.search(_BRACKETS.sub("", unicodedata.normalize("NFKC", header)).strip()):
            by_header.setdefault(header, []).append((start, end))
        elif not named_rows and header_kind(header):
            named_rows = True
    duties = []
    for spans in by_header.values():
        words = [(s, e) for s, e in spans if _WORD.fullmatch(text, s, e)]
        if len(spans) < MIN_CELLS or not words:
            continue
        values = {text[s:e] for s, e in spans} - NOT_NAME_WORDS
        people = {value for value in values if _a_persons_name(value, judge)}
        others = {text[s:e] for s, e in words} & values - people
        if 2 * len(people) < len(values) and len(others) >= 2 and (
                named_rows or any(judge.lookup(word).common for word in others)):
            duties += words
    return sorted(duties)


def _a_persons_name(value: str, judge: NameJudge) -> bool:
    """A full name (a space in it), a surname of the lists (西原, 小宮蒼空) or one word the
    dictionary reads as a name: what a column of staff holds. A word the dictionary does
    not know (酛屋, 八寸場) says neither."""
    return len(value.split()) > 1 or judge.starts_with_surname(value) or judge.lookup(value).name
