"""ADDRESS of a lot outside the cities' blocks: a prefecture, its municipality (a 郡 or
an island before a 町 or 村, or a city's rural part) and a town whose land is numbered
by lot — a bare number (沖縄県島尻郡座間味村座間味105, 東京都八丈島八丈町三根1234,
岡山県倉敷市玉島乙島6000) or a lot in 漢数字 with its 番地 (…乙島六千番地). The number
ends the address (a building may follow it): a count or a year (…町で123人,
…村2026年) is not one (contact10)."""

from __future__ import annotations

from detectors.jp.address import _BUILDING, PREFECTURES, AddressRecognizer

# a place's name: no digit, letter, bracket or particle of a sentence (東京都の町村会議員12)
_NAME = r"[^\s\t,、。「」()（）\[\]:：<>0-9A-Za-zのはがをにでともへや]"
_MUNICIPALITY = rf"(?:{_NAME}{{1,8}}?[郡島])?{_NAME}{{1,6}}?[市町村]"
_LOT = r"[1-9][0-9]{0,4}(?:番地?)?(?:[-のノ][0-9]{1,4}号?)?(?![0-9])"
_KANJI_LOT = "[一二三四五六七八九十百千]+番地(?:の[一二三四五六七八九十]+)?"
# what may follow the lot: the end of the value, a building, a particle of a sentence
_LOT_END = r"(?=[\s\t,、。)）」<]|$|[にへで]|の(?![0-9]))"


class AddressLotRecognizer(AddressRecognizer):
    """AddressRecognizer's context, labels and checks; its own pattern."""

    PATTERNS = (
        ("address_lot", rf"(?:{'|'.join(PREFECTURES)}){_MUNICIPALITY}{_NAME}{{1,10}}?(?:{_LOT}|{_KANJI_LOT}){_BUILDING}{_LOT_END}",
         0.65),
    )
    PREFILTER = "[都道府県][^0-9\\s]{2,30}[0-9一二三四五六七八九十百千]"  # a prefecture, its places, a number
