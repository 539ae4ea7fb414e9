"""A full name in kanji addressed by an honorific whose surname neither the lists
nor the tags know (people16): 温水颯真様 reads as 温水 (hot water) and 颯真,
井筒柚葉さん as a well's frame and a surname. The honorific says a person is meant;
the run of kanji before it is the whole name when it splits, where the dictionary
puts a word's end, into a head of one to three kanji and a given name of the lists
that is no common word (颯真, 柚葉; not 希望, 健康, unless the head is a listed surname)
or that the dictionary reads as a name (陽葵). A head that is a role, a
department or a house (担当, 営業部, 山田家) names no surname, and a run the
dictionary reads as one word (理事長) none either.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from detectors.jp.person_names import NameLists
from detectors.jp.person_roles import not_two_given_names
from detectors.jp.person_words import GROUP_AND_PLACE_ENDS, ROLE_NOUNS, TITLES
from detectors.nlp import WordLookup

_HONORIFICS = ("さん", "様", "氏", "殿", "くん", "ちゃん")  # a child's too, as a centre's log calls one (births19)
_SPACES = (" ", "\u3000")
_TRADE_ENDS = frozenset("務業産設品商工")  # 山本 工務様, 森 建設様: a trade's name after the family's
# those addressed with a surname, not a given name (会員 一同様, 田中 夫妻様)
_GROUPS = frozenset({"一同", "各位", "御一行", "一行", "皆", "各", "全員", "有志", "一族", "ご一家", "一家",
                     "家族", "夫妻", "夫婦", "親子", "兄弟", "姉妹", "皆様"})
_KANJI = re.compile(r"[\u4e00-\u9fff々]")
LONGEST_RUN = 5  # a surname of three kanji and a given name of two, or two and three
# the last character of a department, a group, a house or a place: no surname ends so
_NOT_SURNAME_END = GROUP_AND_PLACE_ENDS | frozenset("員者生長")  # a member, a student, a head too


def addressed_kanji_names(text: str, lists: NameLists, lookup: Callable[[str], WordLookup]) -> list[tuple[int, int]]:
    """(start, end) of kanji names right before an honorific (see the module)."""
    spans = []
    for honorific in _HONORIFICS:
        at = text.find(honorific)
        while at >= 0:  # at 0 (様式第3号 …) nothing is before it, but the next one is sought
            span = _name_before(text, at, lists, lookup)
            if span:
                spans.append(span)
            at = text.find(honorific, at + 1)
    return spans


def _name_before(text: str, end: int, lists: NameLists, lookup: Callable[[str], WordLookup]) -> tuple[int, int] | None:
    start = end
    while start > 0 and end - start <= LONGEST_RUN and _KANJI.match(text, start - 1):
        start -= 1
    run = text[start:end]
    if 1 <= len(run) <= 3 and text[start - 1:start] in _SPACES:
        return _spaced_name_before(text, start, end, lists, lookup)
    if not 3 <= len(run) <= LONGEST_RUN:
        return None  # too short for a surname and a given name, or longer than a name (…小学校長)
    ends = None
    for given_length in (2, 3):
        head, given = run[:-given_length], run[-given_length:]
        if not 1 <= len(head) <= 3 or head in ROLE_NOUNS or head[-1] in _NOT_SURNAME_END:
            continue
        if head not in lists.surnames and not not_two_given_names(head, lists, lookup):
            continue  # two given names (翔太美咲さん: siblings), no surname
        ends = ends or lookup(run).ends
        if len(head) in ends and _a_given_name(head, given, lists, lookup):
            return start, end
    return None


def _spaced_name_before(text: str, given_start: int, end: int, lists: NameLists,
                        lookup: Callable[[str], WordLookup]) -> tuple[int, int] | None:
    """浜辺 陽向さん (shipyard19): a surname and a given name written apart before the honorific —
    the space splits them as a person's name is written, whatever the lists know; not a department,
    a role or a group on either side (総務 担当さん, 東京 本社様, 会員 一同様)."""
    head_end = given_start - 1
    head_start = head_end
    while head_start > 0 and head_end - head_start < 4 and _KANJI.match(text, head_start - 1):
        head_start -= 1
    head, given = text[head_start:head_end], text[given_start:end]
    if not 1 <= len(head) <= 3 or len(head) + len(given) < 3 or _is_no_name_part(head) or _is_no_name_part(given):
        return None
    if given not in lists.given_names and lookup(given).common:
        return None  # 山本 工務様, 佐藤 先生方様: a word, not a given name
    if given in lists.surnames and given not in lists.given_names:
        return None  # 至急 加藤様: a surname after a word, read on its own elsewhere
    return head_start, end


def _is_no_name_part(word: str) -> bool:
    return word in ROLE_NOUNS or word in TITLES or word[-1] in _NOT_SURNAME_END or word[-1] in _TRADE_ENDS or word in _GROUPS


def _a_given_name(head: str, given: str, lists: NameLists, lookup: Callable[[str], WordLookup]) -> bool:
    """A given name of the lists that is no common word (颯真; 希望 only after a surname
    of the lists or the dictionary), or one the dictionary reads as a name (陽葵)."""
    word = lookup(given)
    if given in lists.given_names and (not word.common or head in lists.surnames or lookup(head).name):
        return True
    return word.name
