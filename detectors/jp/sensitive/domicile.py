"""The 本籍 (registered domicile of a family register) given for a person, wherever a record
gives it: after its label on a line (`本籍：静岡県`, `本　　籍　東京都千代田区千代田一丁目1番`,
`本籍・筆頭者 静岡県浜松市 山田 太郎`), on the line under a label standing alone (a form
copied line by line), in a sentence (本籍は熊本県八代市とのこと), under a romaji or English key
(honseki, honseki_pref, registered domicile).

A label is 本籍 or 本籍地, its letters spaced out to a form's width, with what forms add to it:
a note in brackets (本籍(都道府県)), the nationality asked with it (本籍・国籍, 本籍地又は国籍),
住所 or 所在地 (本籍地住所), the head of the register (本籍・筆頭者). The value is a place (a
prefecture, a municipality, a lot 123番地 or 一丁目1番, a foreign country or its region) or
says it is the address given (同上, 現住所に同じ). An organisation's 所在地 or 本店所在地, a
product's 原産地 and anyone's 出身地 carry no 本籍 label: they are not read here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from detectors.jp.address import PREFECTURES
from detectors.jp.sensitive.phrases import Phrase

DOMICILE = "本籍"
_SP = "[ \u3000]*"  # a form spaces a label's letters out (本　　籍); NFKC reads U+3000 as a space
_JA_LABEL = (rf"本{_SP}籍(?:{_SP}地)?(?:{_SP}[(（][^()（）\n]{{1,12}}[)）])?(?:(?:[・/]|{_SP}(?:又は|または|若しくは|もしくは|及び|および){_SP})?"
             rf"(?:国籍|筆頭者))?(?:住所|所在地|都道府県名?|市区町村)?(?:{_SP}[(（][^()（）\n]{{1,12}}[)）])?")
_EN_LABEL = (r"(?:honseki(?:chi)?|(?:registered|permanent|legal|family[ _\-]?register)?[ _\-]?domicile)"
             r"(?:[ _\-]?(?:pref|prefecture|todofuken|jusho|address|addr|chi|place))?")
# an export's key glossed by the extractor (honseki_pref 本籍) is one label
_LABEL = re.compile(rf"(?:(?i:{_EN_LABEL})(?: +{_JA_LABEL})?|{_JA_LABEL})")
# a value saying the 本籍 is the address given (同上, 現住所に同じ, 住所と同一)
SAME_AS = re.compile(r"(?:同上|同右|同左|上に同じ|上記に同じ|同住所|(?:現住所|住所|現住地|住所地)(?:に|と)(?:同じ|同一)|現住所同様)")
_HIRAGANA_TOWNS = ("さいたま", "つくば", "ひたちなか", "いわき", "あきる野", "ふじみ野", "みよし", "かすみがうら", "いすみ",
                   "南あわじ", "たつの", "うきは", "みやま", "えびの", "ときがわ", "みなかみ", "むつ", "つがる", "にかほ")
# a place's letters: kanji, digits, katakana (ソウル特別市, ヶ), a lot's の (五番地の一, 1234番地の1)
_PLACE = (rf"(?:[一-龥々〆ヶヵ0-9\-]|[ァ-ヺー]|丁目|番地|(?<=[地番])の(?=[0-9一二三四五六七八九十])"
          rf"|{'|'.join(_HIRAGANA_TOWNS)})+")
_VALUE = rf"(?P<value>{SAME_AS.pattern}|{_PLACE})"
# a municipality's or a lot's mark, a prefecture's name with or without its 都府県, a country
_PLACE_MARK = re.compile("[都道府県市区町村郡]|番地?|丁目|字|" + "|".join(p[:-1] if p[-1] in "都府県" else p for p in PREFECTURES))
_COUNTRY = re.compile(r"^(?:韓国|大韓民国|中国|中華人民共和国|朝鮮|北朝鮮|台湾|香港|米国|英国)")
_KATAKANA = re.compile(r"^[ァ-ヺー]{2,}")  # a country in katakana (ベトナム, フィリピン): after a label's colon or cell only
# a table's next header read as a value (本籍 | 勤務地区分): a field's name, not a place
_HEADER_WORD = re.compile(r"(?:区分|番号|コード|日|年月日|欄|名)$")
# ...unless a named place stands before its ending (福井県大野市春日, 三重県桑名市, 福岡県春日市):
# a prefecture opens it, or a city's or a county's name of two letters or more (大野市, 桑名郡);
# a field's name holds only the marks themselves (市町村名, 都道府県名) or a 区 (勤務地区分)
_NAMED_PLACE = re.compile("^(?:" + "|".join(PREFECTURES) + r"|[一-龥々ヶ]{2,}?[市郡](?!区町村))")
# a place named alone (八代, 横浜), but no field's name after a header's 本籍 (出身地, 現住所)
_NAMED = re.compile(r"[一-龥々ヶ]{2,}")
_FIELD_NAME = re.compile(r"(?:地|住所|先|区分|番号|コード|日|欄|名)$")
# the label, then a colon, spaces or a tab, or a particle of a sentence (本籍は, 本籍地が); a JSON's quoted key and value
_INLINE = re.compile(rf"(?<!日)(?P<label>{_LABEL.pattern})\"? *(?::|(?P<particle>は|が|を)|(?=[ \t]))[ \t]*\"?{_VALUE}")
# the label alone on its line (a cell's tab after it), the value alone on the next written line
_ABOVE = re.compile(rf"(?:^|\n)[ \t]*(?<!日)(?P<label>{_LABEL.pattern}) *:?[ \t]*\n(?:[ \t]*\n)*[ \t]*{_VALUE}[ \t]*(?=\n|$)")
# the place in brackets after the label, in a note's sentence (本籍(高知県四万十市…)の記載あり, 本籍地(秋田県横手市)と
#記入): a named place only, not a form's note of what to write (本籍(都道府県)) (sens23)
_BRACKETED = re.compile(rf"(?<!日)(?P<label>本{_SP}籍(?:{_SP}地)?) *\( *{_VALUE} *\)(?=[のとがをは、。,])")
_GUARD = re.compile(r"本 *籍|honseki|domicile", re.IGNORECASE)


def is_domicile_label(text: str) -> bool:
    """Whether a header, a key or a form's row label is a 本籍 label (本 籍, 本籍地又は国籍,
    honseki_pref, Registered Domicile)."""
    return _LABEL.fullmatch(text.strip().rstrip(":：").strip()) is not None


def is_place(value: str, in_a_sentence: bool = False) -> bool:
    """Whether a value read after a 本籍 label is a place or says it is the address given;
    a katakana word (ベトナム) only after a label's colon or in its cell, not in a sentence."""
    if _HEADER_WORD.search(value) and not _NAMED_PLACE.match(value):
        return False
    return bool(SAME_AS.fullmatch(value) or _PLACE_MARK.search(value) or _COUNTRY.match(value)
                or (not in_a_sentence and _KATAKANA.fullmatch(value)))


def domiciles(text: str, in_a_label: Callable[[int], bool]) -> list[Phrase]:
    """The 本籍 values of a text, after their labels or under them; none whose label lies
    in_a_label (a table's composed label: its value is read under the label's meaning)."""
    if not _GUARD.search(text):
        return []
    found = {}
    for pattern in (_INLINE, _ABOVE, _BRACKETED):
        for match in pattern.finditer(text):
            start, end = match.span("value")
            value = text[start:end].rstrip("-ー")
            if pattern is _BRACKETED and not (_NAMED_PLACE.match(value) or _COUNTRY.match(value)):
                continue
            in_a_sentence = pattern is _INLINE and match["particle"] is not None
            # after a label's colon or space a form may name the place alone (本籍：八代, 本籍 横浜)
            named = pattern is _INLINE and not in_a_sentence and "\t" not in text[match.end("label"):start]
            if ((is_place(value, in_a_sentence) or (named and _NAMED.fullmatch(value) and not _FIELD_NAME.search(value)))
                    and not _inside_a_word(text, match.start("label")) and not in_a_label(match.start("label"))):
                found[start] = Phrase(start, start + len(value), DOMICILE)
    return list(found.values())


def _inside_a_word(text: str, position: int) -> bool:
    """A romaji label's letters inside a longer word (nodomicile): no label."""
    return position > 0 and text[position - 1].isascii() and text[position - 1].isalnum()
