"""ADDRESS written all in 漢数字 as a hand writes it in vertical lines (a 香典帳, an
envelope, a 身上書 copied by hand): the block's parts joined by の (手形二の五の十三),
a 丁目 then の (連坊一丁目二十の十四), a lot's digits one by one with 〇 (林町二一三三番地五)
and a room in the same digits (ロイヤルコート二〇二号室). From a prefecture it stands on its
own; from a municipality it needs a context word like every city's address (contact10)."""

from __future__ import annotations

from detectors.entities import ADDRESS
from detectors.jp.address import _PREFECTURE_INSIDE, PREFECTURES, AddressRecognizer
from detectors.jp.address_starts import past_time_words
from detectors.jp.base import JapanesePatternRecognizer

_K = "[〇一二三四五六七八九十百千]"
_OF = "[のノ]"
# 丁目 then two or three parts, three parts joined by の, or a lot's 番地 and its branch
_BLOCK = (rf"(?:{_K}+丁目{_K}+(?:{_OF}|番地?){_K}+号?(?:(?:{_OF}|番){_K}+号?)?|{_K}+{_OF}{_K}+{_OF}{_K}+"
          rf"|{_K}+番地(?:{_OF}?{_K}+)?)")
_ROOM = rf"(?: ?[^\s\t,、。「」()（）:：<>0-9]{{1,20}}?{_K}{{2,4}}号室)?"
_PLACE = r"[^\s\t,、。「」()（）:：<>0-9]{1,20}?"
_END = "(?![〇一二三四五六七八九十百千0-9])"
# a city starts where AddressRecognizer's does: after a space, a label or a particle, its name no sentence
_CITY_START = r"(?:(?<=[\u3041-\u3093])(?![\u3041-\u3093])|(?<![^\s\t:：、(（>】」]))"
_CITY = r"[^\s\t,、。:：()（）<>【】「」0-9はをで]{1,8}?"


class AddressKanjiRecognizer(JapanesePatternRecognizer):
    ENTITY = ADDRESS
    PATTERNS = (
        ("address_kanji_prefecture", rf"(?:{'|'.join(PREFECTURES)}){_PLACE}{_BLOCK}{_ROOM}{_END}", 0.65),
        ("address_kanji_city", rf"{_CITY_START}{_CITY}[市区町村]{_PLACE}{_BLOCK}{_ROOM}{_END}", 0.3),
    )
    CONTEXT = AddressRecognizer.CONTEXT
    NEGATIVE_CONTEXT = AddressRecognizer.NEGATIVE_CONTEXT
    PREFILTER = f"{_K}[のノ番丁]"

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """Less a match that runs a sentence's words into a prefecture (as AddressRecognizer)."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        past_time_words(text, results)  # 先月弘前市…: the city starts after 先月
        return [r for r in results if not _PREFECTURE_INSIDE.search(text, r.start + 1, r.end)]

    @staticmethod
    def canonical(value: str) -> str:
        return "".join(value.split())

