"""Values under English or romaji keys (creed12): a JSON key (`"union_role": "分会書記"`, read by
the extractor as `union_role: 分会書記`), an XML element (`<pastIllness>肺結核</pastIllness>`) or
an export's header (political_view) is the Japanese label its words stand for
(data/english_keys.tsv: union role → 組合役職), and its value is read as that label's value
(detectors.jp.sensitive.fields: a flag label's value counts only as a yes or a word of its
category, an empty or a `なし` value never)."""

from __future__ import annotations

import re
from functools import lru_cache

from detectors.jp.sensitive.lexicon import DATA
from detectors.jp.sensitive.phrases import Cells, Phrase

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_SEPARATORS = re.compile(r"[_\-. ]+")
# `key: value` on a line of its own (a pretty-printed JSON's line), `"key": "value"` (one-line
# JSON), `<key>value</key>` (XML): the key's letters are ASCII, the value holds a Japanese letter
_KEY = r"[A-Za-z][A-Za-z0-9_\-.]{1,39}"
_VALUE_LETTER = re.compile(r"[ぁ-んァ-ヺ一-龥]")
_FORMS = (re.compile(rf"^[ \t]*(?P<key>{_KEY}): (?P<value>[^\t\n]{{1,80}}?)[ \t,]*$", re.MULTILINE),
          re.compile(rf'"(?P<key>{_KEY})" *: *"(?P<value>[^"\t\n]{{1,80}})"'),
          re.compile(rf"<(?P<key>{_KEY})(?: [^<>\n]*)?>(?P<value>[^<\n]{{1,80}})</(?P=key)>"),
          re.compile(rf'"(?P<key>{_KEY})" *: *(?P<value>[0-9][0-9.]{{0,9}})(?=[ \t,}}\n]|$)'))  # a JSON number (checkup15)
_ASCII_KINDS = ("grade", "item")  # a grade's code or a measure is ASCII (D2, 158): the key alone says what it is


def _read_keys() -> dict[str, str]:
    keys = {}
    for name in ("english_keys.tsv", "checkup_keys.tsv"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                words, label = line.split("\t")
                keys[words] = label
    return keys


_KEYS = _read_keys()


@lru_cache(maxsize=4096)
def english_label(key: str) -> str | None:
    """The Japanese label an English or romaji key stands for (unionRole, past_illness,
    Medical History); None for any other key or for a Japanese one."""
    if not key.isascii():
        return None
    words = _SEPARATORS.sub(" ", _CAMEL.sub(" ", key.strip().rstrip(":"))).strip().lower()
    return _KEYS.get(words)


class KeyedValues:
    """The values of English keys in a text, read as their Japanese labels' values."""

    def __init__(self, fields) -> None:
        self.fields = fields  # detectors.jp.sensitive.fields.FieldValues

    def find(self, text: str, cells: Cells) -> list[Phrase]:
        if text.isascii() or not _VALUE_LETTER.search(text):
            return []
        found = []
        for form in _FORMS:
            for match in form.finditer(text):
                label = english_label(match["key"])
                if label is not None and (_VALUE_LETTER.search(match["value"])
                                          or self.fields.labels[label].kind in _ASCII_KINDS):
                    found += self.fields.value_phrases(label, text, match.start("value"), match.end("value"))
        return found
