"""A bare disease as the value of a free-text label on a line of its own (備考：てんかん,
特記事項：弁膜症・骨粗鬆症), the text form of a free-text cell (phrases.Cells.free_text): such a
label's value is about the record's person, and a value that is a disease's name alone (by the
lexicon or by its head) or a list of them is that person's. A value that says more (備考：インフ
ルエンザ流行のため中止) is read by the other matchers, never here.
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.phrases import Cells, Phrase

_FREE_LINE = re.compile(r"^[ \t・■●◆*\-]*(?:備考|特記事項|特記|配慮事項|配慮してほしいこと|その他|メモ|申し送り(?:事項)?|注意事項|留意事項"
                        r"|連絡事項|健康面|体調面|状況|状態|現況|生活状況|身体状況|健康状態)[ \t]*[:：][ \t]*(?P<value>[^\t\n]{2,80})$",
                        re.MULTILINE)
# a value of short sentences (状況：独居。甲状腺機能低下症。…): each read alone, a disease's name as a sentence of
# its own (a record's noun-ending note) is the person's as a value alone would be
_SENTENCE = re.compile(r"[^。]+")
_LONGEST_VALUE = 40
_PARTS = re.compile(r"[^、,・/／ ]+(?:\([^)]{0,16}\))?")
_REMARK = re.compile(r"\([^)]{0,16}\)$")
# a remark that is a disability of its own (人工透析(じん臓機能障害1級)): the value says more, and the
# disability's readers tell it with its cause
_DISABILITY_REMARK = re.compile(r"障害|障がい|手帳|[0-9一二三四五六]級")
_CUES = ("備考", "特記", "配慮", "その他", "メモ", "申し送り", "注意事項", "留意事項", "連絡事項", "健康面", "体調面", "状況", "状態",
         "現況")


class FreeLineMatcher:
    """Diseases that are the whole value of a free-text label's line."""

    def __init__(self, disease_like) -> None:
        self.disease_like = disease_like  # HealthMatcher.disease_like: the lexicon or a disease's head

    def find(self, text: str, cells: Cells) -> list[Phrase]:
        if not any(cue in text for cue in _CUES):
            return []
        found = []
        for line in _FREE_LINE.finditer(text):
            start, end = line.span("value")
            sentences = [(start, end)] if "。" not in text[start:end] else [
                m.span() for m in _SENTENCE.finditer(text, start, end)]
            for first, last in sentences:
                if last - first <= _LONGEST_VALUE:
                    found += self._diseases_alone(text, first, last)
        return found

    def _diseases_alone(self, text: str, start: int, end: int) -> list[Phrase]:
        """The value's parts, when every one is a disease's name (a remark in brackets allowed)."""
        parts = list(_PARTS.finditer(text, start, end))
        words = [_REMARK.sub("", part.group()) for part in parts]
        if parts and all(self.disease_like(word) for word in words) and not any(map(_disability_remark, parts)):
            return [Phrase(part.start(), part.end(), "病歴") for part in parts]
        return []


def _disability_remark(part: re.Match) -> bool:
    remark = _REMARK.search(part.group())
    return remark is not None and _DISABILITY_REMARK.search(remark.group()) is not None
