"""Names of goods and named things in a catalogue, a menu or a booking sheet (issue 12,
names12): a kimono's pattern, a cultivar, a sake's brand, a room, a train, a doll
called like a person (撫子, 美咲, 久保田, 花子). Read from the value's own label and its
record, never from the name itself:

- its label names a thing's name (柄, 品種, 銘柄, 商品名, 部屋名: data/goods_name_labels.txt),
  as a table's composed header, a key-value line's label or a JSON key;
- its label is one a person's record has too (愛称, 名称, ニックネーム) and the record
  has a field only goods have (価格, 在庫, 品番, 素材: data/goods_fields.txt);
- in prose, a kind of goods right after its quotation or after という (「…」という柄,
  …という品種, 「…」号) or right before its quotation (品種「…」): data/goods_kinds.txt.

A person's column in the same table (担当者, 購入者) has its own label: it stays.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from detectors.jp.person_names import load_name_lists
from detectors.lines import composed_header, line_bounds
from detectors.words import alternation

# split and stripped per phrase: compiled once, not looked up in re's cache each call
_BLANK = re.compile(r"[ \u3000]")

_DATA = Path(__file__).resolve().parent / "data"
_KANJI = "\u4e00-\u9fff々"
_PERSONS_TOO = ("愛称", "名称", "ニックネーム", "呼称", "呼び名")
_BRACKETS = re.compile(r"[(（【\[][^)）】\]]*[)）】\]]|[\s\"'「」■□・*]")
# a line's own label before the value: 愛称：…, 品種: …, "銘柄": "…
_LINE_LABEL = re.compile(r"([^\t\n:：,{}\[\]\"]{1,16})\"?[ \u3000]*[:：=][ \u3000]*[\"「]?[ \u3000]*$")
# every label of a record: composed `header: `, a line's `label：`, a JSON key
_ANY_LABEL = re.compile(r"(?:^|[\t\n{,\[])[ \u3000]*\"?([^\t\n:：,{}\[\]\"]{1,16})\"?[ \u3000]*(?:[:：]|\":)", re.MULTILINE)
# an XML element's own tag: <銘柄>…</銘柄>
_ELEMENT = re.compile(r"<([^<>/\s\"=]{1,16})>")
_OPEN_ELEMENT = re.compile(r"<([^<>/\s\"=]{1,16})>[ \u3000]*$")
_RECORD_REACH = 400  # characters of a paragraph read either side of the value
_SAYS = "(?:という|といった|と呼ばれる|と名付けられた|と名づけられた|の名の)"


def _words(name: str) -> tuple[str, ...]:
    lines = (_DATA / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    labels = re.compile(f"(?:{alternation(_words('goods_name_labels'))})$")
    fields = re.compile(alternation(_words("goods_fields")))
    kinds = alternation(_words("goods_kinds"))
    after = re.compile(f"(?:[」』]{_SAYS}?|{_SAYS})(?:{kinds})(?![{_KANJI}])")
    before = re.compile(f"(?<![{_KANJI}])(?:{kinds})(?:の|：|:)?[「『]$")
    return labels, fields, after, before


@lru_cache(maxsize=1)
def _label_words() -> frozenset[str]:
    return frozenset(_words("goods_name_labels"))


def _clean(label: str) -> str:
    return _BRACKETS.sub("", unicodedata.normalize("NFKC", label)).lower().lstrip("[{,")  # a JSON key's


def own_label(text: str, start: int) -> str:
    """The value's own label: its cell's composed header, else the label before it on its line."""
    cell, colon = composed_header(text, start)
    if colon > cell:
        return _clean(text[cell:colon])
    line_start = line_bounds(text, start)[0]
    label = _LINE_LABEL.search(text, max(line_start, start - 24), start) or _OPEN_ELEMENT.search(
        text, max(line_start, start - 24), start)
    return _clean(label.group(1)) if label else ""


def _record_labels(text: str, start: int) -> list[str]:
    """The labels of the record around start: its paragraph (a table, a form's block, a JSON line)."""
    low = text.rfind("\n\n", max(0, start - _RECORD_REACH), start)
    high = text.find("\n\n", start, start + _RECORD_REACH)
    lo = max(0, start - _RECORD_REACH) if low < 0 else low
    hi = min(len(text), start + _RECORD_REACH) if high < 0 else high
    return [_clean(m.group(1)) for pattern in (_ANY_LABEL, _ELEMENT) for m in pattern.finditer(text, lo, hi)]


def names_goods(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names goods or a named thing (see the module)."""
    labels, fields, after, before = _patterns()
    label = own_label(text, start)
    if label and labels.search(label) and not label.endswith("続柄"):  # 続柄 ends in 柄: a relation's label
        return True
    words = _BLANK.split(text[start:end], maxsplit=1)
    if len(words) == 2 and unicodedata.normalize("NFKC", words[0]) in _label_words() \
            and words[1] not in load_name_lists().given_names:  # 山名 健一 is a person
        return True  # 山名　燕岳: the label and its value on a form's line, read as a surname and a given name
    if label in _PERSONS_TOO and any(fields.search(other) for other in _record_labels(text, start) if other != label):
        return True
    return bool(after.match(text, end) or before.search(text, max(0, start - 8), start))
