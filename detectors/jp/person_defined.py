"""Japanese names whose given part the dictionary reads as a word, where the sentence
that begins with them defines them as a kind of person (issue 12, prose18).

An encyclopaedia's, a programme's or a staff page's first sentence of a person is
「<name>は、<where from>の<kind of person>。」 (…は、大阪府出身の俳人。, …は、日本の元
プロレスラー。). Pen names, stage names and many given names are common words (夕凪,
春雷, 夜光), so the tokenizer splits the name into a surname and a word and no tag
says person; the definition does. person_said reads the same definition for katakana
words; here the candidate is the whole run of the sentence's first words before
は、, read only when it begins with a surname of the lists and is no longer than a
name (up to eight characters of kanji and kana, no particle or mark inside).
Not a person: the run is said to be something else by the kind (a place, a company:
…の企業。 is no kind of person), a household (…家は、…の旧家。: person_said's
not-kinds), or it runs on with a company's or a place's word (…商店, …県).
"""

from __future__ import annotations

import re

from detectors.jp.person_names import NameLists
from detectors.jp.person_said import defined_as_a_person
from detectors.jp.person_words import GROUP_AND_PLACE_ENDS

_KANJI = "\u4e00-\u9fff々"
# the run before は、 at a sentence's start: kanji first (a surname), then kanji or kana
_RUN = re.compile(rf"[{_KANJI}][{_KANJI}ぁ-ゖァ-ヶー]{{1,7}}$")
_SENTENCE_START = "。\n"


def defined_kanji_names(text: str, lists: NameLists, found: list[tuple[int, int, float]]) -> list[tuple[int, int]]:
    """(start, end) of a name that begins its sentence and that the sentence defines as
    a kind of person (see the module), not overlapping what was found."""
    spans = []
    at = text.find("は、")
    while at > 0:
        start = _sentence_start(text, at)
        run = _RUN.search(text, start, at) if at - start <= 8 else None
        if run and run.start() == start and _a_name(run.group(), lists) and defined_as_a_person(text, start, at) \
                and not any(s < at and start < e for s, e, score in found if score >= 0.6):
            spans.append((start, at))
        at = text.find("は、", at + 2)
    return spans


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding at begins: after 。 or a line's end, or the text's start."""
    return max(text.rfind(mark, 0, at) for mark in _SENTENCE_START) + 1


def _a_name(run: str, lists: NameLists) -> bool:
    """A surname of the lists, then a given part of one to five characters, and no word of
    a body or a place at the end (…商店, …町)."""
    if any(run.endswith(end) for end in GROUP_AND_PLACE_ENDS):
        return False
    return any(run[:n] in lists.surnames and 1 <= len(run) - n <= 5 for n in (1, 2, 3))
