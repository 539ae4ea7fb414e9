"""Table rows as text: each cell prefixed by its labels (column header, row label).

`氏名: 山田太郎\t個人番号: 1234 5678 9018` lets the character-window context see
the header right before the value, and the tab stops it leaking into the next
cell. Each field's value span is kept so a finding maps back to its cell.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache
from operator import attrgetter
from typing import NamedTuple

from detectors.export_headers import glossed, name_pair
from detectors.words import words_pattern

FIELD_SEPARATOR = "\t"  # context windows stop here (detectors.context)
# Words of the labels of personal-data fields: they tell a header row (氏名 | 住所 |
# 電話) from a title row above it, and a key/value form (a column of labels) from a
# roster whose first row is the header.
FIELD_LABEL_WORDS = (
    "氏名", "名前", "フリガナ", "ふりがな", "カナ", "住所", "所在地", "〒", "郵便", "電話", "tel", "携帯", "fax",
    "メール", "mail", "生年月日", "誕生", "性別", "年齢", "番号", "口座", "銀行", "勤務", "所属", "部署", "備考",
    "連絡先", "入社", "国籍", "旅券", "パスポート", "passport", "在留", "免許", "保険", "年金", "カード", "name",
    "address", "phone", "birth", "顧客", "会員", "社員", "担当", "日付", "メモ", "特記", "住民票", "コード",
    "被保険者", "記号", "振込", "クレジット", "証明書", "マイナンバー", "個人", "続柄", "扶養", "緊急", "勤務先",
    "病歴", "既往", "健康", "診断", "障害", "本籍", "宗教", "組合", "申請", "学歴", "職歴",
    "宗派", "宗旨", "信仰", "政党", "葬儀", "被害",
    "住まい", "居住", "在住",  # where a person lives, a municipality alone (お住まい | 居住地 | 在住市町村; places23)
    # headers of person columns (detectors/jp/person_columns.py) that no data cell says
    "世帯主", "施主", "喪主", "故人", "来訪者", "訪問者", "面会者", "応対者", "名義", "契約者", "宛名", "芳名", "署名",
    "判定", "所見", "措置", "健診", "有効期限",  # fields of a check-up and its follow-up (総合判定 | 有所見項目 | 就業上の措置)
    "金融機関", "支店名", "店番", "預金", "雇保", "健保", "account", "bank", "branch", "employee", "zip", "postal",
    "e-mail", "dob", "pension", "insurance", "license", "licence",
    # labels of host systems in half-width katakana (ｼﾒｲ, ﾕｳﾋﾞﾝ), as NFKC reads them
    "シメイ", "ユウビン", "ジュウショ", "デンワ", "セイネンガッピ", "コウザno", "コウザバンゴウ", "ネンキン", "ホケン", "フリコミ",
    # romaji and English headers of exports (sei | mei, last_name, birthday, addr, mobile)
    "姓", "セイ", "sei", "mei", "last name", "last_name", "first name", "first_name", "surname", "addr", "mobile", "jusho",
    "denwa", "yubin", "yuubin", "shimei", "namae", "postcode", "post_no", "post no", "hoken", "kigo",  # a card's 保険者 and 記号 in romaji
)


_FIELD_LABEL_WORD = words_pattern(FIELD_LABEL_WORDS)


def is_field_label(text: str) -> bool:
    """A short text without digits that names a personal-data field."""
    label = _as_label(text)
    return label is not None and _field_word(label) is not None


def field_label_word(text: str) -> str | None:
    """The first field word a label names (住所 in 住所・電話); None for a text that is no label."""
    label = _as_label(text)
    word = _field_word(label) if label else None
    return word.group().strip() if word else None


def _field_word(label: str) -> re.Match | None:
    """The first field word in a label; in a label of several Latin words, a Latin field word
    is a word of its own (Date of birth, Tel No), never the start of another (CHEN MEILING
    names a person, not a mei column; Zipcode, Birthday, alone, are labels still)."""
    for word in _FIELD_LABEL_WORD.finditer(label):
        if " " not in label or not word.group().isascii() or _LATIN_WORD_AROUND.search(
                label[max(0, word.start() - 1):word.start()] + label[word.end():word.end() + 1]) is None:
            return word
    return None


_LATIN_WORD_AROUND = re.compile("[a-z]")


def _as_label(text: str) -> str | None:
    """A short text without digits as a label is compared (NFKC, lower case, a spaced-out
    form label closed up); None for one that cannot be a label."""
    text = (text or "").strip()
    if "桁" in text:
        text = _WIDTH_NOTE.sub("", text)  # 個人番号（12桁）: a note on how to write it, not a value
    if not 0 < len(text) <= 20 or any(ch.isdigit() for ch in text) or _VALUE_AFTER_COLON.search(text):
        return None  # a label and its value in one cell, or a sentence, is a value, no label (people23)
    # a form spaces a label's characters out to the width of its column (氏　名, 住　　所)
    text = unicodedata.normalize("NFKC", text)
    text = _SPACED.sub("", text) if " " in text else text  # a label without a space: no search
    return text.lower()


# 本人申告：…の会員 (a label and its value in one cell), …を申立て (a sentence's object; not …を除く, a label's note)
_VALUE_AFTER_COLON = re.compile(r"[:：]\s*\S|を(?!除)")
_SPACED = re.compile(r"(?<=[^\x00-\x7f]) +(?=[^\x00-\x7f])")
_WIDTH_NOTE = re.compile(r"[(（][^()（）]{0,6}桁[^()（）]{0,4}[)）]$")


# Tuples, not dataclasses: a roster makes two per cell, and a frozen dataclass
# cost three times as much to build.
class Field(NamedTuple):
    location: str
    value: str
    labels: tuple[str, ...] = ()


class FieldSpan(NamedTuple):
    location: str
    start: int
    end: int
    record: str = ""  # the row a cell belongs to, when rows are composed together


def _clean(value: str) -> str:
    return value.replace(FIELD_SEPARATOR, " ")


# Spaces and line breaks that spread a header over its cell (生 年 月 日, 氏　名,
# 口座\n番号) split its words; a line break left in a label would end its row's line.
_SPREAD = re.compile(r"(?<=[^\x00-\x7f])[ \u3000\r\n]+(?=[^\x00-\x7f])")
_BREAKS = re.compile(r"[\r\n]+")


def _label_text(label: str) -> str:
    return _BREAKS.sub(" ", _SPREAD.sub("", _clean(label)))


@lru_cache(maxsize=4096)
def _prefix(labels: tuple[str, ...]) -> str:
    """`label: ` for a cell's labels (the same for every cell of a column)."""
    label = " ".join(glossed(_label_text(label)) for label in labels if label)
    return f"{label}: " if label else ""


def compose_fields(fields: list[Field], position: int = 0,
                   record: str = "") -> tuple[str, list[FieldSpan]]:
    """Fields as one line of `label: value` separated by tabs, and each value's
    span (offset by position: where the line starts in a composed text)."""
    parts: list[str] = []
    spans: list[FieldSpan] = []
    pending = None  # a surname or given-name cell waiting for its other half
    for index, field in enumerate(fields):
        if pending is not None:
            pending = None
            continue
        pair = _paired(fields, index)
        if pair is not None:
            text, pair_spans = _name_field(pair, position, record)
            parts.append(text)
            spans += pair_spans
            position += len(text) + len(FIELD_SEPARATOR)
            pending = index
            continue
        prefix = _prefix(field.labels)
        value = _clean(field.value)
        start = position + len(prefix)
        parts.append(prefix + value)
        spans.append(FieldSpan(field.location, start, start + len(value), record))
        position = start + len(value) + len(FIELD_SEPARATOR)
    return FIELD_SEPARATOR.join(parts), spans


def _paired(fields: list[Field], index: int) -> tuple[str, Field, Field] | None:
    """(the name's label, surname cell, given-name cell) when this cell and the
    next hold one name's parts (姓 | 名, Last Name | First Name), both filled."""
    if index + 1 >= len(fields) or not fields[index].labels:
        return None
    pair = name_pair(fields[index].labels, fields[index + 1].labels)
    if pair is None or not fields[index].value.strip() or not fields[index + 1].value.strip():
        return None
    label, swapped = pair
    first, second = fields[index], fields[index + 1]
    return (label, second, first) if swapped else (label, first, second)


def _name_field(pair: tuple[str, Field, Field], position: int, record: str) -> tuple[str, list[FieldSpan]]:
    """`氏名: surname given` and the spans of its two cells."""
    label, surname, given = pair
    prefix, family, personal = f"{label}: ", _clean(surname.value).strip(), _clean(given.value).strip()
    start = position + len(prefix)
    spans = [FieldSpan(surname.location, start, start + len(family), record),
             FieldSpan(given.location, start + len(family) + 1, start + len(family) + 1 + len(personal), record)]
    return f"{prefix}{family} {personal}", spans


ROW_SEPARATOR = FIELD_SEPARATOR + "\n"  # a tab first, so no context window crosses rows


def compose_rows(rows: list[tuple[str, list[Field]]]) -> tuple[str, tuple[FieldSpan, ...]]:
    """Several rows as one text, one row per line: fewer, larger calls to the analyzer."""
    parts: list[str] = []
    spans: list[FieldSpan] = []
    position = 0
    for record, fields in rows:
        text, row_spans = compose_fields(fields, position, record)
        spans += row_spans
        parts.append(text)
        position += len(text) + len(ROW_SEPARATOR)
    return ROW_SEPARATOR.join(parts), tuple(spans)


def compose_lines(lines: list[tuple[str, str]]) -> tuple[str, tuple[FieldSpan, ...]]:
    """Paragraphs as one text, one per line, each span named by its location: a
    label on one line stays context for the value on the next."""
    spans: list[FieldSpan] = []
    position = 0
    for location, line in lines:
        spans.append(FieldSpan(location, position, position + len(line)))
        position += len(line) + 1
    return "\n".join(line for _, line in lines), tuple(spans)


_START = attrgetter("start")


def field_at(spans: tuple[FieldSpan, ...], offset: int) -> FieldSpan | None:
    """The cell holding offset (spans are in text order: a binary search)."""
    index = bisect.bisect_right(spans, offset, key=_START) - 1
    if index >= 0 and spans[index].start <= offset < spans[index].end:
        return spans[index]
    return None
