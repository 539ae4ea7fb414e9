"""A 組合員 column beside a union column (union19): the names' header is not their membership.

A table whose rows say each person's union or seat in a column of their own (所属組合・役職,
組合名, 加入組合, 組合役職, 組合員区分) calls its column of names 組合員 only because that is the
body's word for the people it lists — a labour bank's 組合員ローン applicants, a union's dues
list with a 役職 column, a 共済's claimants with their 所属組合. The row's union cell is the
information (ユニオン〇〇の組合員, 分会長, 非組合員); the name under 組合員 is the person, and
reading it as membership too would report every row twice, or report a 非組合員 as a member.
A union's own roster with no such column (組合員 | 職場 | 組合費) keeps its 組合員: there the
listing is the only thing that says membership.
"""

from __future__ import annotations

import re

# the header composed before a name: `組合員: 〇〇` (a bare member word, not a seat)
_MEMBER_HEADER = re.compile(r"組合員[ 　]*[:：]")
# a cell's label that holds the person's union, seat or membership status
_UNION_COLUMN = re.compile(r"(?:所属組合|加入組合|組合名|所属労組|労働組合|労組|ユニオン|組合役|組合区分|組合員区分"
                           r"|組合加入|加入状況|所属支部|所属分会)[^\t\n:：]{0,12}[:：] ")
_BLOCK_LINES = 6  # a form's block (no tabs): its label lines around the name's


def _row(text: str, start: int) -> tuple[int, int]:
    """The line the position is on — a table's row — or, on a line with no tab, the lines
    of its form block around it (組合員: 〇〇 / 所属組合: 〇〇労組)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    if "\t" in text[line_start:line_end]:
        return line_start, line_end
    block_start, block_end = line_start, line_end
    for _ in range(_BLOCK_LINES):
        before = text.rfind("\n", 0, max(0, block_start - 1)) + 1
        if block_start == 0 or not text[before:block_start].strip():
            break
        block_start = before
    for _ in range(_BLOCK_LINES):
        after = text.find("\n", block_end + 1)
        after = len(text) if after < 0 else after
        if block_end >= len(text) or not text[block_end + 1:after].strip():
            break
        block_end = after
    return block_start, block_end


def a_member_header_beside_union_column(text: str, phrase, others: list) -> bool:
    """Whether the phrase is a `組合員: 〇〇` name whose row has a union column's cell, or
    another union phrase read in another cell of it."""
    if not _MEMBER_HEADER.match(text, phrase.start):
        return False
    row_start, row_end = _row(text, phrase.start)
    if _UNION_COLUMN.search(text, row_start, row_end):
        return True
    return any(row_start <= p.start < row_end and not (phrase.start <= p.start < phrase.end) for p in others)
