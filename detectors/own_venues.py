"""An event's venue named as a field of a person's record (issue 12, contacts22).

A booking, an application or an order names the people it is about (新郎：…, 新婦：…,
申込者：…) and then the event's details on one line — 挙式日：…　会場：…ガーデン, 日程：…
開催場所：… — before the people's own 連絡先. The venue's name there is the record's
attribute, like a person's 所属: it does not make the contact line under it the venue's.
A venue line whose only organisation words are its venue fields, with a person named on the
lines just above it (the same block), is passed over; a notice's 会場：市民ホール over its
own TEL, with no person above, still speaks for the venue.
"""

from __future__ import annotations

import re

from detectors.lines import line_bounds

VENUE_LABELS = ("会場", "式場", "挙式会場", "披露宴会場", "開催場所", "開催地", "会場名", "撮影場所", "ロケ地")
# a venue's field: its label, a colon, and its value up to the next field (a wide space, a tab) or the line's end
_VENUE_FIELD = re.compile(r"(?:" + "|".join(sorted(VENUE_LABELS, key=len, reverse=True)) + r")[ 　]*[:：][^\t　\n]*")
_BLANK_LINE = re.compile(r"\n[ \t　>]*\n")
PEOPLE_LINES_UP = 3  # the record's lines above the venue's that may name its people


def venue_field_only(lines, line: tuple[int, int], value_start: int, verdict: str | None,
                     organisation: re.Pattern) -> bool:
    """The line (start, end) speaks for an organisation only by an event's venue field, holds no
    contact value of its own, no blank line parts it from the value at value_start (a reply's
    quoted booking over a signature), and a person is named on the lines just above it (see the module)."""
    text, (start, end) = lines.text, line
    if verdict != "organisation" or "場" not in text[start:end] and "地" not in text[start:end]:
        return False  # cheap gate: every venue label has 場 or 地
    if _BLANK_LINE.search(text, end, value_start):
        return False
    fields = list(_VENUE_FIELD.finditer(text, start, end))
    if not fields or lines.names_a_person(start, end) or any(start <= v < end for v in lines.value_starts):
        return False
    rest = "".join(text[a:b] for a, b in zip([start] + [f.end() for f in fields], [f.start() for f in fields] + [end]))
    if organisation.search(rest):
        return False  # another body named beside the venue (主催：…株式会社)
    for _ in range(PEOPLE_LINES_UP):
        if start == 0:
            return False
        start, end = line_bounds(text, start - 1)
        if not text[start:end].strip():
            return False  # the record's block ends
        if lines.names_a_person(start, end):
            return True
    return False
