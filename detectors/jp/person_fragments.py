"""Parts of other words read as names (issue 12, dates10), told by what joins the span to
its neighbours, not by a list of the words:
- a title spaced out to the width of a page (「入 院 申 込 書」, 「感　謝　状」): every part of
  the span is one character, and so is the part beside it (not an honorific: 林 薫 様);
- a piece of a word written in hiragana (「としょかんだより」): the span is hiragana and a
  hiragana that ends no particle stands right before it;
- a building's name with its room after it (「メゾン・ド・ソレイユ 203号室」)."""

from __future__ import annotations

import re

_ONE = "[一-龥々ぁ-んァ-ヺ]"
_SPACE = "[ \u3000]"
_ONE_BEFORE = re.compile(rf"(?:^|(?<=[\s]))({_ONE}){_SPACE}+$")
_ONE_AFTER = re.compile(rf"^{_SPACE}+({_ONE})(?:[\s]|$)")
HONORIFICS = "様殿氏君宛"
_HIRAGANA = re.compile(rf"[ぁ-ん]+(?:{_SPACE}[ぁ-ん]+)?")
PARTICLES = "はがのにともをへやでかねよ"  # a name in hiragana may follow a particle (…とかんださん)
_ROOM_AFTER = re.compile(rf"{_SPACE}*[0-9]{{1,4}} ?(?:号室|号)")


def a_word_part(text: str, start: int, end: int) -> bool:
    """Whether the span is a spaced-out title's part, a hiragana word's piece or a
    building's name before its room."""
    line_start = text.rfind("\n", 0, start) + 1
    return (_spaced_out(text, line_start, start, end) or _inside_hiragana(text, start, end)
            or _ROOM_AFTER.match(text, end) is not None)


def _spaced_out(text: str, line_start: int, start: int, end: int) -> bool:
    parts = text[start:end].split()
    if len(parts) < 2 or any(len(part) != 1 for part in parts):
        return False
    after = _ONE_AFTER.match(text[end:end + 4])
    return (_ONE_BEFORE.search(text[max(line_start, start - 4):start]) is not None
            or (after is not None and after.group(1) not in HONORIFICS))


def _inside_hiragana(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else ""
    return (_HIRAGANA.fullmatch(text[start:end]) is not None and "ぁ" <= before <= "ん"
            and before not in PARTICLES)
