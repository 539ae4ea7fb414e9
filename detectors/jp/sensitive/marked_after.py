"""A questionnaire's answer whose mark follows the disease (胃ポリープ■ 心臓病□, 喘息☑): the
other writing of conditions.py's ☑高血圧. ■ and ● are marks only on a line of choices (a line
holding an empty □ or ○ too); the disease is a noun of its own shape (the lexicon or its ending).
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.lexicon import WORD_CHAR
from detectors.jp.sensitive.phrases import Cells, Phrase

_MARK = re.compile(r"[☑☒✓✔■●◉]")
_SOLID = "■●◉"  # a mark only on a line of choices
_EMPTY = re.compile(r"[□☐○]")
_NOUN_BEFORE = re.compile(rf"[{WORD_CHAR}]{{2,16}}[ 　]?\Z")
_FIRST_BOX = re.compile(r"[☑☒✓✔■●◉□☐○]")
_CUES = ("☑", "☒", "✓", "✔", "■", "●", "◉")
_WORD_LETTER = re.compile(f"[{WORD_CHAR}]")


class MarkedAfterMatcher:
    """Diseases with a ticked mark right after them."""

    def __init__(self, disease_like) -> None:
        self.disease_like = disease_like  # HealthMatcher.disease_like

    def find(self, text: str, cells: Cells) -> list[Phrase]:
        if not any(cue in text for cue in _CUES):
            return []
        found = []
        for mark in _MARK.finditer(text):
            line_start = text.rfind("\n", 0, mark.start()) + 1
            line_end = _line_end(text, mark.end())
            if (mark.group() in _SOLID and not _EMPTY.search(text, line_start, line_end)) or not marks_follow(
                    text, line_start, line_end):
                continue
            noun = _NOUN_BEFORE.search(text, max(line_start, mark.start() - 17), mark.start())
            if noun and self.disease_like(noun.group().rstrip(" 　")):
                found.append(Phrase(noun.start(), noun.start() + len(noun.group().rstrip(" 　")), "病歴"))
        return found


def marks_follow(text: str, line_start: int, line_end: int) -> bool:
    """Whether a line of choices writes its boxes after the words (心臓病□ 胃ポリープ■): its
    first box stands right after a word, not at the line's start or after a space."""
    first = _FIRST_BOX.search(text, line_start, line_end)
    return bool(first) and first.start() > line_start and _WORD_LETTER.match(text, first.start() - 1) is not None


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end
