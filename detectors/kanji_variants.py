"""Variant kanji of surnames (異体字, 旧字体) the dictionary does not know, each
read as its common form: 髙橋 as 高橋, 德永 as 徳永, 濵田 as 濱田, 𠮷田 as 吉田.

One character for one, so every offset stays: the tokenizer reads the common form
and tags 德永 a surname, while the finding keeps the text as written. Only forms
Sudachi's dictionary lacks are mapped (it knows 齋藤, 澤田, 邊見, 眞田, 廣田 and
德田 as written); a mapped form whose word it also knows (宮﨑) reads the same.
"""

from __future__ import annotations

VARIANTS = {"髙": "高", "﨑": "崎", "德": "徳", "濵": "濱", "𠮷": "吉", "栁": "柳", "槗": "橋", "淸": "清", "瀨": "瀬",
            "增": "増", "黑": "黒", "靑": "青", "鄕": "郷", "冝": "宜"}


def common_forms(text: str) -> str:
    """text with each variant kanji of VARIANTS as its common form (same length)."""
    return text.translate(_TABLE)


_TABLE = str.maketrans(VARIANTS)
