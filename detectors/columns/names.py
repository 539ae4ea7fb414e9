"""Name columns of a table without a header, told by their values as a whole: most
values are a surname and a given name (山田 太郎, 山田太郎, ﾔﾏﾀﾞ ﾀﾛｳ, やまだ たろう, a claims
export's reading run together: ヤマダタロウ) and most of them have a surname or a given name of
the name lists; product names (ﾎﾞｰﾙﾍﾟﾝ ｸﾛ), place names and companies (株式会社…, ｶ)…, (有)…)
do not."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from collections.abc import Mapping, Sequence

from detectors.jp.address import PREFECTURES
from detectors.jp.person_names import SOLID_READING, NameLists, katakana, load_name_lists

SHAPED_SHARE = 0.7  # of a column's values shaped as a full name
KNOWN_SHARE = 0.5  # of its values with a surname or given name of the lists
MAX_ORGANISATIONS = 0.1
MIN_VALUES = 4
NAME_LABEL, KANA_NAME_LABEL = "氏名", "氏名(カナ)"
SURNAME_LABEL = "氏名(姓)"  # read as a name header: the bracket is a qualifier (person_column_headers)
SURNAME_SHARE = 0.7  # of a surname column's values that are surnames of the lists (rare ones are not: 城之内)

_KANJI = "\u4e00-\u9fff々ヶ"
_KANJI_NAME = re.compile(rf"([{_KANJI}]{{1,4}}) +([{_KANJI}ぁ-ゖァ-ヶー]{{1,5}})")
_SOLID_NAME = re.compile(rf"[{_KANJI}]{{2,6}}")
_SURNAME = re.compile(rf"[{_KANJI}]{{1,4}}")
_PLACE_END = re.compile(r".[市区郡駅都道府県]")  # not 村, 町: 中村, 野々村, 大町 end so
_KANA_NAME = re.compile(r"([ァ-ヶー]{1,9}) +([ァ-ヶー]{1,9})")
MIN_PART = 2  # kana of either name in a solid reading
DISTINCT_SHARE = 0.5  # of a column's solid readings that differ (patients share a surname, not a name)
# a town's or a village's reading (ハナカワチョウ, クルワマチ): given names of the lists too, but no one's here
_PLACE_ENDINGS = ("チョウ", "マチ", "ムラ", "ソン", "グン", "ドオリ", "ドウリ")
_ORGANISATION = re.compile(r"会社|法人|組合|協会|センター|病院|学校|支店|営業所|商店|事務所|[(（][株有カユ]|[カユ][)）]")

Column = Sequence[str]


def _shape(value: str) -> tuple[str, re.Match | None]:
    """("kanji" | "kana" | "solid" | "", the match) of a value in NFKC."""
    for kind, pattern in (("kanji", _KANJI_NAME), ("kana", _KANA_NAME), ("solid", _SOLID_NAME),
                          ("solid_kana", SOLID_READING)):
        match = pattern.fullmatch(katakana(value) if kind.endswith("kana") else value)  # a reading in hiragana: やまだ たろう
        if match:
            return kind, match
    return "", None


def _known(kind: str, match: re.Match, names: NameLists) -> bool:
    if kind == "kanji":
        return match.group(1) in names.surnames or match.group(2) in names.given_names
    if kind == "kana":  # by the surname: a product's word and a colour (インク アオ) may read as a given name
        return match.group(1) in names.surname_kana
    value = match.group()
    if kind == "solid_kana":  # by the given name at its end: places' readings open with a surname's (ニシ, キタ …)
        return not value.endswith(_PLACE_ENDINGS) and any(
            value[k:] in names.given_kana for k in range(MIN_PART, len(value) - MIN_PART + 1))
    return any(value[:k] in names.surnames and value[k:] in names.given_names for k in range(1, min(4, len(value) - 1) + 1))


def _label(column: Column) -> str | None:
    values = [unicodedata.normalize("NFKC", value).strip() for value in column if value]
    shapes = [_shape(value) for value in values]
    shaped = [(kind, match) for kind, match in shapes if kind]
    if len(values) < MIN_VALUES or len(shaped) < SHAPED_SHARE * len(values):
        return None
    if sum(1 for value in values if _ORGANISATION.search(value)) > MAX_ORGANISATIONS * len(values):
        return None
    solid = [match.group() for kind, match in shaped if kind == "solid_kana"]
    if len(set(solid)) < DISTINCT_SHARE * len(solid):  # one word on every row (ﾁｮｳﾒｲ): a column's constant
        return None
    names = load_name_lists()  # read once a process, shared with the name recognizer
    if sum(1 for kind, match in shaped if _known(kind, match, names)) < KNOWN_SHARE * len(values):
        return None
    kana = sum(1 for kind, _ in shaped if kind.endswith("kana"))
    return KANA_NAME_LABEL if 2 * kana > len(shaped) else NAME_LABEL


def name_columns(columns: Mapping[int, Column]) -> dict[int, str]:
    """Column -> its name label, for the columns of names."""
    return {c: label for c, column in columns.items() if (label := _label(column))}


@lru_cache(maxsize=1)
def _prefecture_stems() -> frozenset[str]:
    return frozenset(prefecture[:-1] if prefecture[-1] in "都府県" else prefecture for prefecture in PREFECTURES)


def surname_columns(columns: Mapping[int, Column], labels: Mapping[int, str]) -> dict[int, str]:
    """Columns of surnames alone in a table of people without a header: the staff who guided,
    took or wrote each row (a dive log's ガイド, a desk's 担当 once the header row is left behind
    in another file or sheet) beside the guests' full names. Most values are a surname of the lists
    (one of a few kanji each, none ending as a place's name: 新宿区, 品川駅); none is a prefecture's
    name (岡山, 千葉: surnames too, but a column of them is a column of places) (people22)."""
    if NAME_LABEL not in labels.values():
        return {}
    names, stems = load_name_lists(), _prefecture_stems()
    found = {}
    for c, column in columns.items():
        values = [unicodedata.normalize("NFKC", value).strip() for value in column if value.strip()]
        if c in labels or len(values) < MIN_VALUES or not all(_SURNAME.fullmatch(value) for value in values):
            continue
        if not any(value in stems or _PLACE_END.fullmatch(value, len(value) - 2) for value in values) and \
                sum(1 for value in values if value in names.surnames) >= SURNAME_SHARE * len(values):
            found[c] = SURNAME_LABEL
    return found
