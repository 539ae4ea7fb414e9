"""A maker's, a studio's or a document's name read as a person's (issue 12, notpeople20):

- a maker named by its product: a katakana word (オカムラ, タカギ, スズキ — makers called
  after their founders' surnames) followed by a model's code with a digit (KT-20, 3H,
  GSX-250), glued to 製 (タカギ製のホース) or to の and a kind of goods (スズキのバイク) — an
  instrument's, a vehicle's or an appliance's record names its maker so, a person never;
- a studio, a workshop or a gallery with its name glued after the word (アトリエ呉藍, 工房朱華;
  工房 あかね is spaced and may be the owner's name): the body's own name
  — a colour's, a flower's, a place's — not a person's;
- a document's title (保育課 定例会議 議事録, 人事係 採用面接 結果): a department's name
  before it reads as a role's label and the title as the name after it; no given name
  ends in the word of a document's kind (議事録, 結果, 報告, 一覧, 名簿, 日誌, …書, …簿).
"""

from __future__ import annotations

import re

from detectors.words import alternation

_KATAKANA_WORD = re.compile(r"[ァ-ヺー]{2,10}")
# a model's code right after the maker: letters then a digit (KT-20, GX7, GSX250), or digits then letters (3H)
_MODEL_AFTER = re.compile(r"[ \u3000]?(?:[A-Z]{1,4}[-‐]?[0-9][A-Z0-9-]{0,8}|[0-9]{1,4}[A-Z]{1,3})(?![a-z])")
# 製 of a maker, not the head of a word (製作, 製造, 製品, 製薬, 製鉄 …)
_MADE_BY = re.compile(r"製(?![作造品薬鉄菓麺粉紙材本氷剤図法])")
_GOODS = ("ピアノ", "グランドピアノ", "アップライト", "電子ピアノ", "オルガン", "エレクトーン", "ギター", "楽器", "車", "自動車",
          "バイク", "スクーター", "トラック", "軽トラ", "ミシン", "カメラ", "エアコン", "冷蔵庫", "洗濯機", "時計", "腕時計",
          "船外機", "耕運機", "トラクター", "発電機", "草刈機", "複合機", "プリンター")
_GOODS_AFTER = re.compile(rf"の(?:{alternation(_GOODS)})")
# a studio's word glued right before its name (no blank: 工房 山田 is the owner's name)
_STUDIO = r"(?:アトリエ|工房|画廊|ギャラリー|窯元|茶房)・?"
_STUDIO_BEFORE = re.compile(_STUDIO + "$")
_STUDIO_START = re.compile(_STUDIO + r"(?![ \u3000])")  # the span read from the word on (工房朱華)
# the last word of a document's title: its kind
_TITLE_END = re.compile(r"(?:議事録|議事要旨|結果|報告|一覧|名簿|日誌|台帳|通知|案内|お知らせ|だより|便り|会報|計画|予定|明細"
                        r"|要領|規程|規約|要綱|集計|資料|次第|記録|[書簿録票])$")


def names_a_maker_or_studio(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a maker named by its product or a studio's own name."""
    value = text[start:end]
    if _KATAKANA_WORD.fullmatch(value) and (
            _MODEL_AFTER.match(text, end) or _MADE_BY.match(text, end) or _GOODS_AFTER.match(text, end)):
        return True
    return _STUDIO_BEFORE.search(text, max(0, start - 6), start) is not None or _STUDIO_START.match(value) is not None


def a_documents_title(value: str) -> bool:
    """Whether the value's last word is a document's kind (保育課 定例会議 議事録)."""
    words = value.split()
    return len(words) > 1 and _TITLE_END.search(words[-1]) is not None
