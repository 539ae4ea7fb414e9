"""ADDRESS: from a prefecture (or, with a context word, a city) down to
丁目/番地/号 and a building or room. A place name without block numbers (東京都庁,
大阪支店) is not an address of a person; an office's own address (本社 所在地)
is marked by its context words."""

from __future__ import annotations

import re

from detectors.entities import ADDRESS
from detectors.jp.address_labels import LOW, under_address_header
from detectors.jp.address_lines import lines_of_their_own
from detectors.jp.address_records import before_phone_field
from detectors.jp.address_residence import residences
from detectors.jp.address_starts import past_time_words
from detectors.jp.base import JapanesePatternRecognizer, alternatives_after

PREFECTURES = (
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県", "埼玉県",
    "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県",
    "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県",
    "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県",
    "宮崎県", "鹿児島県", "沖縄県",
)
_KANJI_NUM = "[0-9一二三四五六七八九十]"
# Spaces only inside an address, one at a time: a tab ends a cell, a newline a line,
# and a run of spaces a field of a fixed-width record (the phone number in the next
# cell or field is not a room number).
# Block numbers: 2丁目3番4号, 2-3-4, 2の3の4 (a roster's hand), and all in 漢数字
# (二丁目三番地十七, 十五番地一); a 漢数字 番地 needs its 丁目 before it.
_KANJI_ONLY = "[一二三四五六七八九十百〇]"
# ノ for の (3ノ5ノ12), 番地の5, 3丁目の5の12 (said as it is read); 北海道's 条 (北3条西4丁目, 1条通2丁目) and 岩手's 地割.
# 一丁目2番地の3 and 二十一番地の二 keep their branch; 六丁目1 alone (no 番) ends at the number.
# a lot's branch after a space: not the next field's phone (781番地 0940-22-6907), which opens with 0 or runs on
_BRANCH = r"(?!0)[0-9]+(?![-.]?[0-9])号?"
_BLOCK = (rf"(?:{_KANJI_NUM}+丁目 ?[のノ]?[0-9]+(?:(?:番地?[のノ]?|-|[のノ])(?:[0-9]+号?| {_BRANCH})?|(?![0-9]))|[0-9]+番地?(?:[のノ]?[0-9]+号?| [のノ]?{_BRANCH})?|"
          rf"{_KANJI_ONLY}+丁目 ?{_KANJI_ONLY}+番地?(?: ?の?{_KANJI_ONLY}+号?)?|"
          rf"[0-9]+条(?:通り?|[東西南北])?{_KANJI_NUM}+丁目(?: ?[0-9]+(?:番地?|-)?(?: ?[0-9]+号?)?)?|"
          r"[0-9]+地割 ?[0-9]+(?:番地?)?(?: ?[0-9]+号?)?|"
          rf"[0-9]+-[0-9]+(?:-[0-9]+)?|[0-9]+[のノ][0-9]+(?:[のノ][0-9]+)?(?![0-9]))")
# A building or room after the block: its name starts with no digit, a room number with no 0
# (0898 after a space is the next field's phone, own8), and a number
# followed by -123 or .123 is the next field's phone number, not a room.
# (no markup in a building's name: <street>…</street><zip>… is the next element; nor a 〒, a postal code's own mark:
# …2-17-11　〒857-8282 is the code after the address, not a building and its room)
# A name in Latin words (Villa Sakura 302) keeps one space between its words; a name, one before its number (サンライズ 1F).
_LATIN_NAME = r"[A-Z][A-Za-z'.&]*(?: [A-Z][A-Za-z'.&]*){0,3} "
_BUILDING = (rf"(?: ?(?:{_LATIN_NAME}|[^\s\t,、。「」()（）:：<>0-9+＋〒][^\s\t,、。「」()（）:：<>]{{0,19}}? ?)?"
             r"(?:[0-9]+号室|[0-9]+F|[0-9]+階|[1-9][0-9]{2,3}(?![0-9]))(?![-.][0-9]))?")
PLACE = r"[^\s\t,、。「」()（）:：<>;0-9〒]{1,20}?"  # no markup: an XML element ends the place; nor a field separator (vCard ;)
# nor a postal mark: 北海道 〒040-0000 (a zone table's row) is a code after a prefecture, no block
# One space between the town and its block (小手指町 3-5-12), not before a phone
# (0…) or a date (2026-…).
GAP = r"(?: (?=[1-9一二三四五六七八九十])(?![0-9]{4}[-/.]))?"


# A city starts after a space, a label (【住所】), an XML element or a particle of a sentence
# (…さんは松本市中央2-5-3に), a quote (a one-line JSON's value), or right after its postal code (〒839-1881久留米市…); after a particle
# its first character is no kana and no は/を/で is in its name (実家は沼津市…: not は沼津市, nor 実家は沼津市)
CITY_START = r'(?:(?<=[0-9]{3}-[0-9]{4})|(?<=[\u3041-\u3093])(?![\u3041-\u3093])|(?<![^\s\t:：、(（>】」"]))'
CITY_NAME = r"[^\s\t,、。:：()（）<>【】「」0-9はをで\"]{1,8}?"  # no quote: a one-line JSON's value opens with one
# a city's match holds its 市区町村 1 to 8 (CITY_NAME's length) characters after its start:
# tried only there, not at every position (base.ANCHORED)
CITY_ANCHOR = ("[市区町村]", 8)


class AddressRecognizer(JapanesePatternRecognizer):
    ENTITY = ADDRESS
    PATTERNS = (
        ("address_prefecture", f"(?:{'|'.join(PREFECTURES)}) ?{PLACE}{GAP}{_BLOCK}{_BUILDING}", 0.65),
        ("address_city", rf"{CITY_START}{CITY_NAME}[市区町村]{PLACE}{GAP}{_BLOCK}{_BUILDING}", 0.3),
        # a whole cell or line of prefecture .. town: 住所1 of a roster that splits the address (not a bracket's
        # end: …様（本籍 島根県…町） is a note, contacts18b)
        ("address_area", alternatives_after([(p, "") for p in PREFECTURES], r"[^\s\t:：、]")
         + r"[^\s\t,、。:：0-9()（）]{2,20}(?=[\t\n]|$)", 0.3),
    )
    CONTEXT = ("住所", "現住所", "居所", "自宅", "連絡先住所", "送付先", "お届け先", "〒", "address", "様宅", "お宅",
               # a town and block in brackets right after someone's name: where they live
               "さん(", "様(", "氏(", "宅(",
               # a room before the town (メゾン… 203号室　…市…), a lodger's 様方 or 気付, a move or a home in prose
               "号室", "様方", "気付", "在住", "住んで", "転居", "引っ越", "居住",
               # a home, a parents' home, where a letter goes (contact10)
               "住居", "住まい", "実家", "帰省先", "宛先", "連絡先", "jusho", "street")
    ANCHORED = {"address_city": CITY_ANCHOR}
    NEGATIVE_CONTEXT = ("本社", "本店", "支店", "支社", "営業所", "事業所", "会社所在地", "工場", "店舗")
    PREFILTER = r"[0-9一二三四五六七八九十]+(?:丁目|番|-|[のノ][0-9]|条|地割)|[都道府県][^\t\n]{2,20}(?:[\t\n]|$)|在住|[市区町村][）)]"  # (residences)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """Less a match that runs a sentence's words into a prefecture (現在は福岡県…: the
        address starts at the prefecture, matched on its own)."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        under_address_header(text, results, LOW)  # a city and its block under a 現住所 column
        before_phone_field(text, results, LOW)  # …or in a headerless record, a phone in the next field
        lines_of_their_own(text, results, LOW)  # …or a line of its own (an envelope's, a signature's)
        past_time_words(text, results)  # 先月弘前市…: the city starts after 先月
        results += residences(text)  # a municipality where a named person lives (…（長野県松本市）, …市在住)
        return [r for r in results if not _PREFECTURE_INSIDE.search(text, _past_own_prefecture(text, r.start), r.end)]

    @staticmethod
    def canonical(value: str) -> str:
        return "".join(value.split())


_PREFECTURE_INSIDE = re.compile("|".join(PREFECTURES))


def _past_own_prefecture(text: str, start: int) -> int:
    """Where a prefecture inside an address is sought: past the prefecture it opens with (東京都府中市 holds
    京都府 inside its own 東京都, people19), else past its first character."""
    own = _PREFECTURE_INSIDE.match(text, start)
    return own.end() if own else start + 1
