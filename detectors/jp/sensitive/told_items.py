"""A check-up item's finding told in words on a line of its own (checkup15): a report or a
mail writes `胸部X線: 右上肺野に結節影`, `・腹部超音波：軽度脂肪肝` — the item's label, a colon,
what was read. Only a finding in words is read here (a word of what was seen: 影, 結節, 脂肪肝,
肥大, 〜あり, 肝機能異常); a measure alone after the label (血圧: 118/72) is health.py's to judge by
its flag, and a value that says nothing (異常なし, 異常を認めず) or a range is no finding."""

from __future__ import annotations

import re

from detectors.jp.sensitive.fields import FieldValues
from detectors.jp.sensitive.lexicon import compile_pattern, words_regex
from detectors.jp.sensitive.phrases import Cells, Phrase

CATEGORY = "健康診断結果"
_DIGITS_ONLY = re.compile(r"^[0-9.,/<>≦≧ ]+")
_SEQUEL = "後遺症"  # what a disease left: told by the prose matchers, not a check-up's reading


class ToldItems:
    """Findings in words after an item's label and a colon at a line's start."""

    def __init__(self, fields: FieldValues) -> None:
        self.fields = fields
        self._line = compile_pattern(
            rf"^[ \t]*[・■●◆*\-]?[ \t]*(?P<item>{words_regex(fields.lexicon.checkup_items)})(?: *[(（][^)）\n]{{0,10}}[)）])?"
            r"(?: [^\s:：]{1,12})? *[:：] *(?P<value>[^\t\n]{2,40}?)[ \t]*"  # a word after the item: 心電図 所見:, a key's gloss
            r"(?:$|[。．](?=[一-龥ァ-ヺ]{1,8} *[:：]))")  # or a sentence's end before the next label (。既往:) (health18b)

    def find(self, text: str, cells: Cells) -> list[Phrase]:
        if ":" not in text and "：" not in text:
            return []
        found = []
        for match in self._line.finditer(text):
            value = match["value"]
            if _DIGITS_ONLY.match(value):
                continue  # a measure: judged by its flag elsewhere
            if self.fields.names_a_disability(value) or _SEQUEL in value:
                continue  # 聴力: 聴覚障害2級で…, 人工内耳を装用, 難聴の後遺症で…: the person's disability, read as such (health18b)
            found += self.fields.value_phrases(match["item"], text, match.start("value"), match.end("value"))
        return found
