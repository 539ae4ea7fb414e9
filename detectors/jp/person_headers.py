"""A header line read as a name: after a 氏名 label, a space-separated table's header
goes on with the other fields' labels (「氏名 生年月日 入社日 異動日」, 「名前 誕生日 採用年月日」),
which the name readers took for the name's value. A value that opens with a field's
label in kanji (生年月日, 住所, 電話番号) or a whole katakana label (フリガナ), or with a date's label
(異動日, 採用年月日), is a header, not a person (issue 12, dates10)."""

from __future__ import annotations

import re

from detectors.fields import FIELD_LABEL_WORDS, is_field_label

_KANJI_LABEL = re.compile(r"[一-龥]{2,}")  # two kanji at least: not 姓; katakana only as a whole label (マカナイ holds カナ)
_DATE_LABEL = re.compile(r"[一-龥]{2,8}(?:日|年月日|日付)")  # 異動日, not 春日 or 朝日


def a_header_line(value: str) -> bool:
    """Whether a name's value opens with a field's or a date's label."""
    first = value.split()[0] if value.split() else ""
    if _KANJI_LABEL.fullmatch(first) is None:
        return first.lower() in FIELD_LABEL_WORDS and len(first) >= 3
    return is_field_label(first) or _DATE_LABEL.fullmatch(first) is not None
