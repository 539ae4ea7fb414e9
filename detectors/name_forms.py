"""Names in the form that spellings of one name share, and their katakana reading.

One person is written 髙橋 一郎, 高橋一郎, ﾀｶﾊｼ ｲﾁﾛｳ or たかはし いちろう: the folded
form drops spaces and separators, folds widths (NFKC), old and variant kanji to
their common form (髙→高, 﨑→崎, 邊/邉→辺, 齋/齊/斉→斎, 濱→浜, 澤→沢 …), hiragana
to katakana, and in a reading the small kana and the long-vowel mark, so that the
variants give one keyed hash. A kanji name's reading comes from the document (a
フリガナ column) or from Sudachi's dictionary (`reading_form`), through a tokenizer
passed in.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import Any

KANJI, KANA, LATIN = "kanji", "kana", "latin"

# Old and variant forms (旧字体・異体字) met in names -> the common form.
VARIANT_KANJI = str.maketrans({
    "髙": "高", "﨑": "崎", "嵜": "崎", "碕": "崎", "邊": "辺", "邉": "辺", "齋": "斎", "齊": "斎", "斉": "斎",
    "濱": "浜", "濵": "浜", "澤": "沢", "櫻": "桜", "國": "国", "廣": "広", "德": "徳", "惠": "恵", "眞": "真",
    "龍": "竜", "藏": "蔵", "彌": "弥", "禮": "礼", "壽": "寿", "榮": "栄", "瀨": "瀬", "冨": "富", "嶋": "島",
    "嶌": "島", "峯": "峰", "槇": "槙", "黑": "黒", "鐵": "鉄", "實": "実", "傳": "伝", "團": "団", "學": "学",
    "縣": "県", "將": "将", "晉": "晋", "淵": "渕", "兒": "児", "與": "与", "萬": "万", "豐": "豊", "靜": "静",
    "聰": "聡", "埜": "野", "舘": "館", "檜": "桧", "籠": "篭", "曾": "曽", "髮": "髪", "驒": "騨", "條": "条",
    "亞": "亜", "滿": "満", "讓": "譲",
})
# Readings are written with small kana or without (ｼﾖｳｼﾞ in a bank's half-width kana),
# with or without the voicing marks (ヤマザキ, ヤマサキ; a half-width ﾞ is a character of
# its own and gets lost), with ヲ for オ or ー for a long vowel: all folded.
READING_FOLDS = str.maketrans({
    "ァ": "ア", "ィ": "イ", "ゥ": "ウ", "ェ": "エ", "ォ": "オ", "ッ": "ツ", "ャ": "ヤ", "ュ": "ユ", "ョ": "ヨ",
    "ヮ": "ワ", "ヵ": "カ", "ヶ": "ケ", "ヲ": "オ", "ー": None, "\u3099": None, "\u309a": None,
})  # voiced kana reach the table decomposed (NFD): ガ is カ and U+3099
_SEPARATORS = re.compile(r"[\s・･=＝.,、。·‧_-]+")
_VARIATION_SELECTORS = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")
_KANJI = re.compile(r"[\u3400-\u9fff\uf900-\ufaff々〆]")
_KANA_ONLY = re.compile(r"^[\u30a1-\u30fa\u30fc]+$")
_LATIN_ONLY = re.compile(r"^[a-z]+$")


def _katakana(text: str) -> str:
    return "".join(chr(ord(ch) + 0x60) if "ぁ" <= ch <= "ゖ" else ch for ch in text)


@lru_cache(maxsize=65536)  # a roster names each person in a row and again in reading; kept bounded
def fold_name(name: str) -> str:
    """The form variants of one name share: 髙橋 一郎 and 高橋一郎 give 高橋一郎, ﾀｶﾊｼ ｲﾁﾛｳ
    and たかはし いちろう give タカハシイチロウ (as a reading), TARO YAMADA and Yamada Taro
    give taroyamada (Latin words sorted: the order of given name and surname varies)."""
    text = unicodedata.normalize("NFKC", _VARIATION_SELECTORS.sub("", name)).translate(VARIANT_KANJI)
    words = [w for w in _SEPARATORS.split(_katakana(text)) if w]
    joined = "".join(words)
    if joined.isascii():
        return "".join(sorted(w.lower() for w in words))
    if _KANA_ONLY.match(joined):
        return reading_form(joined)
    return joined


def reading_form(kana: str) -> str:
    """A katakana reading as spellings of it share (small kana, voicing marks and ー folded)."""
    return unicodedata.normalize("NFD", _katakana(unicodedata.normalize("NFKC", kana))).translate(READING_FOLDS)


def script_of(folded: str) -> str | None:
    """The script a folded name is written in: kanji (with kana), kana, Latin."""
    if _KANJI.search(folded):
        return KANJI
    if _KANA_ONLY.match(folded):
        return KANA
    if _LATIN_ONLY.match(folded):
        return LATIN
    return None


def load_name_tokenizer() -> Any:
    """Sudachi with its core dictionary (the one GiNZA reads): about 0.4 s; build
    once and pass it to NameReader."""
    import sudachipy

    return sudachipy.Dictionary(dict="core").create()


class NameReader:
    """Dictionary readings of kanji names, and the surname a name starts with.
    The tokenizer is built on first use by `load` (a folder with no kanji name
    never loads it) and kept; readings are remembered per name."""

    def __init__(self, load: Callable[[], Any] = load_name_tokenizer) -> None:
        self._load = load
        self._tokenizer: Any = None
        self._known: dict[str, tuple[str | None, str | None]] = {}

    def _parse(self, folded: str) -> tuple[str | None, str | None]:
        if self._tokenizer is None:
            self._tokenizer = self._load()
        morphemes = self._tokenizer.tokenize(folded)
        reading = reading_form("".join(m.reading_form() for m in morphemes))
        surname = None
        if len(morphemes) > 1 and morphemes[0].part_of_speech()[3] == "姓":
            surname = morphemes[0].surface()
        return (reading if _KANA_ONLY.match(reading) else None), surname

    def _lookup(self, folded: str) -> tuple[str | None, str | None]:
        if folded not in self._known:
            if len(self._known) > 100_000:  # a long share: keep memory bounded
                self._known.clear()
            self._known[folded] = self._parse(folded) if script_of(folded) == KANJI else (None, None)
        return self._known[folded]

    def reading(self, folded: str) -> str | None:
        """ヤマダタロウ for 山田太郎; None when a part is unknown to the dictionary."""
        return self._lookup(folded)[0]

    def surname(self, folded: str) -> str | None:
        """山田 for 山田太郎 (the dictionary's 姓 tag on the first word), else None."""
        return self._lookup(folded)[1]
