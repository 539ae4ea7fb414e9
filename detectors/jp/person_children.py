"""A child called by a given name in hiragana with ちゃん or くん, as a nurse's or a
teacher's note writes it (ひなたちゃん（3歳）が発熱, そうたくんのお母さんから電話).
The given name must be a reading of the name lists (not おにい, じい, あか), stand
after no other hiragana but a particle after a kanji (今日はゆうとくんが), and be followed by what follows a person in a sentence;
a mascot (after a word for a character) is dropped later by person_goods.
A given name of one kanji so called (朔くん, 紬ちゃんは) is a child's too (names18): a kanji of the
given-name lists, glued to no kanji, katakana or お/ご before it (お嬢ちゃん, 赤ちゃん are no name); so is
one of two or three kanji of the lists the dictionary reads as a word (委託中の篤志くん, 篤志 a
benefactor) (people22)."""

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


_CALLED_WORD = re.compile("ちゃん|くん")
_AFTER_CALLED = "がはのもにとへを、。（(）) \u3000\t\n"
_NOT_BEFORE_KANJI = re.compile(r"[\u4e00-\u9fff々ァ-ヶーおご]")
_KANJI = re.compile(r"[\u4e00-\u9fff々]")
MAX_CALLED_KANJI = 3


def one_kanji_children(text: str, lists: NameLists) -> list[tuple[int, int]]:
    """(start, end) of given names of one to three kanji before ちゃん / くん."""
    if "ちゃん" not in text and "くん" not in text:
        return []
    spans = []
    for m in _CALLED_WORD.finditer(text):
        after = text[m.end():m.end() + 1]
        if after and after not in _AFTER_CALLED:
            continue
        for size in range(1, MAX_CALLED_KANJI + 1):  # the shortest given name glued to nothing before it
            start = m.start() - size
            if start < 0 or not _KANJI.match(text, start):
                break
            if text[start:m.start()] in lists.given_names and not (start > 0 and _NOT_BEFORE_KANJI.match(text, start - 1)):
                spans.append((start, m.start()))
                break
    return spans


def _katakana(hiragana: str) -> str:
    return "".join(chr(ord(c) + 0x60) if c != "ー" else c for c in hiragana)
