"""A therapeutic diet named for its cause: 病歴 said by what a person is served. A meal
service's route list, a care plan or a dormitory's kitchen sheet writes the disease with
the meal it needs (心臓病の減塩食, 嚥下障害のためきざみ食), or a treatment's own diet
(透析食, 糖尿病食) — the person's condition, though no verb says "has".

A diet alone (減塩食, きざみ食) is a preference or an age's habit, not a diagnosis: it needs
the disease or the treatment before it. A menu's or a price list's item is nobody's:
amenities and the other resemblance checks the recognizer applies after every matcher
drop those.
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.health import names_a_disease
from detectors.jp.sensitive.lexicon import Lexicon
from detectors.jp.sensitive.phrases import Cells, Phrase

# what a kitchen serves for a condition: a restricted or modified meal
_DIET = (r"(?:(?:減塩|塩分制限|低塩|低脂肪|脂質制限|低たんぱく|低タンパク|たんぱく制限|タンパク制限|蛋白制限|カリウム制限|水分制限"
         r"|エネルギー制限|カロリー制限|糖質制限|治療|療養|制限|きざみ|刻み|極きざみ|ミキサー|ペースト|ソフト|ムース|流動|とろみ|嚥下|軟菜"
         r"|全粥|五分粥|三分粥|粥|分割|低残渣|易消化|潰瘍|形態調整)食"
         # or a nutrient's limit without the word 食 (塩分6g未満, 水分制限あり, カロリー1600kcal) (care15)
         r"|(?:塩分|食塩|水分|カリウム|リン|カロリー|エネルギー|糖質|脂質|たんぱく|タンパク|蛋白)(?:制限|控えめ"
         r"|[0-9.]+ ?(?:g|kcal|ml|mL)(?:未満|以下|以内|まで)?))")
# the cause, then how the diet follows it (の, のため, による, で)
_LINK = r"(?:の|のため(?:の)?|による|により|に伴う|で|用の?|対応の?|後の|: ?)?"  # 胃切除後の分割食, 糖尿病:減塩食
_CAUSED = re.compile(rf"(?P<cause>[一-龥ァ-ヺー]{{1,12}}){_LINK}{_DIET}"
                     rf"|(?P<own>[一-龥ァ-ヺー]{{1,10}})食(?![一-龥ァ-ヺ])")
# an operation the diet follows (胃切除後の分割食, 術後食, 乳房全摘後): the treatment, then 後
_OPERATED = ("術後", "全摘", "全摘後")
_DIET_KINDS = ("治療", "療法", "療養")  # a treatment's bare word: the diet's kind (治療食), no one's treatment
# a restriction in brackets after the diet: the same information (透析食（カリウム制限）)
_BRACKETED = re.compile(r"[（(][^()（）\n\t]{1,16}[)）]")


class DietMatcher:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def find(self, text: str, cells: Cells) -> list[Phrase]:
        if "食" not in text and "制限" not in text and "未満" not in text:
            return []
        found = []
        for match in _CAUSED.finditer(text):
            start = self._cause_start(match)
            if start is None:
                continue
            end = match.end()
            bracket = _BRACKETED.match(text, end)
            found.append(Phrase(start, bracket.end() if bracket else end, "病歴"))
        return found

    def _cause_start(self, match: re.Match) -> int | None:
        """Where the disease or treatment the diet is for begins, or None."""
        group = "cause" if match.group("cause") else "own"
        words = match.group(group)
        for offset in range(len(words) - 1):  # the longest disease or treatment ending the words
            word = words[offset:]
            if self._names_a_cause(word):
                return match.start(group) + offset
        return None

    def _names_a_cause(self, word: str) -> bool:
        """The one judgement of a disease or a treatment (revrules18), or an operation's aftermath;
        a treatment's bare word is the diet's kind (治療食, 療法食), no one's treatment."""
        if word in _DIET_KINDS:
            return False
        cause = word[:-1] if word.endswith("後") and len(word) > 2 else word
        return names_a_disease(self.lexicon, cause) or word.endswith(_OPERATED)
