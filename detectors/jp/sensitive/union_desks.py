"""A union's seat said as the union's own desk, not as a member's record (union15).

A letter's head or foot, an agreement's party or an addressee writes the union by
its name and then its officer: `東和精機労働組合 執行委員長 〇〇` on one line, or the
union's name alone on a line with the officer's seat under it (its address, phone or
fax lines may stand between). That is the union acting as a body (a 協定's party, a
回答書's addressee, a notice's signature), said in no record of the person; a
person's record says the union in a sentence, a form's field or a roster's row.
"""

from __future__ import annotations

import re

from detectors.lines import line_bounds

_UNION_NAME = r"[^ 　\t。、はがをにで]{0,24}?(?:労働組合|労組|ユニオン|職員組合)"  # a name, no sentence's particle
# a line that begins with the union's name and goes on to the seat and the officer's name
_BEGINS_WITH_UNION = re.compile(rf"[ 　]*{_UNION_NAME}")
_ENDS_WITH_A_NAME = re.compile(r"[ 　][一-龥々]{1,4}[ 　]?[一-龥々]{1,4}[ 　]*(?:殿|様|印|㊞)?$")
# a line that is the union's name alone, its branch or committee after it at most
_UNION_ALONE = re.compile(rf"[ 　]*(?:{_UNION_NAME}|{_UNION_NAME}[ 　]*[^ 　\t。、]{{0,10}}(?:支部|分会|本部|委員会))[ 　]*")
# a letterhead's reach between the name and the seat: a postcode, an address, a phone, a fax, a mail
_REACH_LINE = re.compile(r"[ 　]*(?:〒|TEL|Tel|tel|電話|FAX|Fax|ファクス|[Ee]-?mail|メール|[^。]{0,40}[都道府県市区町村][^。]{0,30}[0-9０-９])")
_LINES_UP = 4  # the union's name, then at most three reach lines above the seat


def _bare(line: str, title: str) -> str:
    """A line without a sheet's title composed before it (`回答書: 執行委員長 〇〇`) and its trailing cells' tabs."""
    if title and line.startswith(title + ": "):
        line = line[len(title) + 2:]
    return line.rstrip("\t \u3000\r")


def _a_plain_line(line: str) -> bool:
    """A line that is no sentence, no form's field and no table's row."""
    return "。" not in line and "\t" not in line and ": " not in line and "：" not in line


def _an_officer_or_reach(line: str) -> bool:
    """A letterhead's or a signature's next line: a reach, or an officer's seat and name."""
    return bool(_REACH_LINE.match(line)) or (_a_plain_line(line) and _ENDS_WITH_A_NAME.search(line) is not None)


def a_unions_desk(text: str, start: int) -> bool:
    """Whether the seat at start is the union's own desk: its line begins with the union's
    name, or the union's name alone stands above it (past reach lines only)."""
    title = text[:text.find("\n")].rstrip("\t \u3000\r") if "\n" in text else ""
    line_start, line_end = line_bounds(text, start)
    line = _bare(text[line_start:line_end], title)
    if not _a_plain_line(line):
        return False
    if _UNION_ALONE.fullmatch(line):  # a heading or a signature's first line, not a value under a label
        return line_end < len(text) and _an_officer_or_reach(_bare(text[line_end + 1:line_bounds(text, line_end + 1)[1]], title))
    if _BEGINS_WITH_UNION.match(line):
        return _ENDS_WITH_A_NAME.search(line) is not None
    position = line_start - 1
    for _ in range(_LINES_UP):
        if position < 0:
            return False
        above_start, above_end = line_bounds(text, position)
        above = _bare(text[above_start:above_end], title)
        if _UNION_ALONE.fullmatch(above):
            return True
        if not _REACH_LINE.match(above):
            return False
        position = above_start - 1
    return False
