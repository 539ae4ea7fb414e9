"""ADDRESS written all in 漢数字 as a hand writes it in vertical lines (a 香典帳, an
envelope, a 身上書 copied by hand): the block's parts joined by の (手形二の五の十三),
a 丁目 then の (連坊一丁目二十の十四), a lot's digits one by one with 〇 (林町二一三三番地五)
and a room in the same digits (ロイヤルコート二〇二号室). From a prefecture it stands on its
own; from a municipality it needs a context word like every city's address (contact10)."""

from __future__ import annotations

from detectors.jp.address import CITY_ANCHOR, CITY_NAME, CITY_START, PLACE, PREFECTURES, AddressRecognizer

_K = "[〇一二三四五六七八九十百千]"
_OF = "[のノ]"
# 丁目 then two or three parts, three parts joined by の, or a lot's 番地 and its branch
_BLOCK = (rf"(?:{_K}+丁目{_K}+(?:{_OF}|番地?){_K}+号?(?:(?:{_OF}|番){_K}+号?)?|{_K}+{_OF}{_K}+{_OF}{_K}+"
          rf"|{_K}+番地(?:{_OF}?{_K}+)?)")
_ROOM = rf"(?: ?[^\s\t,、。「」()（）:：<>0-9]{{1,20}}?{_K}{{2,4}}号室)?"
_END = "(?![〇一二三四五六七八九十百千0-9])"


class AddressKanjiRecognizer(AddressRecognizer):
    """AddressRecognizer's context, labels and checks; its own patterns."""

    PATTERNS = (
        ("address_kanji_prefecture", rf"(?:{'|'.join(PREFECTURES)}){PLACE}{_BLOCK}{_ROOM}{_END}", 0.65),
        ("address_kanji_city", rf"{CITY_START}{CITY_NAME}[市区町村]{PLACE}{_BLOCK}{_ROOM}{_END}", 0.3),
    )
    ANCHORED = {"address_kanji_city": CITY_ANCHOR}
    PREFILTER = f"{_K}[のノ番丁]"
