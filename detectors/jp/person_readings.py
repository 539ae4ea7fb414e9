"""A name's reading in brackets right after the name (shipyard19): 真壁 伸治（マカベシンジ）,
森下千秋 (もりした ちあき) — a staff card's, a hiring memo's or a roster's way of giving the
reading beside the kanji; a table gives it in the next cell (門脇 晴臣 | カドワキ ハルオミ). The bracket holds kana alone, and they begin with a dictionary reading
of the name's first kanji (マカベ for 真壁, シンジ for 伸治): 山田 太郎（アルバイト）, 森（パート）hold a post, no reading."""

from __future__ import annotations

import re
from functools import lru_cache

from detectors.kanji_variants import common_forms
from detectors.name_forms import reading_form
from detectors.nlp import sudachi_dictionary

# one kana word or two (solid or apart), closing the bracket
_READING = re.compile(r" ?[（(] *(?P<reading>[ァ-ヺー]{2,12}(?:[ \u3000][ァ-ヺー]{1,12})?"
                      r"|[ぁ-ゖー]{2,12}(?:[ \u3000][ぁ-ゖー]{1,12})?) *[)）]")
# …or in the table's next cell, a composed `header: ` before it or none (a two-row header's second
# column: 講師氏名 | フリガナ under one 本人 spans both; people22)
_NEXT_CELL = re.compile(r"\t(?:[^\t\n:]{1,40}: )?(?P<reading>[ァ-ヺー]{2,12}(?:[ \u3000][ァ-ヺー]{1,12})?)(?=[\t\n]|$)")
_KANJI_START = re.compile(r"[\u4e00-\u9fff々]{1,3}")


def readings_after(text: str, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of the readings in brackets right after names (spans found in text) written in kanji."""
    bracketed, tabbed = "(" in text or "（" in text, "\t" in text
    if not (bracketed or tabbed):
        return []
    found = []
    for start, end in names:
        match = (_READING.match(text, end) if bracketed else None) or (_NEXT_CELL.match(text, end) if tabbed else None)
        head = _KANJI_START.match(text, start, end) if match else None
        if head and _reads_as(head.group(), reading_form(match.group("reading").replace(" ", "").replace("\u3000", ""))):
            found.append(match.span("reading"))
    return found


def _reads_as(kanji: str, reading: str) -> bool:
    """Whether the reading holds a dictionary reading (two kana or more) of the kanji's first one to
    three letters: the surname's at its start, or the given name's (a span found may be either part)."""
    return any(len(part) >= 2 and part in reading for size in range(len(kanji), 0, -1) for part in _readings(kanji[:size]))


@lru_cache(maxsize=4096)
def _readings(word: str) -> frozenset[str]:
    return frozenset(reading_form(m.reading_form()) for m in sudachi_dictionary().lookup(common_forms(word)))
