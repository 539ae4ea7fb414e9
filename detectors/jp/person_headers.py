"""A header line read as a name: after a 氏名 label, a space-separated table's header
goes on with the other fields' labels (「氏名 生年月日 入社日 異動日」, 「名前 誕生日 採用年月日」),
which the name readers took for the name's value. A value that opens with a field's
label in kanji (生年月日, 住所, 電話番号) or a whole katakana label (フリガナ), or with a date's label
(異動日, 採用年月日), is a header, not a person (issue 12, dates10). So is one that opens with
a place's label (実習先, 配属先, 派遣先: where a list sends each person) or holds a field's
label in kanji as each of its two or more words after the first (配属 電話番号 住所; not 蛭田 伊吹
生年月日 nor 千葉清貴 続柄 長男, a name and the next fields after it) (practicum16)."""

from __future__ import annotations

import re

from detectors.fields import FIELD_LABEL_WORDS, is_field_label

_KANJI_LABEL = re.compile(r"[一-龥]{2,}")  # two kanji at least: not 姓; katakana only as a whole label (マカナイ holds カナ)
_DATE_LABEL = re.compile(r"[一-龥]{2,8}(?:日|年月日|日付)")  # 異動日, not 春日 or 朝日
# where a list sends or reaches each person: a closed list, no surname ends so (not 庭先)
_PLACE_LABEL = re.compile(r"(?:実習|配属|派遣|勤務|就職|就業|研修|出向|赴任|留学|転居|転勤|提出|送付|紹介|受入|受け入れ"
                          r"|訪問|出張|委託|取引|仕入|発注|進学|内定|連絡|問合せ|問い合わせ)先")


def _a_label(word: str) -> bool:
    return word.lower() in FIELD_LABEL_WORDS or (_KANJI_LABEL.fullmatch(word) is not None and is_field_label(word))


def a_header_line(value: str) -> bool:
    """Whether a name's value opens with a field's or a date's label."""
    words = value.split()
    first = words[0] if words else ""
    if _KANJI_LABEL.fullmatch(first) is None:  # Name DOB, Kana 生年月日: labels on; not Kana Ueda, Mei Sato (people20)
        return first.lower() in FIELD_LABEL_WORDS and len(first) >= 3 and (len(words) == 1 or _a_label(words[1]))
    return is_field_label(first) or _DATE_LABEL.fullmatch(first) is not None or _PLACE_LABEL.fullmatch(first) is not None \
        or len(words) >= 3 and all(_KANJI_LABEL.fullmatch(word) and is_field_label(word) for word in words[1:])
