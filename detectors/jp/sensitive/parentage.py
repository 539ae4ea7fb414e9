"""人種・民族 told by parentage (sens7): a parent's or a grandparent's foreign origin said of
the person (母親がタイ出身のハーフ, 祖父母が朝鮮半島の出身), a mixed parentage (日本人とフィリピン
人のハーフ), a people named by 族 with 出身 or 出自 (タイヤル族の出身), a lineage (琉球の出自).
A nationality alone (国籍: ベトナム) is a legal status, not an origin, and a parent's home
prefecture (父が秋田出身) is neither: only a country or a region abroad counts.
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.lexicon import compile_pattern, words_regex
from detectors.jp.sensitive.phrases import Cells, Phrase, is_denied, is_generic

# countries and regions abroad a parent comes from, and 琉球 (a people's homeland, not a prefecture)
# (general knowledge, no corpus's list)
ABROAD = ("中国", "韓国", "北朝鮮", "朝鮮", "朝鮮半島", "台湾", "香港", "フィリピン", "タイ", "ベトナム", "インドネシア", "マレーシア",
          "ミャンマー", "カンボジア", "ラオス", "ネパール", "インド", "スリランカ", "バングラデシュ", "パキスタン", "モンゴル",
          "イラン", "トルコ", "シリア", "エジプト", "ガーナ", "ナイジェリア", "ケニア", "エチオピア", "ブラジル", "ペルー", "ボリビア",
          "アルゼンチン", "コロンビア", "メキシコ", "アメリカ", "米国", "カナダ", "イギリス", "英国", "アイルランド", "フランス",
          "ドイツ", "イタリア", "スペイン", "ポルトガル", "ロシア", "ウクライナ", "ポーランド", "ルーマニア", "オーストラリア",
          "ニュージーランド", "サモア", "トンガ", "ハワイ", "琉球", "サハリン", "樺太")
_KIN = r"(?:実父|実母|父親|母親|父方の祖[父母]|母方の祖[父母]|祖父母|祖父|祖母|曽祖父|曽祖母|両親|父|母)"
_FROM = r"(?:の)?(?:出身|生まれ|国籍|系|人)"
_MIXED = r"(?:ハーフ|クォーター|ダブル|ミックスルーツ)"
_WORDS = re.compile(r"出身|生まれ|国籍|ハーフ|クォーター|ダブル|ミックス|族|出自|ルーツ")


class ParentageMatcher:
    def __init__(self, lexicon=None) -> None:
        abroad = words_regex(ABROAD)
        self._kin = compile_pattern(rf"{_KIN}(?:は|が|ともに|とも|も)[ 　]*{abroad}{_FROM}(?:(?:の|で)?{_MIXED})?")
        self._mixed = compile_pattern(rf"(?:(?:{abroad}|日本)人?と(?:{abroad}|日本)人?|{abroad}(?:人|系)?)の{_MIXED}")
        self._people = compile_pattern(r"[ァ-ヺー]{2,8}族(?:の)?(?:出身|出自|の血を引く)")
        # a people of a land, said of a person in prose or a record's note (ネパールのグルン族, ミャンマー北部のカチン族:
        # people19); a kind of consumer (ホタル族) is no people of a country
        self._of_land = compile_pattern(rf"{abroad}(?:北部|南部|東部|西部|山岳部|山岳地帯)?の[ァ-ヺ][ァ-ヺー]{{0,7}}族(?![館長車])")
        # the lineage named first (中国にルーツ) or after (ルーツはフィリピンにある, 出自は朝鮮半島)
        self._lineage = compile_pattern(rf"{abroad}(?:の|に)(?:出自|ルーツ)|(?<=[ん氏人家族身私彼女父母]の)(?:ルーツ|出自)(?:は|が)[ 　]*"
                                        rf"{abroad}(?:系|人)?(?:にある|にあり|だ|です|である|で)")  # a person's, not a dish's

    def find(self, text: str, cells: Cells) -> list[Phrase]:
        if not _WORDS.search(text):
            return []
        found = [Phrase(*m.span(), "人種・民族") for pattern in (self._kin, self._mixed, self._people, self._of_land, self._lineage)
                 for m in pattern.finditer(text)]
        return [p for p in found if not is_denied(text, p.end) and not is_generic(text, p.start, p.end)]
