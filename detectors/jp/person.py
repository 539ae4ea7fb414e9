"""PERSON: Japanese names in tiers, cheapest first.

1. GiNZA's Sudachi tags (名詞-固有名詞-人名-姓/名) everywhere: 姓+名 (山田 太郎,
   ヤマダ タロウ), 姓+honorific (鈴木様), a surname followed by a short unknown word
   (勅使河原 煌星); a surname alone needs context (a 氏名 column). Company and place
   words right after a surname (山田製作所) are not people.
2. GiNZA's NER only on the short value after a name label (氏名:, 名前:) where the
   tags found nothing: rare and foreign names, at NER cost on a few characters.
3. Patterns that need no dictionary (detectors.jp.person_patterns): the whole
   value of a name field (氏名: 松本煌星), furigana and katakana foreign names with
   a context word, romaji with a context word or next to a name on its line.
"""

from __future__ import annotations

import bisect
import re

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from detectors.entities import PERSON
from detectors.jp.person_kanji import cjk_names, surname_and_unknown_given
from detectors.jp.person_prose import (HONORIFICS, TITLES, addressed, ends_phrase, in_a_longer_word, katakana_chains,
                                       names_a_thing)
from detectors.jp.person_patterns import NAME_LABEL, kana_names, labelled_names, romaji_names
from detectors.nlp import Morpheme

SURNAME, GIVEN, NAME = "名詞-固有名詞-人名-姓", "名詞-固有名詞-人名-名", "名詞-固有名詞-人名-一般"
PLACE = "名詞-固有名詞-地名-一般"
NAME_TAGS = frozenset({SURNAME, GIVEN, NAME})
ORGANISATION_WORDS = {"製作所", "商事", "工業", "株式会社", "有限会社", "銀行", "病院", "医院", "大学", "学校",
                      "支店", "本店", "商店", "建設", "産業", "電機", "物産", "事務所", "法律事務所", "記念",
                      "財団", "会", "邸", "駅", "町", "市", "区", "県", "通り", "港", "寺", "城", "公園", "神社",
                      "駅前", "町民", "市民", "村", "郡"}
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
# After a surname and a space, a short word of kanji/kana is the given name even when
# the dictionary does not know it (煌星, 心愛).
_GIVEN_AFTER_SPACE = re.compile(r" +([\u3040-\u30ff\u4e00-\u9fff々]{1,4}?)(?=$|[ \t\n、。,:：(（様さ殿君])")
NER_WINDOW = 30


class PersonRecognizer(EntityRecognizer):
    CONTEXT = ("氏名", "名前", "お名前", "担当", "担当者", "宛名", "申請者", "本人", "社員", "従業員", "応募者", "出席者",
               "参加者", "面談者", "対応者", "受付者", "作成者", "記入者", "確認者", "承認者", "入力者",
               "フリガナ", "ふりがな", "カナ", "name", "様", "代表者", "保護者", "扶養")
    NEGATIVE_CONTEXT = ("会社名", "社名", "法人名", "商号", "店名", "施設名", "駅", "所在地")
    # A negative word labels the value right after it (会社名: 山田商事), not a name
    # in the next sentence (…全駅を通過した。2013年、ドミニク・アンセルと…).
    NEGATIVE_REACH = 10

    def __init__(self) -> None:
        super().__init__(supported_entities=[PERSON], name="PersonRecognizer", supported_language="ja",
                         context=list(self.CONTEXT))
        self.negative_context = list(self.NEGATIVE_CONTEXT)
        self.negative_reach = self.NEGATIVE_REACH

    def load(self) -> None:
        """Nothing to load: the tokens come from the shared GiNZA tokenizer."""

    def may_match(self, text: str) -> bool:
        return bool(_CJK.search(text)) or any(True for _ in romaji_names(text))

    @staticmethod
    def canonical(value: str) -> str:
        return re.sub(r"[\s・]+", "", value)

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        explanation = AnalysisExplanation(recognizer=self.name, original_score=score,
                                          textual_explanation="GiNZA tokenizer: 人名-姓/名")
        return RecognizerResult(PERSON, start, end, score, analysis_explanation=explanation, recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: self.name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})

    @staticmethod
    def _words(nlp_artifacts) -> list:
        """Morphemes from our engine; spaCy tokens (as morphemes) from any other."""
        if hasattr(nlp_artifacts, "morphemes"):
            return nlp_artifacts.morphemes
        return [Morpheme(t.text, t.tag_, t.idx, t.idx + len(t.text)) for t in nlp_artifacts.tokens if not t.is_space]

    @staticmethod
    def _joined(text: str, left, right) -> bool:
        """Two tokens of one name: nothing, or spaces, between them (not a tab or a
        line break, which end a cell or a row)."""
        return not text[left.end:right.start].strip(" ")

    def _runs(self, words, text: str) -> list[tuple[int, int]]:
        """Runs of name-tagged tokens (spaces between them dropped): [first, last] indexes."""
        runs, i = [], 0
        while i < len(words):
            if words[i].tag in NAME_TAGS:
                j = i
                while j + 1 < len(words) and self._joined(text, words[j], words[j + 1]) and (
                        words[j + 1].tag in NAME_TAGS or (
                        words[j + 1].text == "・" and j + 2 < len(words) and words[j + 2].tag in NAME_TAGS)):
                    j += 1
                runs.append((i, j))
                i = j + 1
            else:
                i += 1
        return runs

    def _token_results(self, words, text: str, boundaries) -> list[RecognizerResult]:
        results = []
        for first, last in self._runs(words, text):
            before = words[first - 1].text if first else ""
            after = words[last + 1].text if last + 1 < len(words) else ""
            if before in ("株式会社", "有限会社") or after in ORGANISATION_WORDS or (
                    first == last and words[first].text in self.CONTEXT):
                continue
            start, end = words[first].start, words[last].end
            if in_a_longer_word(text, start, end):
                continue  # judged as a chain (katakana_chains), or part of a word
            tags = {w.tag for w in words[first:last + 1]}
            given = _GIVEN_AFTER_SPACE.match(text, end) if tags == {SURNAME} else None
            if given and given.group(1) in HONORIFICS | TITLES:
                given = None
            if given:
                results.append(self._result(start, given.end(1), 0.7))  # 勅使河原 煌星
            elif last > first and (SURNAME in tags or NAME in tags):
                results.append(self._result(start, end, 0.7))  # 姓+名, or a foreign name in parts
            elif addressed(text, end):
                results.append(self._result(start, end, 0.6))  # 鈴木様, 田中部長
            elif tags == {SURNAME} and boundaries and (given_end := surname_and_unknown_given(text, end, boundaries)):
                results.append(self._result(start, given_end, 0.6))  # 早川漣と
            elif end - start >= 2 and ends_phrase(text, words, first, last):
                results.append(self._result(start, end, 0.6))  # 小野寺は, 雄一が (prose)
            elif tags == {GIVEN} and first and _surname_before(text, words[first - 1], words[first]):
                results.append(self._result(words[first - 1].start, end, 0.6))  # 林 真由美 (林 read as a noun)
            elif tags == {SURNAME}:
                results.append(self._result(start, end, 0.25))  # a surname alone: context decides
        results += [self._result(w.start, w.end, 0.6) for w in words if w.tag == PLACE and addressed(text, w.end)]
        results += [self._result(start, end, 0.6) for start, end in katakana_chains(text, words, NAME_TAGS, PLACE)]
        return results

    def _ner_windows(self, text: str, labels: list[re.Match], found: list[RecognizerResult],
                     nlp) -> list[RecognizerResult]:
        """The third tier: GiNZA's NER on the short value after a name label, only
        where the other tiers found no name there (rare or foreign names)."""
        results = []
        starts = sorted(r.start for r in found)
        for label in labels:
            start = label.end()
            end = min(len(text), start + NER_WINDOW)
            end = min([i for i in (text.find("\n", start), text.find("\t", start)) if i >= 0] + [end])
            nearest = bisect.bisect_left(starts, start)
            if end <= start or (nearest < len(starts) and starts[nearest] < end):
                continue
            for entity in nlp(text[start:end]).ents:
                if entity.label_ == "Person":
                    results.append(self._result(start + entity.start_char, start + entity.end_char, 0.6))
        return results

    def analyze(self, text, entities, nlp_artifacts=None):
        has_cjk = _CJK.search(text) is not None
        labels = list(NAME_LABEL.finditer(text))
        fields = [self._result(start, end, 0.6) for start, end in labelled_names(text, labels)]
        results = []
        words = self._words(nlp_artifacts) if nlp_artifacts is not None and has_cjk else []
        boundaries = getattr(getattr(nlp_artifacts, "nlp_engine", None), "boundaries", None)
        if words:
            results += self._token_results(words, text, boundaries)
        if boundaries and has_cjk:
            results += [self._result(start, end, 0.6) for start, end in cjk_names(text, boundaries)]
        results += [self._result(start, end, 0.6 if addressed(text, end) else 0.3) for start, end in kana_names(text)
                    if not (words and names_a_thing(text[start:end], _words_in(words, start, end), start, PLACE))]
        results += [self._result(start, end, 0.6 if _on_a_named_line(text, start, results) else 0.2)
                    for start, end in romaji_names(text)]
        # a name field's whole value is the name; what the other tiers found inside it is not another
        results = fields + [r for r in results if not _inside_any(r, fields)]
        nlp = getattr(getattr(nlp_artifacts, "nlp_engine", None), "nlp", None)
        if callable(nlp) and has_cjk:  # a spaCy pipeline (Presidio's engine keeps a dict of them)
            results += self._ner_windows(text, labels, results, nlp)
        return _distinct(results)


_SHORT_KANJI = re.compile(r"[\u4e00-\u9fff々]{1,3}")


def _surname_before(text: str, word, given) -> bool:
    """A short kanji word, a space, then a given name, at the start of a field:
    the dictionary read the surname as a common noun (林, 森, 原)."""
    field_start = word.start == 0 or text[word.start - 1] in "\t\n"
    field_end = given.end == len(text) or text[given.end] in "\t\n" or addressed(text, given.end)
    return (field_start and field_end and len(given.text) >= 2 and text[word.end:given.start] == " "
            and _SHORT_KANJI.fullmatch(word.text) is not None)


def _on_a_named_line(text: str, position: int, found: list[RecognizerResult]) -> bool:
    """`佐藤 健一（Kenichi Sato）`: romaji beside a name the tags found."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    end = len(text) if end < 0 else end
    return any(start <= r.start < end and r.score >= 0.6 and _CJK.search(text[r.start:r.end]) for r in found)


def _words_in(words, start: int, end: int) -> list:
    return [w for w in words if start <= w.start < end]


def _inside_any(result: RecognizerResult, fields: list[RecognizerResult]) -> bool:
    """Whether result overlaps one of fields (in text order, not overlapping each other)."""
    i = bisect.bisect_left(fields, result.end, key=lambda f: f.start) - 1
    return i >= 0 and fields[i].end > result.start


def _distinct(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """One result per span (two tiers may find the same name), the highest score kept."""
    best: dict[tuple[int, int], RecognizerResult] = {}
    for result in results:
        kept = best.get((result.start, result.end))
        if kept is None or result.score > kept.score:
            best[(result.start, result.end)] = result
    return list(best.values())
