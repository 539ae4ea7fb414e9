"""Kanji names the dictionary does not know as a whole, in running text.

- A Chinese or Korean name: a one-character surname of those countries and one or
  two more characters (王偉さん, 金載昊と, 楊秀麗に). The surname characters are
  also common words (王, 金, 高, 林), so the whole must not be a word the
  tokenizer knows (金曜, 高校, 林業).
- A Japanese surname the dictionary tags, then a given name it does not know
  (早川漣と, 岡本吾市が): one or two characters that are no word of their own
  and no suffix of a place or a house (山田町, 伊藤家, 清水港).
Both end where a noun phrase ends (a particle, a comma, さん) or at a field's end.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# The most common surnames of China (and Taiwan, Hong Kong) and Korea, one character
# each, as written in Japanese text (王, 張, 劉, 陳; 金, 李, 朴, 崔, 鄭).
CJK_SURNAMES = (
    "王李張劉陳楊黄黃趙周呉吳徐孫馬朱胡郭林高羅梁宋鄭謝韓唐馮許鄧曹彭曾蕭肖董袁潘蔣蒋蔡余杜葉叶程蘇苏魏呂吕"
    "丁任沈姚盧卢姜崔鍾钟譚谭陸陆汪范金石廖賈夏韋韦方白鄒邹孟熊秦邱江尹薛閻段雷侯龍龙史陶黎賀顧毛郝龔邵萬錢钱"
    "嚴严覃武戴莫孔向湯汤朴柳權权申洪文裵裴兪俞卓魯鲁車玄具禹閔辛邢溫温")
_KANJI = "\u4e00-\u9fff々"
_END = (r"(?=$|[ \t\n、。，．,.・（）()「」『』]|さん|様|氏|君|くん|ちゃん|殿|先生|は|が|の|に|と|を|も|や|へ|から|まで|"
        r"より|など|ら|たち|です|だ)")
CJK_NAME = re.compile(rf"(?<![{_KANJI}])[{CJK_SURNAMES}] ?[{_KANJI}]{{1,2}}{_END}")
_GIVEN_UNKNOWN = re.compile(rf"[{_KANJI}]{{1,2}}{_END}")
# Single characters after a surname that make it a place, a house, a shop or a group.
NOT_GIVEN_NAMES = frozenset(
    "家氏様殿君町区市県都府道村郡邸屋店社組会流派式側系線川山島橋通港寺城駅園館院宮堂神所局課部室係班隊軍党"
    "団座商工業科学校塾園丸号賞杯池沢谷浦岬湾峠坂台原野田口前内外東西南北上下中新旧本支分庁署病")


def cjk_names(text: str, boundaries: Callable[[str], Sequence[int]]) -> list[tuple[int, int]]:
    """(start, end) of Chinese and Korean names in kanji (王 偉, 金載昊): a surname
    of those countries, then one or two characters that are no word joined to it
    (金曜, 高校) and no word of their own (高重量, 全世界)."""
    found = []
    for match in CJK_NAME.finditer(text):
        given = match.group()[1:].lstrip(" ")
        if any(ch in NOT_GIVEN_NAMES for ch in given) or (match.group()[1] != " " and 1 not in boundaries(
                match.group())) or (len(given) == 2 and 1 not in boundaries(given)):
            continue
        found.append(match.span())
    return found


def surname_and_unknown_given(text: str, end: int, boundaries: Callable[[str], Sequence[int]]) -> int | None:
    """Where the given name ends after a surname that ends at `end` (早川漣),
    when one or two characters follow that are not a word the tokenizer knows
    (部長, 製作) nor a place's or a house's suffix (町, 家); None otherwise."""
    given = _GIVEN_UNKNOWN.match(text, end)
    if given is None or any(ch in NOT_GIVEN_NAMES for ch in given.group()):
        return None
    if len(given.group()) == 2 and 1 not in boundaries(given.group()):
        return None
    return given.end()
