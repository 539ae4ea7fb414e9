"""PERSON: Japanese names in tiers, cheapest first.

1. GiNZA's Sudachi tags (名詞-固有名詞-人名-姓/名/一般, see person_tokens): 姓+名,
   姓+honorific, a surname then a given name the tags miss, and in prose a name
   that ends a noun phrase (小野寺は); katakana names in parts judged as a whole
   chain (person_prose); Chinese and Korean names in kanji (person_kanji).
2. Patterns that need no dictionary (person_patterns, person_romaji): the whole
   value of a name field (氏名: 松本煌星), furigana and katakana foreign names with
   a context word, romaji with a context word or next to a name on its line,
   names in capitals as passports write them (NAKAMURA KENJI, TRAN THI HOA).
3. GiNZA's NER only on the short value after a name label (氏名:, 名前:) where the
   other tiers found nothing: rare and foreign names, at NER cost on a few characters.
Name lists (person_names) back tiers 1 and 2. A name of one character (林, 森) is
never reported, even addressed (林様) or as a field's whole value (対応者: 林): such
a character is a word broken across a line (看\n護) far more often than a person.
"""

from __future__ import annotations

import bisect
import re

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from detectors.entities import PERSON
from detectors.jp.person_children import children_called, one_kanji_children
from detectors.jp.person_circulated import surnames_listed_with_people
from detectors.jp.person_columns import NameJudge, column_names
from detectors.jp.person_addressed import addressed_kanji_names
from detectors.jp.person_agents import agent_labelled_names
from detectors.jp.person_again import one_character_again, surnames_again
from detectors.jp.person_bodies import a_body_or_a_people
from detectors.jp.person_goods import named_like_a_person
from detectors.jp.person_greeting import addressed_by_layout
from detectors.jp.person_foreign import foreign_names
from detectors.jp.person_form_fields import form_field_names
from detectors.jp.person_fragments import a_word_part
from detectors.jp.person_headers import a_header_line
from detectors.jp.person_not_people import names_no_person
from detectors.jp.person_days import schedule_days
from detectors.jp.person_defined import kanji_names_said
from detectors.jp.person_duties import without_duties
from detectors.jp.person_kana_given import kana_given_names
from detectors.jp.person_english import english_said_names, latin_names_context
from detectors.jp.person_kanji import cjk_names
from detectors.jp.person_keys import keyed_names
from detectors.jp.person_names import NameLists, load_name_lists
from detectors.jp.person_positions import positional_names
from detectors.jp.person_premises import a_firm_or_premises, place_like_names_said
from detectors.jp.person_patterns import (NAME_LABEL, addressed_surnames, is_a_name, kana_names, labelled_names,
                                         listed_kana_names, romaji_names)
from detectors.jp.person_prose import (addressed, beside_a_legal_form, chain_ends, katakana_chains, names_a_thing,
                                      unknown_katakana_names)
from detectors.jp.person_listed import listed_with_people
from detectors.jp.person_lone import lone_surnames, surnames_alone
from detectors.jp.person_married import display_names, former_surnames
from detectors.jp.person_office import (a_shop, addressed_forms, bracketed_forms, mixed_case_romaji, spaced_names,
                                        speaker_surnames, with_given_names_after, with_surnames_before)
from detectors.jp.person_org import things_in_text
from detectors.jp.person_things import names_a_thing_in_prose
from detectors.jp.person_said import said_to_be_people
from detectors.jp.person_shapes import shaped_names, widened
from detectors.jp.person_staff import posted_staff
from detectors.jp.person_readings import readings_after
from detectors.jp.person_roles import attendees, role_labelled_names, self_introduced, trimmed
from detectors.jp.person_romaji import CAPS_NAME, caps_names, romaji_in_prose
from detectors.jp.person_vietnamese import vietnamese_names
from detectors.jp.person_tokens import NAME_TAGS, PLACE, SURNAME, tagged_names
from detectors.jp.person_written import written_names
from detectors.nlp import Morpheme, named_entities
from detectors.spans import one_per_span, overlaps_any

_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_NAME_SEPARATORS = re.compile(r"[\s・,]+")  # canonical: per finding, compiled once
NER_WINDOW = 30
_LABEL_QUALIFIER = re.compile(r"[ \u3000]*(?:[(（][^()（）\n]{0,12}[)）])?")
MIN_NAME_LENGTH = 2  # characters
ROMAJI_BESIDE = 3  # characters between a romaji name and the kanji name it spells: 佐藤 健一（Kenichi Sato）


class PersonRecognizer(EntityRecognizer):
    CONTEXT = ("氏名", "名前", "お名前", "担当", "担当者", "宛名", "申請者", "本人", "社員", "従業員", "応募者", "出席者",
               "参加者", "面談者", "対応者", "受付者", "作成者", "記入者", "確認者", "承認者", "入力者",
               "フリガナ", "ふりがな", "カナ", "name", "様", "代表者", "保護者", "扶養")
    NEGATIVE_CONTEXT = ("会社名", "社名", "法人名", "商号", "店名", "施設名", "駅", "所在地")
    # A negative word labels the value right after it (会社名: 山田商事), not a name
    # further on (…全駅を通過した。2013年、ドミニク・アンセルと…; …グリアが所有する土地に駅が…).
    NEGATIVE_REACH = 10

    def __init__(self) -> None:
        super().__init__(supported_entities=[PERSON], name="PersonRecognizer", supported_language="ja",
                         context=list(self.CONTEXT))
        self.negative_context = list(self.NEGATIVE_CONTEXT)
        self.negative_reach = self.NEGATIVE_REACH
        self.negative_labels_only = True
        self._not_names = frozenset(self.CONTEXT)
        self._gate_led: tuple[str | None, list[tuple[int, int]] | None] = (None, None)  # may_match's last reading

    def load(self) -> None:
        """The name lists (about 0.2 s); the tokens come from the shared GiNZA tokenizer."""
        self.names: NameLists = load_name_lists()

    def may_match(self, text: str) -> bool:
        if _CJK.search(text) or any(True for _ in romaji_names(text)) or CAPS_NAME.search(text) is not None:
            return True
        # a mail in English: Dear THAPA SABIN, Dear Ms Usami, (person_english); analyze reuses what the gate read
        found, led = latin_names_context(text, self.names)
        self._gate_led = (text, led)
        return found

    @staticmethod
    def canonical(value: str) -> str:
        return _NAME_SEPARATORS.sub("", value)  # NAKAMURA, KENJI is NAKAMURA KENJI

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

    def _dictionary_results(self, text: str, nlp_artifacts) -> tuple[list[RecognizerResult], list]:
        """The first tier, and the morphemes it read (none without Japanese script)."""
        if nlp_artifacts is None or _CJK.search(text) is None:
            return [], []
        words = self._words(nlp_artifacts)
        lookup = getattr(getattr(nlp_artifacts, "nlp_engine", None), "lookup", None)
        found = tagged_names(words, text, self.names, self._not_names, lookup)
        found += [(start, end, 0.6) for start, end in katakana_chains(text, words, NAME_TAGS, PLACE)]
        if lookup:  # our engine: a candidate's words are looked up in its tokenizer
            one_character_surnames = {w.start for w in words if w.tag == SURNAME and w.end - w.start == 1}
            found += [(start, end, 0.6) for start, end in cjk_names(text, lookup, one_character_surnames)]
            found += [(start, end, 0.6) for start, end in romaji_in_prose(text, lookup)]
            found += [(start, end, 0.6) for start, end in unknown_katakana_names(text, lookup, found)]
            places = [(w.start, w.end) for w in words if w.tag == PLACE]
            found += [(start, end, 0.6) for start, end in said_to_be_people(text, lookup, found, places)]
            found += [(start, end, 0.6) for start, end in kanji_names_said(text, self.names, lookup, found)]  # 会長の山根明を
        return [self._result(start, end, score) for start, end, score in found], words

    def _pattern_results(self, text: str, words: list, found: list[RecognizerResult]) -> list[RecognizerResult]:
        """The second tier (patterns), beside what the first found."""
        kana = [(start, end) for start, end in kana_names(text)
                if chain_ends(text, end) and not beside_a_legal_form(text, start, end)]
        starts = [w.start for w in words] if kana else []
        results = [self._result(start, end, 0.6 if addressed(text, end) else 0.3) for start, end in kana
                   if not (words and names_a_thing(
                       text[start:end], words[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)],
                       start, end, NAME_TAGS, PLACE, addressed(text, end)))]
        results += [self._result(start, end, 0.6 if _beside_a_name(text, start, end, found) else 0.2)
                    for start, end in romaji_names(text)]
        results += [self._result(start, end, 0.6) for start, end in listed_kana_names(text, self.names)]
        results += [self._result(start, end, 0.6) for start, end in addressed_surnames(text, self.names)]
        led = self._gate_led[1] if self._gate_led[0] == text else None  # the gate's reading; Dear Haruto Fujimoto,
        results += [self._result(start, end, 0.6) for start, end in english_said_names(text, self.names, led)]
        results += [self._result(start, end, 0.6) for start, end in vietnamese_names(text)]  # Nguyễn Thị Mai
        return results + [self._result(start, end, 0.6) for start, end in caps_names(text, self.names)]

    def _office_results(self, text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
        """Names in minutes, reports and mail (person_office): speakers at line starts,
        listed surnames and given names joined, readings in brackets, ASANO Emi; no shops."""
        found = [(r.start, r.end) for r in results if r.score >= 0.6]
        joined = with_surnames_before(text, found, self.names) | with_given_names_after(text, found, self.names)
        results = [self._result(*joined[(r.start, r.end)], r.score) if (r.start, r.end) in joined else r
                   for r in results]
        spans = speaker_surnames(text, self.names) + mixed_case_romaji(text, self.names) + spaced_names(text, self.names)
        spans += bracketed_forms(text, found + list(joined.values())) + addressed_forms(text, self.names)
        spans += former_surnames(text, found + list(joined.values()), self.names) + display_names(text, self.names)
        spans += children_called(text, self.names) + kana_given_names(text, self.names)  # person_children, person_kana_given
        spans += surnames_again(text, found + list(joined.values()), self.names)  # 守屋 玲奈 … 確認：守屋 (person_again)
        results += [self._result(start, end, 0.6) for start, end in spans]
        spans_once = {(r.start, r.end) for r in results}  # each span once
        shops = {span for span in spans_once if a_shop(text, *span, self.names.surnames)}
        return [r for r in results if (r.start, r.end) not in shops]

    def _column_results(self, text: str, found: list[RecognizerResult], judge: NameJudge) -> list[RecognizerResult]:
        """Names in a table's person columns (person_columns), by header or by what
        most of a column's cells hold, a headerless table's too (person_positions); in
        text order, not overlapping each other."""
        if "\t" not in text and ": " not in text and "/" not in text and "|" not in text:  # 宇野 芙美子/… (person_positions)
            return []
        names = sorted((r.start, r.end) for r in found if r.score >= 0.6)
        spans = (column_names(text, names, judge) if ": " in text else []) + positional_names(text, names, judge)
        return [self._result(start, end, 0.6) for start, end in sorted(set(spans))]

    def _form_fields(self, text: str, judge: NameJudge, found: list[RecognizerResult],
                     fields: list[RecognizerResult]) -> list[RecognizerResult]:
        """Names under a person's label in a text form, JSON or XML line, where no
        other field reader took the value."""
        names = [(r.start, r.end) for r in found if r.score >= 0.6]
        return [self._result(s, e, 0.6) for s, e in form_field_names(text, judge, names)
                if not any(f.start < e and s < f.end for f in fields)]

    def _role_fields(self, text: str, lookup, found: set[tuple[int, int]]) -> list[RecognizerResult]:
        """Names after a role's label (記録者：…) or a word for a person and a blank (担当 松下 剛,
        世帯主 砂川　凛太郎: person_agents), where no other tier found the same span."""
        roles = list(role_labelled_names(text, self.names, lookup)) + agent_labelled_names(text, self.names, lookup)
        return [self._result(s, e, 0.6) for s, e in roles if (s, e) not in found]

    def _ner_windows(self, text: str, labels: list[re.Match], found: list[RecognizerResult],
                     nlp) -> list[RecognizerResult]:
        """The third tier: GiNZA's NER on the short value after a name label, only
        where the other tiers found no name there (rare or foreign names)."""
        results = []
        starts = sorted(r.start for r in found)
        for label in labels:
            start = _LABEL_QUALIFIER.match(text, label.end()).end()  # Name (English): the label's own bracket
            end = min(len(text), start + NER_WINDOW)
            end = min([i for i in (text.find("\n", start), text.find("\t", start)) if i >= 0] + [end])
            nearest = bisect.bisect_left(starts, start)
            if end <= start or (nearest < len(starts) and starts[nearest] < end):
                continue
            window = text[start:end]
            for label, entity, entity_start, entity_end in named_entities(nlp, window):
                # ひかり商事株式会社 御中: NER reads some companies as people
                if label == "Person" and is_a_name(entity) and "御中" not in window:
                    results.append(self._result(start + entity_start, start + entity_end, 0.6))
        return results

    def analyze(self, text, entities, nlp_artifacts=None):
        labels = list(NAME_LABEL.finditer(text))
        fields = [self._result(start, end, 0.6) for start, end in labelled_names(text, labels, self.names)]
        results, words = self._dictionary_results(text, nlp_artifacts)
        results += self._pattern_results(text, words, results)
        names = sorted((r.start, r.end) for r in results if r.score >= 0.6)
        results += [self._result(s, e, 0.6) for s, e in listed_with_people(text, names) + surnames_listed_with_people(text, names, self.names) + readings_after(text, names)]
        results = self._office_results(text, results)
        # what the sentence says around a name found in prose: 吉川弘文館, オクラホマ州エイダ, 映画「…」
        spans = {(r.start, r.end) for r in results}  # tiers find many a span twice: each read once
        things = {span for span in spans if names_a_thing_in_prose(text, *span)}
        results = [r for r in results if (r.start, r.end) not in things]
        # …に移籍, …は、…のロックバンド。 — at any mention: one sense per text (person_org)
        lookup = getattr(getattr(nlp_artifacts, "nlp_engine", None), "lookup", None)
        things = things_in_text(text, [(r.start, r.end) for r in results], lookup)
        results = [r for r in results if text[r.start:r.end] not in things]
        judge = NameJudge(lookup, self.names)
        fields = [f for f in fields if judge.a_name_value(text[f.start:f.end])]  # not 会員名: 正会員
        fields += [self._result(s, e, 0.6) for s, e in keyed_names(text, judge.a_name_value, judge.known)]  # person_keys
        fields += self._form_fields(text, judge, results, fields)  # person_form_fields
        # a role's name another tier found keeps that tier's score, unless too low to report (記録者：佐藤 at 0.2)
        found = {(r.start, r.end) for r in results if r.score >= 0.6}
        fields += self._role_fields(text, lookup, found)  # person_roles, person_agents
        results += [self._result(s, e, 0.6) for s, e in self_introduced(text, lookup) + attendees(
            text, self.names, lookup) + addressed_by_layout(text, self.names, lookup)]  # person_roles, person_greeting
        lone = lone_surnames(text, self.names, lookup) + surnames_alone(text, self.names) + one_kanji_children(text, self.names) + posted_staff(text, self.names, lookup) + one_character_again(text, sorted((r.start, r.end) for r in results if r.score >= 0.6), self.names)  # 橘さん, 朔くん, 窓口係 蔵本, 崔 恩惠 … 崔は
        results += [self._result(s, e, 0.6) for s, e in [*foreign_names(text), *lone, *place_like_names_said(text, self.names)]]
        addressed = addressed_kanji_names(text, self.names, lookup) if lookup else []  # 温水颯真様 (person_addressed)
        written = [self._result(s, e, 0.6) for s, e in sorted(written_names(text, self.names) + addressed)  # person_written
                   if not names_a_thing_in_prose(text, s, e)]  # 第5話「港で待つ北沢ゆかり」 is a title
        results = self._shaped(text, [r for r in results if not overlaps_any(r, written)] + written, lookup)  # 山﨑ゆうと
        columns = self._column_results(text, results, judge)
        fields = sorted(columns + [f for f in fields if not overlaps_any(f, columns)], key=lambda r: r.start)
        # a name field's whole value is the name; what the other tiers found inside it is not another
        results = fields + [r for r in results if not overlaps_any(r, fields)]
        nlp = getattr(getattr(nlp_artifacts, "nlp_engine", None), "nlp", None)
        if callable(nlp) and _CJK.search(text):  # a spaCy pipeline (Presidio's engine keeps a dict of them)
            results += self._ner_windows(text, labels, results, nlp)
        # One character is never reported as a name: alone it is far more often a
        # word broken across a line (看\n護) than a person, even after a label.
        results = [r for r in without_duties(text, judge, one_per_span(results)) if r.end - r.start >= MIN_NAME_LENGTH  # 担当: 酛屋
                   and not named_like_a_person(text, r.start, r.end, self.names, lookup)  # カットハウス 健, 洗浄太郎
                   and not a_body_or_a_people(text, r.start, r.end)]  # 楡 管理組合, 少数民族カレン (person_bodies)
        # no 「（子」, no 法光院; no run of digits under a 氏名 column's header (a form's 基礎年金番号 row below it)
        return self._one_character_added(text, lone, [r for r in results if trimmed(text, r, self.names)
                and not a_header_line(text[r.start:r.end])  # 氏名 生年月日 入社日 (person_headers)
                and not a_word_part(text, r.start, r.end, lookup)  # 入 院 申 込 書, としょかんだより (person_fragments)
                and not names_no_person(text, r.start, r.end)  # 所長, 看板犬：…, …ツアー, ブラームスの交響曲 (person_not_people)
                and not a_firm_or_premises(text, r.start, r.end, self.names)  # 佐藤商事様, 山田屋, 松浦浜 (person_premises)
                and not schedule_days(text, r.start, r.end)])  # 送迎予定表（火木土） (person_days)

    def _shaped(self, text: str, results: list[RecognizerResult], lookup) -> list[RecognizerResult]:
        """results with the names of person_shapes in place of what lies inside them (鴇森 健太, 松尾ケンタ)."""
        return widened(results, [self._result(s, e, 0.6) for s, e in shaped_names(text, self.names, lookup)
                                 if not names_a_thing_in_prose(text, s, e)])

    def _one_character_added(self, text: str, lone: list[tuple[int, int]],
                             results: list[RecognizerResult]) -> list[RecognizerResult]:
        """results that hold a letter, and the surnames of one character a role or an
        honorific says are people's (コンマス 劉の, 周様は: person_lone), the one
        exception to MIN_NAME_LENGTH."""
        results = [r for r in results if any(ch.isalpha() for ch in text[r.start:r.end])]
        return results + [self._result(s, e, 0.6) for s, e in lone if e - s < MIN_NAME_LENGTH
                          and not any(r.start < e and s < r.end and r.score >= 0.6 for r in results)]


def _beside_a_name(text: str, start: int, end: int, found: list[RecognizerResult]) -> bool:
    """`佐藤 健一（Kenichi Sato）`: romaji right beside a name the tags found."""
    return any(r.score >= 0.6 and (0 <= start - r.end <= ROMAJI_BESIDE or 0 <= r.start - end <= ROMAJI_BESIDE)
               and "\n" not in text[min(end, r.end):max(start, r.start)] and _CJK.search(text[r.start:r.end])
               for r in found)

