"""A staff member's surname alone after the desk or the post that sends them (people22): a
record's label of who handled it, then where that person works and as what, then the surname
at the field's end — 対応：移住コンシェルジュ 柘植, 添削：○○大学 キャリアセンター 瀬尾,
受付：市民課 窓口係 蔵本, 担当 地域包括支援センター 社会福祉士 乙部. A desk's log, a career centre's
memo and a consultation sheet write their own staff so: the surname is enough inside the office.

The label is a doer's word (person_log_cells.DOERS, and the desk's own: 添削, 面談, 相談, 案内, 指導,
引率, 同行, 講師), with 者, 人 or 員 after it or not, then a colon or a blank. Between it and the
surname stand one to three words, the last of which names a desk or a post (it ends as a
department, a body or a post does: 課, 係, センター, 大学, 員, 士, 師, or is a staff word in
katakana: コンシェルジュ, カウンセラー); the surname is of the name lists or of the dictionary (of one
character, one that is no common word: 轟, 橘) and ends the field (a tab, the line's end, a bracket,
the next field after a blank).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from detectors.first_chars import finder_of, matches
from detectors.jp.person_lone import ONE_CHARACTER_SURNAMES
from detectors.jp.person_log_cells import DOERS
from detectors.jp.person_names import NameLists
from detectors.jp.person_roles import dictionary_surname
from detectors.jp.person_words import DESK_END
from detectors.nlp import WordLookup
from detectors.words import KANJI_RANGE

_KANJI = KANJI_RANGE
_DESK_DOERS = ("添削", "面談", "相談", "案内", "指導", "引率", "同行", "講師", "相談員", "担当職員")
_WORD = r"[^\s:：、。,，（）()]{1,16}"
_POSTED = re.compile(
    rf"(?<![{_KANJI}])(?:{'|'.join(DOERS + _DESK_DOERS)})(?:者|人|員)?(?:[:：][ \u3000]?|[ \u3000])"
    rf"((?:{_WORD}[ \u3000]){{1,3}})([{_KANJI}]{{1,4}})"
    rf"(?=[ \u3000]*(?:[\t\n（(]|$)|[ \u3000]+[{_KANJI}ぁ-ゖァ-ヶー]{{2,6}}[:：])", re.MULTILINE)
_POSTED_FINDER = finder_of(_POSTED)  # tried only where a doer's word starts
_DESK_OR_POST = re.compile(rf".*{DESK_END}")  # the word right before the surname


def posted_staff(text: str, lists: NameLists, lookup: Callable[[str], WordLookup] | None) -> list[tuple[int, int]]:
    """(start, end) of the surnames alone after a doer's label and a desk or a post (see the module)."""
    if lookup is None:
        return []
    return [match.span(2) for match in matches(_POSTED, _POSTED_FINDER, text)
            if _DESK_OR_POST.fullmatch(match.group(1).split()[-1])
            and _a_surname(match.group(2), lists)]


def _a_surname(word: str, lists: NameLists) -> bool:
    """Of the lists or the dictionary; of one character, one that is no common word (轟, 橘: person_lone)."""
    if len(word) == 1:
        return word in ONE_CHARACTER_SURNAMES
    return word in lists.surnames or dictionary_surname(word)
