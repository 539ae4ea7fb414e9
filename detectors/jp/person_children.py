"""A child called by a given name in hiragana with ちゃん or くん, as a nurse's or a
teacher's note writes it (ひなたちゃん（3歳）が発熱, そうたくんのお母さんから電話).
The given name must be a reading of the name lists (not おにい, じい, あか), stand
after no other hiragana but a particle after a kanji (今日はゆうとくんが), and be followed by what follows a person in a sentence;
a mascot (after a word for a character) is dropped later by person_goods."""

from __future__ import annotations

import re

from detectors.jp.person_names import NameLists

_CALLED = re.compile(r"(?<![ぁ-ゖー])([ぁ-ゖー]{2,6})(?:ちゃん|くん)(?=[がはのもにとへを、。（(）)])")
_PARTICLES = "はがともにのをへ"  # 今日はゆうとくんが, お母さんがくるみちゃん: the name after the particle


def children_called(text: str, lists: NameLists) -> list[tuple[int, int]]:
    """(start, end) of hiragana given names before ちゃん / くん."""
    if "ちゃん" not in text and "くん" not in text:
        return []
    found = []
    for m in _CALLED.finditer(text):
        run = m.group(1)  # the whole run first, then what follows each particle in it (さんがくるみ)
        for skip in [0] + [i + 1 for i, c in enumerate(run[:-2]) if c in _PARTICLES]:
            called = run[skip:]
            if len(called) >= 2 and _katakana(called) in lists.given_kana:
                found.append((m.start(1) + skip, m.end(1)))
                break
    return found


def _katakana(hiragana: str) -> str:
    return "".join(chr(ord(c) + 0x60) if c != "ー" else c for c in hiragana)
