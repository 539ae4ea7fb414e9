"""Names that are no person's by the word around them: a body named after a place
or a tree (パークハイツ楡 管理組合: 楡 is no surname here, 管理組合 no given name), a
people or a faith told in a resident's words (少数民族カレンの出身, エホバの証人のため), goods in a column of goods
(商品名: まもる君 防犯ブザー)."""

from __future__ import annotations

import re

# The last word of a name that is a body's: an association, a union, a committee.
_BODY_END = re.compile(r"(?:管理組合|組合|自治会|町内会|町会|協会|委員会|連合会|振興会|商店会|後援会|協議会|事務局)$")
# 商品名: まもる君 防犯ブザー — goods named after a character, in a column of goods.
_PRODUCT_CELL = re.compile(r"(?:^|[\t\n])(?:商品名?|品名|製品名|品目|銘柄|商品・サービス名)[:：] *$")
_KATAKANA = re.compile(r"[ァ-ヶー]{2,10}")
_PEOPLE_BEFORE = re.compile(r"(?:少数民族|民族|部族|先住民)(?:の|である)?$")
_FAITH_OR_PEOPLE_AFTER = re.compile(r"(?:族|の証人|語(?!る|り|ら|っ)|派|教(?!授|師|諭|員|官|室|育|え|わ))")


def a_body_or_a_people(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ends with a body's word, or is one katakana word said
    to be a people, a faith or a language, or the name that opens a product's cell."""
    value = text[start:end]
    if _BODY_END.search(value) or _PRODUCT_CELL.search(text, max(0, start - 16), start):
        return True
    if not _KATAKANA.fullmatch(value):
        return False
    return bool(_PEOPLE_BEFORE.search(text, max(0, start - 6), start)
                or _FAITH_OR_PEOPLE_AFTER.match(text, end))
