"""A city's address that is a line of its own: the block of an envelope or a 宛名ラベル
(沼津市大手町2-14-7 山田方 / 山本 太一 様), a person's mail signature under their name, a letter's
address lines. Nothing else stands on the line, so no sentence's word runs into the
place, and a line of a town and its block is an address whoever's it is (an
organisation's own is told apart as a prefecture's address is, by its own rules). A
city's address inside a sentence or a cell among others still needs its label
(address15)."""

from __future__ import annotations

import re

from detectors.jp.base import OWN_COLUMN_SCORE

_BLANKS = " \u3000\r"
# what may follow the address on its line: the household it is sent in care of (山田方, 山田様方, 若竹荘気付)
_CARE_OF = re.compile(r"[ \u3000]?[^\s0-9]{1,12}?(?:様方|方|気付)[ \u3000\r]*")


def alone_on_line(text: str, start: int, end: int) -> bool:
    """Whether only blanks stand before start and after end on their line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    after = text[end:len(text) if line_end < 0 else line_end]
    return not text[line_start:start].strip(_BLANKS) and (not after.strip(_BLANKS) or _CARE_OF.fullmatch(after) is not None)


# a city down to its block (a prefecture and its city alone, 宮崎県延岡市 over a phone line, is a letterhead's place)
_WITH_BLOCKS = frozenset({"address_city", "address_kanji_city"})


def lines_of_their_own(text: str, results: list, low: float) -> None:
    """Raise each result below `low` with its block that is alone on its line."""
    for result in results:
        explanation = result.analysis_explanation
        if (result.score < low and explanation is not None and explanation.pattern_name in _WITH_BLOCKS
                and "\t" not in text[result.start:result.end] and alone_on_line(text, result.start, result.end)):
            result.score = OWN_COLUMN_SCORE
