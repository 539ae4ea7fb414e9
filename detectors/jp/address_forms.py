"""ADDRESS written in the forms the main recognizer (detectors.jp.address) leaves:
a rural lot after 字 or 京都's 上ル・西入 and its town with a bare number
(大字上野字中原123, 烏丸通六角上ル饅頭屋町123), romanised (1-2-3 Hongo, Bunkyo-ku,
Tokyo), a vCard's ADR, and a town with its block and no municipality (小手指町3ノ5ノ12,
大森町1234番地) — the last only as a whole cell or line under an address label
(住所, address, jusho, 送付先, 訪問先) or right after a cell that ends in the
municipality (都道府県 | 市区町村 | 番地 of a split address). A town in prose
(大森町の工場で), a station or a route has no block number and is never matched."""

from __future__ import annotations

import re

from detectors.entities import ADDRESS
from detectors.jp.address import _BLOCK, _BUILDING, CITY_START, GAP, PREFECTURES, AddressRecognizer
from detectors.jp.address_abroad import STREET_ABROAD, STREET_GATE
from detectors.jp.address_labels import ADDRESS_LABEL as _ADDRESS_LABEL
from detectors.jp.address_labels import LABEL_WORDS as _LABEL_WORDS
from detectors.jp.address_labels import LOW, AddressHeaders, under_address_header
from detectors.jp.base import LABEL_REACH, JapanesePatternRecognizer
from detectors.lines import COMPOSED_HEADER

_NAME = r"[^\s\t,、。「」()（）:：<>0-9]"
_PREFECTURE = f"(?:{'|'.join(PREFECTURES)})"
# A lot number with nothing after it but a 番地, a branch (-5, の5) or a building.
_LOT = rf"[0-9]{{1,4}}(?:番地?)?(?:[-のノ]?[0-9]{{1,4}}号?)?(?![0-9]){_BUILDING}"
_AZA = rf"{_NAME}{{1,12}}?[市区郡町村]{_NAME}{{0,20}}?字{_NAME}{{1,6}}?{_LOT}"
_KYOTO_WAY = r"(?:[上下](?:ル|る)|[東西]入(?:ル|る)?)"
_ROMAN_PLACE = r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?"  # Hongo, Nishi-Shinjuku, Higashi-ikebukuro
_ROMAN_UNIT = r"[A-Z][a-z]+[- ](?i:ku|shi|gun|cho|machi|mura|son)\b"
# the postal code after the city is a POSTAL_CODE of its own, not part of the address
_ROMAN_SUFFIX = r"(?:-(?i:shi|ken|fu|to)| Pref(?:ecture)?\.?)?"  # Akita-ken, Akita Pref.
_ROMAN_TAIL = rf"(?:,? [A-Z][a-z]+{_ROMAN_SUFFIX})?"
# 千二百三十四番地の五: a lot in 漢数字 (a register's hand)
_KANJI_LOT = "[一二三四五六七八九十百千〇]+番地?(?:の?[一二三四五六七八九十]+号?)?"
_ROMAN_BLOCK = r"[0-9]{1,4}(?:-[0-9]{1,4}){1,2}"
_AZA_GATE = r"字[^\s0-9]{1,6}[0-9]"
_ROMAN_GATE = r"[a-z][- ](?i:ku|shi|gun|cho|machi|mura|son)\b"
_START = r"(?<![^\s\t:：、(（>\"])"  # after a quote too: a one-line JSON's value
_TOWN = r"[^\s\t,、。「」()（）:：<>0-9A-Za-z.#№第\"]"  # a town's name: no letters (No.3-12), no 第

# Labels whose value is a person's address: the town-and-block pattern counts only
# under one of them in its cell (or line above), or after a municipality's cell.
# a desk, a room or a hall with its number (総務課 3-2, 第2会議室 3-12), not a town
_NOT_A_TOWN_END = "(?<![課部室係階号棟館店局会所窓式表票書届欄版番図宅])"
# 三丁目30番12号 alone is the block of a split address (住所2), its town in the cell before
_NOT_A_BLOCK_ALONE = "(?![一二三四五六七八九十百]+丁目)"
# A prefecture and its municipality on one line, the town and block on the next (an
# envelope's or a letterhead's layout), and the parts of an address typed apart with
# spaces (長野県 松本市 旭2-5-1); the block starts with no 0 (a phone on the next line)
_NOT_A_PHONE_LINE = "(?!電話|携帯|ファ[ック]*ス|連絡)"
_BLOCK_START = "(?=[1-9一二三四五六七八九十])"
_TWO_LINES = rf"{_PREFECTURE}{_NAME}{{1,12}}?[市区町村郡] *\n *{_NOT_A_PHONE_LINE}{_TOWN}{{1,12}}?{_BLOCK_START}{_BLOCK}{_BUILDING}"
_SPACED = rf"{_PREFECTURE} ?(?:{_NAME}{{1,8}}?[市区郡町村] ){{1,2}}{_TOWN}{{1,12}}?{_BLOCK_START}{_BLOCK}{_BUILDING}"
# a phone number right after the town and block on its line (own8)
_PHONE_AFTER = re.compile(r"[ \t]{1,3}(?:TEL|Tel|電話|℡)?[ :：]?0[0-9]{1,4}[- ][0-9]{1,4}[- ][0-9]{3,4}(?![0-9])")
# a town down to its 丁目 and no block (沼津市大手町二丁目): the whole value of an address field, under its label
_CHOME_END = r"丁目(?=[\s\t,、。<\"]|$)"
_CHOME = rf"(?<![^\s\t:：、(（>\"]){_TOWN}{{1,8}}?[市区郡町村]{_TOWN}{{0,12}}?[0-9０-９一二三四五六七八九十]{{1,3}}{_CHOME_END}"
_LABELLED = frozenset({"address_town", "address_roman_area", "address_chome"})
# a "town" holding a prefecture is a sentence's words before a whole address (住所は岡山県…市…7): the main
# recognizer reads it from the prefecture; the longer span would swallow its label (cards20)
_TOWN_PREFECTURE = re.compile(_PREFECTURE)
# the municipality's cell, the next cell's header composed before the match (沼津市\tbanchi: ),
# or its XML element closed and the next opened (<city>沼津市</city><street>)
_MUNICIPALITY_CELL = re.compile(r"[市区町村郡](?:\t" + COMPOSED_HEADER + r"|</[^<>\n]{1,24}>\s*<[^<>/\n]{1,24}>)$")


class AddressFormsRecognizer(JapanesePatternRecognizer):
    ENTITY = ADDRESS
    PATTERNS = (
        ("address_aza_prefecture", f"{_PREFECTURE}{_AZA}", 0.65),
        ("address_aza", f"{_START}{_AZA}", 0.3),
        ("address_kyoto", rf"(?:京都府|{CITY_START})(?:京都市)?{_NAME}{{1,4}}区{_NAME}{{1,16}}?{_KYOTO_WAY}{_NAME}{{1,8}}?町{_LOT}", 0.65),
        ("address_roman", rf"(?<![0-9-]){_ROMAN_BLOCK},? {_ROMAN_PLACE},? {_ROMAN_UNIT}{_ROMAN_TAIL}", 0.65),
        ("address_abroad", STREET_ABROAD, 0.65),  # 1234 Maple Street, Springfield, IL 62704
        ("address_roman_town_first", rf"\b{_ROMAN_PLACE} {_ROMAN_BLOCK},? {_ROMAN_UNIT}{_ROMAN_TAIL}", 0.65),
        # vCard ADR:;;street;locality;region;postal;country — street with a number
        ("address_vcard", r"(?<=:;;)(?=[^;\r\n]*[0-9])[^;\r\n]{2,60}(?:;[^;\r\n]{1,30}){1,2}", 0.65),
        # a ward and city alone, a whole line under an address label (Minato-ku, Tokyo)
        ("address_roman_area", rf"{_START}(?:{_ROMAN_PLACE},? )?{_ROMAN_UNIT},? [A-Z][a-z]+{_ROMAN_SUFFIX}"
                               r"(?=,? [0-9]{3}-[0-9]{4}|,? Japan|[\t\r\n]|$)", 0.65),
        ("address_chome", _CHOME, 0.65),
        ("address_two_lines", _TWO_LINES, 0.65),
        ("address_spaced", _SPACED, 0.65),
        # a town and its block, on one line or the block on the next (an address over two lines)
        ("address_town", rf"{_START}{_NOT_A_BLOCK_ALONE}{_TOWN}{{2,12}}?{_NOT_A_TOWN_END}(?:\n *|{GAP})(?:{_BLOCK}|{_KANJI_LOT}){_BUILDING}", 0.65),
    )
    GATES = {"address_aza_prefecture": _AZA_GATE, "address_aza": _AZA_GATE, "address_kyoto": _KYOTO_WAY,
             "address_roman": _ROMAN_GATE, "address_abroad": STREET_GATE, "address_chome": _CHOME_END,
             "address_roman_town_first": _ROMAN_GATE, "address_roman_area": _ROMAN_GATE,
             "address_vcard": ":;;", "address_two_lines": r"[市区町村郡] *\n", "address_spaced": r"[市区郡町村] ",
             "address_town": _LABEL_WORDS + r"|[市区町村郡](?:\t|</)|[0-9][ \t]{1,3}0[0-9]{1,4}[- ][0-9]"}
    ANCHORED = {"address_aza": ("[市区郡町村]", 12)}  # _AZA's municipality, 1 to 12 characters after its start
    CONTEXT = AddressRecognizer.CONTEXT + ("訪問先", "転居先", "転出先", "居住地")
    # a company's office abroad, written in English (Head Office: 1200 Market Street, …)
    NEGATIVE_CONTEXT = AddressRecognizer.NEGATIVE_CONTEXT + ("head office", "headquarters", "branch office", "office address",
                                                             "inc.", "ltd.", "llc", "corporation")
    PREFILTER = r"字[^\s0-9]{1,6}[0-9]|[上下入][ルる]?[^\s0-9]{0,8}町[0-9]|[0-9], [A-Z]|[0-9]-[0-9]|:;;|[0-9](?:丁目|番|[のノ][0-9])|[一二三四五六七八九十百千〇]番地|[一二三四五六七八九十]丁目|[a-z][- ][KkSs][uh]|" + STREET_GATE

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """The town-and-block matches count only under an address label, after a
        municipality's cell (see _ADDRESS_LABEL) or before a phone number on their line
        (a roster's line: name, town and block, phone)."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        under_address_header(text, results, LOW)  # 大垣市林町字東651 under a 現住所 column
        headers = AddressHeaders(text)
        return [r for r in results if not _needs_label(r) or not _TOWN_PREFECTURE.search(text, r.start, r.end) and (
                _address_cell(text, r.start) or _PHONE_AFTER.match(text, r.end) is not None or headers.says_address(r.start))]

    @staticmethod
    def canonical(value: str) -> str:
        return "".join(value.split())


def _needs_label(result) -> bool:
    explanation = result.analysis_explanation
    return explanation is not None and explanation.pattern_name in _LABELLED


def _address_cell(text: str, start: int) -> bool:
    """An address label before the match on its line, or on the line above when
    nothing stands before it on its own; or a municipality's cell right before."""
    before = text[max(0, start - LABEL_REACH):start]
    if _MUNICIPALITY_CELL.search(before):
        return True
    *above, line = before.rpartition("\t")[2].split("\n")
    if not line.strip() and above:
        line = above[-1] if above[-1].strip() or len(above) < 2 else above[-2]
    return _ADDRESS_LABEL.search(line) is not None
