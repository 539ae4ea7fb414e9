"""What a form prints for everyone: the caption of a check box left empty (□一般の
障害者), a note or a definition (※…を記入, 障害者とは…をいいます). It names a
category and says nothing of the person who fills the form; a ticked box (■, ☑,
✓, ○) or a value written in is the information.
"""

from __future__ import annotations

import re

_EMPTY_BOXES = "□☐"
_BOXES = "□☐■☑☒✓✔○◯●◎"
_CELL_END = re.compile(r"[\t\n]")
# a printed note: ※ or （注） leading its line
_NOTE = re.compile(r"[ \t]*(?:[^\t\n]{1,30}: )?(?:※|\*|＊|\(注[0-9]*\)|注[0-9]*[.:)]|【注】|<注>)")
# a definition: 「Xとは、…をいいます」, 「…のことです」
_DEFINITION_END = re.compile(r"(?:をいいます|をいう|を指します|を指す|のことです|のことをいいます)(?:。|$)")


def _cell_start(text: str, position: int) -> int:
    start = max(text.rfind("\t", 0, position), text.rfind("\n", 0, position)) + 1
    label = text.rfind(": ", start, position)
    return label + 2 if label >= 0 else start


def _box_before(text: str, position: int) -> str:
    """The nearest check-box glyph before position in its cell, or ""."""
    start = _cell_start(text, position)
    for index in range(position - 1, start - 1, -1):
        if text[index] in _BOXES:
            return text[index]
    return ""


def in_empty_box(text: str, position: int) -> bool:
    """Whether position is in the caption of an empty check box."""
    return _box_before(text, position) in tuple(_EMPTY_BOXES)


def in_ticked_box(text: str, position: int) -> bool:
    """Whether position is in the caption of a ticked box: the value chosen."""
    box = _box_before(text, position)
    return bool(box) and box not in _EMPTY_BOXES


def in_printed_note(text: str, position: int) -> bool:
    """Whether position is in a printed note (※…, （注）…) or a definition."""
    line_start = text.rfind("\n", 0, position) + 1
    if _NOTE.match(text, line_start):
        return True
    ends = [i for i in (text.find("。", position), text.find("\n", position), text.find("\t", position)) if i >= 0]
    sentence_end = min(ends) + 1 if ends else len(text)
    sentence_start = max(text.rfind("。", 0, position), line_start - 1, text.rfind("\t", 0, position)) + 1
    sentence = text[sentence_start:sentence_end]
    return "とは" in sentence and bool(_DEFINITION_END.search(sentence))


def is_printed(text: str, position: int) -> bool:
    return in_empty_box(text, position) or in_printed_note(text, position)
