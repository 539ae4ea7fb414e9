"""PERSON: Japanese names from the GiNZA tokenizer's tags (Sudachi marks
名詞-固有名詞-人名-姓/名), cheap and everywhere; romaji names need a context word.

Tiers: 姓+名 (山田 太郎, ヤマダ タロウ) or 姓+honorific (鈴木様) are names; a
surname alone needs context (a 氏名 column). Company and place words right after
a surname (山田製作所) are not people.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from detectors.entities import PERSON

SURNAME, GIVEN, NAME = "名詞-固有名詞-人名-姓", "名詞-固有名詞-人名-名", "名詞-固有名詞-人名-一般"
HONORIFICS = {"様", "さん", "殿", "氏", "君", "くん", "ちゃん", "先生"}
ORGANISATION_WORDS = {"製作所", "商事", "工業", "株式会社", "有限会社", "銀行", "病院", "医院", "大学", "学校",
                      "支店", "本店", "商店", "建設", "産業", "電機", "物産", "事務所", "法律事務所", "記念",
                      "財団", "会", "家", "邸", "駅", "町", "市", "区", "県", "通り"}
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_ROMAJI = re.compile(r"(?<![A-Za-z])[A-Z][a-z]{1,15} [A-Z][a-z]{1,15}(?![A-Za-z])")


class PersonRecognizer(EntityRecognizer):
    CONTEXT = ("氏名", "名前", "お名前", "担当", "担当者", "宛名", "申請者", "本人", "社員", "従業員", "応募者",
               "フリガナ", "ふりがな", "カナ", "name", "様", "代表者", "保護者", "扶養")
    NEGATIVE_CONTEXT = ("会社名", "社名", "法人名", "商号", "店名", "施設名", "駅", "所在地")

    def __init__(self) -> None:
        super().__init__(supported_entities=[PERSON], name="PersonRecognizer", supported_language="ja",
                         context=list(self.CONTEXT))
        self.negative_context = list(self.NEGATIVE_CONTEXT)

    def load(self) -> None:
        """Nothing to load: the tokens come from the shared GiNZA tokenizer."""

    def may_match(self, text: str) -> bool:
        return bool(_CJK.search(text)) or bool(_ROMAJI.search(text))

    @staticmethod
    def canonical(value: str) -> str:
        return re.sub(r"[\s・]+", "", value)

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(PERSON, start, end, score, recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: self.name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})

    def _token_results(self, tokens) -> list[RecognizerResult]:
        results = []
        words = [t for t in tokens if not t.is_space]
        for i, token in enumerate(words):
            before = words[i - 1].text if i else ""
            after = words[i + 1] if i + 1 < len(words) else None
            if token.tag_ == SURNAME and before not in ("株式会社", "有限会社"):
                if after is not None and after.tag_ == GIVEN:
                    nxt = words[i + 2].text if i + 2 < len(words) else ""
                    if nxt not in ORGANISATION_WORDS:
                        results.append(self._result(token.idx, after.idx + len(after.text), 0.7))
                elif after is not None and after.text in HONORIFICS:
                    results.append(self._result(token.idx, token.idx + len(token.text), 0.6))
                elif after is None or after.text not in ORGANISATION_WORDS:
                    results.append(self._result(token.idx, token.idx + len(token.text), 0.25))
            elif token.tag_ == NAME and after is not None and after.text == "・" and i + 2 < len(words) \
                    and words[i + 2].tag_ == NAME:
                last = words[i + 2]
                results.append(self._result(token.idx, last.idx + len(last.text), 0.55))
        return results

    def analyze(self, text, entities, nlp_artifacts=None):
        results = [self._result(m.start(), m.end(), 0.2) for m in _ROMAJI.finditer(text)]
        if nlp_artifacts is not None and _CJK.search(text):
            results += self._token_results(nlp_artifacts.tokens)
        return results
