"""Names after a word for the person who does a thing, a blank between (issue 12, names25).

Records and notices write who did or is what as a role, a blank, the name: 担当 松下 剛,
世帯主 砂川　凛太郎, 点検者 伏見, 作業責任者 石動篤志, 受験者 レ・ティ・ラン 氏. person_roles reads
the roles it lists (and a few only before a colon); here the role is any word for a person:
one of ROLES_BEFORE (担当, 書記, 代表, 指導員), or a kanji word that ends in a suffix that makes
an agent noun (者 員 師 士 役 主 官 人: 配偶者, 測定者, 調査員, 助産師, 世話役, 世帯主, 面接官,
世話人), a compound's head before it allowed (面談担当). The value must end its field (a line's
or a cell's end, a bracket, an honorific, a blank and の, a date, the next label and its number) and have a
name's shape (person_roles.name_shaped): a surname and a given name of the lists or the tags
(not 経理 山田), a surname of one character and a word no common one (李 承浩), or a surname
alone (伏見, not 営業部 or 負担).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from detectors.jp.person_names import NameLists
from detectors.jp.person_roles import name_shaped
from detectors.jp.person_words import ROLES_BEFORE
from detectors.nlp import WordLookup
from detectors.words import KANJI_RANGE, alternation

_KANJI = KANJI_RANGE
_NAME_SCRIPT = f"{_KANJI}ぁ-ゖァ-ヶー"
_AGENT_SUFFIXES = "者員師士役主官人"
_ROLE = (rf"(?<![{_NAME_SCRIPT}A-Za-z])[{_KANJI}]{{0,5}}(?:{alternation(ROLES_BEFORE)}"
         rf"|(?<=[{_KANJI}])[{_AGENT_SUFFIXES}])[ \u3000]+")
_SHAPE = (rf"([{_KANJI}]{{1,6}}(?:[ \u3000]{{1,2}}[{_KANJI}ぁ-ゖ]{{1,4}})??"
          rf"|[ァ-ヶー]{{1,8}}(?:[ \u3000・][ァ-ヶー]{{1,8}}){{1,3}})")
# Where the field ends (NFKC has made a full-width blank a space): the text's, a line's or a
# cell's end, a bracket, an honorific, a blank and の (世話役 薬師寺 の指示), a date, the next
# label (with a colon, or a word then its value: 点検日 令和7年, 運転免許 4537…).
_END = (rf"(?=[ \u3000]*(?:$|[\t\n\r（(）)、,，。<]|様|さん|殿|氏|先生)|[ \u3000]+の(?=[{_KANJI}])"
        rf"|[ \u3000]+(?:令和|平成|昭和|[RH][0-9０-９]|[0-9０-９]{{1,4}}[年月/.\-])"
        rf"|[ \u3000]+[{_NAME_SCRIPT}]{{2,6}}(?:[:：]|[ \u3000]*[0-9０-９(（+]))")
_AGENT_NAME = re.compile(_ROLE + _SHAPE + _END)
# Every match holds a role's last letter and a blank; it starts at most _ROLE_REACH letters before
# that letter (five kanji of a compound's head, then the longest role): the text is searched from
# there, and a text with no such pair at all is not searched (re tries _ROLE at every kanji).
_ROLE_END = re.compile(f"[{re.escape(''.join(sorted({role[-1] for role in ROLES_BEFORE} | set(_AGENT_SUFFIXES))))}]"
                       "[ \u3000]")
_ROLE_REACH = 5 + max(map(len, ROLES_BEFORE))
_PARTS = re.compile(r"[ \u3000]+")


def agent_labelled_names(text: str, lists: NameLists,
                         lookup: Callable[[str], WordLookup] | None) -> list[tuple[int, int]]:
    """(start, end) of the names written after a word for a person (see the module). The
    value is a surname and the next word when that is a given name, else the surname alone."""
    if lookup is None:
        return []
    found, role_end = [], _ROLE_END.search(text)
    if role_end is None:
        return found
    for match in _AGENT_NAME.finditer(text, max(0, role_end.start() - _ROLE_REACH)):
        value = _value(match.group(1), _LONGER.match(text, match.start(1)), lists, lookup)
        if value and name_shaped(value, lists, lookup):
            found.append((match.start(1), match.start(1) + len(value)))
    return found


_LONGER = re.compile(rf"([{_KANJI}]{{1,6}}[ \u3000]{{1,2}}[{_KANJI}ぁ-ゖ]{{1,4}})" + _END)


def _value(value: str, longer: re.Match | None, lists: NameLists, lookup: Callable[[str], WordLookup]) -> str:
    """The name of a match: a surname and the next word when that is a given name (山田 太郎（…), a
    surname of one character and a word no common one (李 承浩: a Chinese given name the lists do not
    hold), else a surname alone of two characters or more (伏見 点検日 令和7年…); "" for none."""
    if not re.match(f"[{_KANJI}]", value):
        return value  # a katakana name in parts
    family = _PARTS.split(value)[0]
    if longer and _given_name_after(longer.group(1), lists, lookup):
        return longer.group(1)
    if len(family) == 1:
        return longer.group(1) if longer and not lookup(_PARTS.split(longer.group(1))[-1]).common else ""
    return family


def _given_name_after(value: str, lists: NameLists, lookup: Callable[[str], WordLookup]) -> bool:
    """A kanji surname and given name apart: the second a given name of the lists, or a name
    the tags know that is no surname of the lists (担当 経理 山田 names 山田 alone, if anyone)."""
    given = _PARTS.split(value)[-1]
    return given in lists.given_names or (lookup(given).name and given not in lists.surnames)


