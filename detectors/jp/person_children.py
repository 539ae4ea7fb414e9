"""A child called by a given name in hiragana with ちゃん or くん, as a nurse's or a
teacher's note writes it (ひなたちゃん（3歳）が発熱, そうたくんのお母さんから電話).
The given name must be a reading of the name lists (not おにい, じい, あか), stand
after no other hiragana, and be followed by what follows a person in a sentence;
a mascot (after a word for a character) is dropped later by person_goods."""

from __future__ import annotations

import re

from detectors.jp.person_names import NameLists

_CALLED = re.compile(r"(?<![ぁ-ゖー])([ぁ-ゖー]{2,5})(?:ちゃん|くん)(?=[がはのもにとへを、。（(）)])")


def children_called(text: str, lists: NameLists) -> list[tuple[int, int]]:
    """(start, end) of hiragana given names before ちゃん / くん."""
    if "ちゃん" not in text and "くん" not in text:
        return []
    return [m.span(1) for m in _CALLED.finditer(text)
            if "".join(chr(ord(c) + 0x60) if c != "ー" else c for c in m.group(1)) in lists.given_kana]
