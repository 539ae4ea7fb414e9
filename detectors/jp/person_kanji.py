"""Kanji names the dictionary does not know as a whole, in running text.

- A Chinese or Korean name: a one-character surname of those countries and one or
  two more characters (王偉さん, 金載昊と, 楊秀麗に). The surname characters are
  also common words (王, 金, 高, 林), so the whole must not be a word the
  tokenizer knows (金曜, 高校, 林業), nor the rest a word of its own (高重量).
- A surname, then a given name the dictionary does not tag (早川漣と, 梶原一騎の,
  岡本吾市が): a spelling from the name lists, or characters that are no word of
  their own, and never the suffix of a place, a house or a group (山田町, 清水港).
Both end where a noun phrase ends (a particle, a comma, さん) or at a field's end.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from detectors.jp.base import starts_after
from detectors.jp.person_names import NameLists
from detectors.jp.person_words import CJK_SURNAMES, GROUP_AND_PLACE_ENDS, NOT_GIVEN_NAMES
from detectors.nlp import WordLookup
from detectors.words import KANJI_RANGE

_KANJI = KANJI_RANGE
_END = (r"(?=$|[ \t\n、。，．,.・（）()「」『』]|さん|様|氏|君|くん|ちゃん|殿|先生|は|が|の|に|と|を|も|や|へ|から|まで|"
        r"より|など|ら|たち|です|だ)")
CJK_NAME = re.compile(starts_after(f"[{CJK_SURNAMES}]", f"[{_KANJI}]") + rf" ?[{_KANJI}]{{1,2}}{_END}")
_CJK_CELL = re.compile(f"[{CJK_SURNAMES}][{_KANJI}]{{2}}")
_GIVEN = re.compile(rf"[{_KANJI}]{{1,2}}{_END}")
# suffixes that no Chinese or Korean given name begins with (金家族, 王様方, 李氏朝鮮)
_NEVER_FIRST = (GROUP_AND_PLACE_ENDS | frozenset("氏殿君邸道")) & NOT_GIVEN_NAMES
_KATAKANA_GIVEN = re.compile(rf"[ァ-ヶー]{{2,6}}{_END}")


def cjk_names(text: str, lookup: Callable[[str], WordLookup],
              tagged_surnames: Collection[int]) -> list[tuple[int, int]]:
    """(start, end) of Chinese and Korean names in kanji (王 偉, 金載昊): a surname
    of those countries, then one or two characters that are no word joined to it
    (金曜, 高校) and, unless the dictionary tags the surname as one (楊, 蔡), no
    word of their own (高重量, 全世界)."""
    found = []
    for match in CJK_NAME.finditer(text):
        name = match.group()
        given = name[1:].lstrip(" ")
        if a_suffix_in(given):
            continue
        if name[1] != " " and 1 not in lookup(name).ends and not read_as_a_given_name(name, lookup):
            continue
        if len(given) == 2 and match.start() not in tagged_surnames and 1 not in lookup(given).ends \
                and not lookup(given).name:  # 馬雪梅: 雪梅 a word, but a name
            continue
        found.append(match.span())
    return found


def read_as_a_given_name(name: str, lookup: Callable[[str], WordLookup]) -> bool:
    """周子軒, 李美玲 in running text: a full name as cjk_full_name reads it, which the dictionary
    cuts after its second character, reading the first two as a Japanese given name (周子,
    美子), not as a word (高齢者, 金曜日)."""
    return cjk_full_name(name, lookup) and lookup(name).ends[:1] == (2,) and lookup(name[:2]).name


def a_suffix_in(given: str) -> bool:
    """A place's, a house's or a group's suffix in a Chinese or Korean given name
    (高田, 金沢町, 林家): at its end, or anywhere among the characters that never
    begin one. Directions, 学, 国 and the like begin many (姜東元, 張学良, 李国華)."""
    return given[-1] in NOT_GIVEN_NAMES or given[0] in _NEVER_FIRST


def cjk_full_name(word: str, lookup: Callable[[str], WordLookup]) -> bool:
    """周子軒, 王梓涵: a Chinese or Korean surname, then a given name of two kanji that holds no
    suffix (金子様), the whole no one word of the dictionary (高校生). The one reader of such a
    name (revnames18): a person column's cell or a name's field takes it so; running text asks
    its reading for more (read_as_a_given_name: 周子 is a Japanese given name as well)."""
    return _CJK_CELL.fullmatch(word) is not None and not a_suffix_in(word[1:]) and len(lookup(word).ends) > 1


def given_name_end(text: str, end: int, next_word, lists: NameLists,
                   lookup: Callable[[str], WordLookup] | None = None) -> int | None:
    """Where a given name ends right after a surname that ends at `end` (早川漣,
    梶原一騎, 影山ヒロノブ): one or two kanji ending a phrase, none of them a suffix
    (町, 家), spelled as a given name in the lists or, for two, no word the
    tokenizer knows (the word after the surname is shorter, or unknown to the
    dictionary: 菊池契月); or a given name of the lists in katakana. None otherwise."""
    given = _GIVEN.match(text, end)
    if given is None:
        katakana = _KATAKANA_GIVEN.match(text, end)  # 影山ヒロノブ
        return katakana.end() if katakana and katakana.group() in lists.given_kana else None
    if any(ch in NOT_GIVEN_NAMES for ch in given.group()):
        return None
    if given.group() in lists.given_names:
        return given.end()
    if len(given.group()) != 2 or next_word is None or next_word.start != end:
        return None
    unknown = next_word.end < given.end() or (lookup is not None and lookup(given.group()).unknown)
    return given.end() if unknown else None
