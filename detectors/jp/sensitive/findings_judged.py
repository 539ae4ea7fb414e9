"""A check-up item, what was read and the judgement, in one run of words (shipyard19): 心電図
右脚ブロック 経過観察, 胸部X線 右上肺野に陰影 要精査, 腹部エコーで脂肪肝あり要再検, 眼底: 動脈硬化性変化 要観察 —
in a cell under any header (項目, 内容, 備考) or in a sentence (…要精査のため、高所作業を見合わせる).
The item's list and the finding's word (影, ブロック, 結節, あり, 低下…) make it a person's result;
the judgement's word alone (要精査, 経過観察) is too common outside check-ups (an audit's 要精査,
a project's 経過観察) to be read anywhere else. A finding denied (異常なし, 所見なし) is none."""

from __future__ import annotations

import re

from detectors.jp.sensitive.fields import READ_FINDINGS
from detectors.jp.sensitive.lexicon import Lexicon, compile_pattern, whole_word, words_regex
from detectors.jp.sensitive.phrases import Cells, Phrase

CATEGORY = "健康診断結果"
# the spellings of a judgement the lexicon's list leaves to a context (要精査 is an audit's word too)
_MORE_JUDGEMENTS = r"要精査|要精密|要再精査|経過観察|要経過観察"
_FOUND = re.compile(rf"{READ_FINDINGS}|あり|有り|疑い|陽性|低下|上昇|肥大|拡大|腫大|異常|変化|所見")
_DENIED = re.compile(r"なし|無し|認めず|ない|正常|問題")
FINDING_CHARS = 16


class FindingsJudged:
    def __init__(self, lexicon: Lexicon) -> None:
        judgements = words_regex(lexicon.judgements)
        self._pattern = compile_pattern(
            rf"{words_regex(lexicon.checkup_items)}(?: *\([A-Za-zγ-]{{1,8}}\))? *(?:[:=]|で|は|にて)? *"
            rf"(?P<finding>[^\s,、。:=()]{{1,{FINDING_CHARS}}}?) *[、,]? *\(? *(?:{judgements}|{_MORE_JUDGEMENTS})")

    def find(self, text: str, cells: Cells) -> list[Phrase]:
        found = []
        for match in self._pattern.finditer(text):
            finding = match.group("finding")
            if _FOUND.search(finding) and not _DENIED.search(finding) and whole_word(text, match.start(), match.end()):
                found.append(Phrase(match.start(), match.end(), CATEGORY))
        return found
