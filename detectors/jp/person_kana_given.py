"""A kanji surname, a space, and a given name in hiragana, in a log's or a letter's prose
(people20): 森川 ひよりの送迎は, 北条 さくらが転倒, 宮内 あかねさん. The dictionary cuts a given
name in hiragana into words (ひ/より) before の, so its tags miss the name there.

The surname must be one of the lists or the dictionary's (two kanji or more, not glued to kanji before it); the
hiragana a given name's reading of the lists, then a particle, an honorific, a mark or the
line's end. A reading of two kana is a word as often (しか, とも, こと): it counts only before an
honorific.
"""

from __future__ import annotations

import re

from detectors.jp.person_names import NameLists, katakana
from detectors.jp.person_roles import dictionary_surname

_KANJI = "\u4e00-\u9fff々"
# where a candidate is: a space after kanji, then hiragana (the space sought first: rarer)
_SPACE_THEN_KANA = re.compile(rf"(?<=[{_KANJI}])[ \u3000](?=[ぁ-ゖ])")
_SURNAME_BEFORE = re.compile(rf"(?<![{_KANJI}])[{_KANJI}]{{2,4}}$")
_HONORIFIC = re.compile(r"さん|ちゃん|くん|様|君|氏|殿|先生")
_PARTICLE_OR_MARK = re.compile(r"[のはがをにともへや、。，,（(）)]|[ \u3000]*(?:$|\n)")
_LONGEST = 5
_HIRAGANA_RUN = re.compile("[ぁ-ゖ]+")


def kana_given_names(text: str, lists: NameLists) -> list[tuple[int, int]]:
    """(start, end) of a listed surname, a space and a given name in hiragana (see the module)."""
    spans = []
    for space in _SPACE_THEN_KANA.finditer(text):
        surname = _SURNAME_BEFORE.search(text, max(0, space.start() - 5), space.start())
        end = _given_end(text, space.end(), lists) if surname else None
        if end and (surname.group() in lists.surnames or dictionary_surname(surname.group())):
            spans.append((surname.start(), end))
    return spans


def _given_end(text: str, start: int, lists: NameLists) -> int | None:
    """Where the given name in hiragana from start ends, the longest reading of the lists
    that a particle, an honorific, a mark or the line's end follows."""
    run = _HIRAGANA_RUN.match(text, start)
    for size in range(min(_LONGEST, run.end() - start), 1, -1):
        end = start + size
        if katakana(text[start:end]) not in lists.given_kana:
            continue
        if _HONORIFIC.match(text, end) or (size >= 3 and _PARTICLE_OR_MARK.match(text, end)):
            return end
    return None
