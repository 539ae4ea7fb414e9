"""Where a 要配慮 word stands inside another word or names a group, not a person:
read from the dictionary and the letters right around it (after every matcher).

- A kanji word begun inside a longer word: 壊された in 破壊された, 華人 in
  中華人民共和国, 義手 in 主義手動. Kanji have no spaces: the dictionary's reading of
  the few kanji around the start says whether a word begins there.
- An origin used as a modifier of a noun of a group's things: 白人開拓者, 黒人音楽,
  アイヌ語, …反民族行為 — the people of a group, its language or culture, not
  someone's origin. Only those nouns: most kanji after an origin still say whose it
  is (韓国籍, 日系三世, 少数民族出身, 日系人社員).
- A practice that names a place: 礼拝堂, 礼拝所, 礼拝の場 (not 礼拝の間: as often a
  while, 礼拝の間は席を外す, as a room).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from detectors.nlp import WordLookup

_KANJI = re.compile("[\u4e00-\u9fff々]")
REACH = 4  # kanji read on either side of a phrase's start
_SIDES = "右左両片"  # 右手に麻痺: a side makes one word with a body part, and the phrase may leave it out
_GROUP_THINGS = re.compile("(?:語|音楽|文化|料理|文学|芸術|美術|舞踊|工芸|社会|史|運動|政策|開拓|行為|居住区|街|集落|"
                           "団体|国家|王朝|共和国|自治区)")
_PLACE_AFTER = re.compile("の?[堂所場]")


def begins_inside_a_word(text: str, start: int, lookup: Callable[[str], WordLookup]) -> bool:
    """A phrase that begins with a kanji right after another kanji, where the
    dictionary reads no word boundary between them (破|壊された)."""
    if start == 0 or not _KANJI.match(text, start) or not _KANJI.match(text, start - 1) or text[start - 1] in _SIDES:
        return False
    left = start - 1
    while left > 0 and start - left < REACH and _KANJI.match(text, left - 1):
        left -= 1
    return start - left not in lookup(text[left:start + REACH]).ends


def a_group_modifier(text: str, end: int) -> bool:
    """An origin word right before a noun of a group's things (白人開拓者, アイヌ語)."""
    return _GROUP_THINGS.match(text, end) is not None


def a_place_of_worship(text: str, end: int) -> bool:
    """A religious practice's word naming a building or a place (礼拝堂, 礼拝の場)."""
    return _PLACE_AFTER.match(text, end) is not None
