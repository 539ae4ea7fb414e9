"""The SENSITIVE recognizer: every category's matcher over one text, the values
its field labels make 要配慮, one finding per phrase with its category.

The Detector keeps a finding only when it is tied to a person (detectors.detector).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from detectors.entities import SENSITIVE
from detectors.jp.sensitive.above import LabelsAbove
from detectors.jp.sensitive.addressed import AddressedConditions
from detectors.jp.sensitive.advocacy import AdvocacyMatcher
from detectors.jp.sensitive.aftermath import sequels_told
from detectors.jp.sensitive.aided import means_after_their_cause, senses_with_aids
from detectors.jp.sensitive.animals import OF_AN_ANIMAL, an_animals_record, owners_own
from detectors.jp.sensitive.beliefs import BeliefsMatcher
from detectors.jp.sensitive.boundaries import begins_inside_a_word
from detectors.jp.sensitive.bracketed_causes import with_causes_in_brackets
from detectors.jp.sensitive.cared_for import CaredForMatcher
from detectors.jp.sensitive.certificates import shortened_certificates
from detectors.jp.sensitive.chart import ChartMatcher
from detectors.jp.sensitive.clauses import with_clauses
from detectors.jp.sensitive.conditions import ConditionMatcher
from detectors.jp.sensitive.creeds import CreedMatcher
from detectors.jp.sensitive.courses import CourseMatcher
from detectors.jp.sensitive.degrees import disabilities_with_degree
from detectors.jp.sensitive.diagnosed import disabilities_diagnosed
from detectors.jp.sensitive.goods import without_goods, without_progress
from detectors.jp.sensitive.diets import DietMatcher
from detectors.jp.sensitive.disability_notes import disabilities_noted
from detectors.jp.sensitive.disease_notes import DiseaseNotesMatcher
from detectors.jp.sensitive.english_faith import EnglishFaithMatcher, may_tell_a_faith
from detectors.jp.sensitive.english_prose import EnglishProseMatcher, may_tell
from detectors.jp.sensitive.episodes import EpisodeMatcher, by_a_machine
from detectors.jp.sensitive.events import EventMatcher, told_of_no_one
from detectors.jp.sensitive.fields import FieldValues
from detectors.jp.sensitive.free_lines import FreeLineMatcher
from detectors.jp.sensitive.health import HealthMatcher, in_legend
from detectors.jp.sensitive.harms import with_harms_of_crimes
from detectors.jp.sensitive.household_members import HouseholdMatcher
from detectors.jp.sensitive.health_labels import without_label_lines
from detectors.jp.sensitive.indirect import IndirectMatcher
from detectors.jp.sensitive.later_sentences import values_to_their_sentence
from detectors.jp.sensitive.legal import LegalMatcher
from detectors.jp.sensitive.marked_after import MarkedAfterMatcher
from detectors.jp.sensitive.marked_cells import MarkedCellsMatcher
from detectors.jp.sensitive.member_rows import MemberRowMatcher
from detectors.jp.sensitive.measured import grades_of_no_checkup, judgements_with_values, with_measured_rows
from detectors.jp.sensitive.movements import MovementMatcher
from detectors.jp.sensitive.parentage import ParentageMatcher
from detectors.jp.sensitive.keyed import KeyedValues
from detectors.jp.sensitive.judged import grades_beside_results, measures_of_a_condition
from detectors.jp.sensitive.lexicon import Lexicon, load_lexicon
from detectors.jp.sensitive.phrases import Cells, Phrase, clean_value, in_article, in_summary_line, merged
from detectors.jp.sensitive.pregnancy import without_pregnancies
from detectors.jp.sensitive.procedures import ProcedureMatcher
from detectors.jp.sensitive.records_of_none import without_records_of_none
from detectors.jp.sensitive.resembling import without_resemblances
from detectors.jp.sensitive.results_of_a_kind import without_results_of_a_kind
from detectors.jp.sensitive.results_of_no_one import without_results_of_no_one
from detectors.jp.sensitive.results import followed_from_checkup, item_rows, judgements_after_values
from detectors.jp.sensitive.prose import ProseMatcher, corrected
from detectors.jp.sensitive.printed import in_a_question, is_mark, is_printed, names_a_field, unchosen_options
from detectors.jp.sensitive.rites import RitesMatcher
from detectors.jp.sensitive.rolls import as_cells
from detectors.jp.sensitive.rosters import standings
from detectors.jp.sensitive.sequels import with_sequels
from detectors.jp.sensitive.stances import StanceMatcher, beliefs_over_care
from detectors.jp.sensitive.ticked import TickedOptions
from detectors.jp.sensitive.told import ToldMatcher
from detectors.jp.sensitive.told_items import ToldItems
from detectors.jp.sensitive.allergies import AllergyMatcher
from detectors.jp.sensitive.antibodies import AntibodyResults
from detectors.jp.sensitive.spaced_results import SpacedResults
from detectors.jp.sensitive.findings_judged import FindingsJudged
from detectors.jp.sensitive.topics import without_topics
from detectors.jp.sensitive.union import UnionMatcher
from detectors.jp.sensitive.faith_members import FaithMemberWords
from detectors.jp.sensitive.opinions import OpinionMatcher
from detectors.jp.sensitive.rite_menus import without_rite_menus
from detectors.jp.sensitive.union_bodies import without_other_bodies

CATEGORY = "category"
CANONICAL = "canonical"
SCORE = 0.85
_HEALTH = ("健康診断結果", "病歴")
_TOLD_IN_WORDS = ("病歴",)  # labels of a state told in words (健康状態, 休職理由), not of a measure
_BODY = ("病歴", "障害")
_BELIEFS = ("宗教", "信条")  # a label of both (宗教・信条): the value's words say which (events8)
_CAUSE = re.compile(r"(?:ため|により|によって|で|から)$")  # a cause told before a disability (〜のため補聴器)
CELL_CHARS = 40  # a value this short is a field or a cell: a bare disease or religion name there counts


def _clipped(phrase: Phrase, unread: Sequence[tuple[int, int]], starts: list[int]) -> Phrase | None:
    """A phrase inside one value: a start inside a label moves to the value after
    it, an end inside the next label moves back to the value's end. `starts`: the
    labels' starts, for a binary search."""
    start, end = phrase.start, phrase.end
    index = bisect.bisect_right(starts, start) - 1
    if index >= 0 and start < unread[index][1]:
        start = unread[index][1]
    following = index + 1
    if following < len(unread) and unread[following][0] < end:
        end = unread[following][0]
    return phrase._replace(start=start, end=end) if start < end else None


def _outside_other_fields(phrases: list[Phrase], labelled: list[Phrase]) -> list[Phrase]:
    """Phrases not inside a labelled value of another category: the label says what
    its value is (治療中 under 判定 is a check-up's judgement, not a disease) — but
    a health state or a need told in words (健康状態: ハラール食のみ) is what its
    words say: a phrase of another category there is that category."""
    if not labelled:
        return phrases
    return [p for p in phrases if not any(f.start <= p.start and p.end <= f.end and f.category != p.category
                                          and f.category not in _TOLD_IN_WORDS and not _both_beliefs(f, p)
                                          for f in labelled)]


def _both_beliefs(value: Phrase, phrase: Phrase) -> bool:
    return value.category in _BELIEFS and phrase.category in _BELIEFS


def _without_told_values(labelled: list[Phrase], phrases: list[Phrase]) -> list[Phrase]:
    """Labelled 病歴 values told in words that hold a phrase of another category — but a
    disability inside a disease's value is its sequel (病名: 脳梗塞（左片麻痺）): the value
    stays, and disabilities_told_with_cause decides which of the two it is."""
    return [f for f in labelled if not any(
        f.start <= p.start and p.end <= f.end and p.category != f.category and (
            (f.category in _TOLD_IN_WORDS and p.category not in _BODY) or _both_beliefs(f, p))
        for p in phrases)]


def disabilities_told_with_cause(text: str, found: list[Phrase]) -> list[Phrase]:
    """A disability told with its cause or its aid (聴覚障害のため補聴器を使用, 脊髄損傷により
    車椅子を使用) is the disability: a 病歴 phrase that begins with a shorter 障害 phrase, or
    ends with one after a word of cause (ため, により), takes its category, and the phrases
    of either inside it are that one phrase. A word of both lists (人工肛門) alone is the
    disability; inside a disease told first (大腸がん・人工肛門造設術) it is part of the disease."""
    disabilities = [p for p in found if p.category == "障害"]
    if not disabilities:
        return found
    told = [p._replace(category="障害") if p.category == "病歴" and not p.key and any(
        d.end - d.start < p.end - p.start
        and (d.start == p.start or (d.end == p.end and _CAUSE.search(text, p.start, d.start)))
        for d in disabilities) else p for p in found]
    wide = [p for p in told if p.category in _BODY and not p.key]
    return [p for p in told if not (p.category in _BODY and any(
        w.start <= p.start and p.end <= w.end and (w.end - w.start > p.end - p.start or (
            w.category == "障害" and p.category == "病歴")) for w in wide))]


def _in_row(position: int, rows: list[tuple[int, int, Phrase | None]], starts: list[int]) -> bool:
    index = bisect.bisect_right(starts, position) - 1
    return index >= 0 and position <= rows[index][1]


class SensitiveRecognizer(EntityRecognizer):
    """要配慮個人情報 as phrases of information with their category."""

    # The parse-tree reader (clauses): on since its gate (clause_gate) parses only sentences with
    # an unread category noun; corpus 7 SENSITIVE F1 0.884 → 0.890, 9 0.838 → 0.848, 8 the same
    # (precision 0.932 → 0.929, 0.935 → 0.932); see docs/benchmarks.md (victims11).
    READS_CLAUSES = True

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        super().__init__(supported_entities=[SENSITIVE], name="SensitiveRecognizer", supported_language="ja")
        lexicon = lexicon or load_lexicon()
        self.fields = FieldValues(lexicon)
        self.matchers = (HealthMatcher(lexicon), BeliefsMatcher(lexicon), LegalMatcher(lexicon),
                         UnionMatcher(lexicon), ToldMatcher(lexicon), ProseMatcher(lexicon),
                         CourseMatcher(lexicon), StanceMatcher(lexicon), self.fields.roll,  # the one RollMatcher
                         IndirectMatcher(lexicon), MovementMatcher(), CreedMatcher(), EpisodeMatcher(lexicon),
                         AdvocacyMatcher(), ParentageMatcher(), EventMatcher(lexicon),
                         ConditionMatcher(lexicon), KeyedValues(self.fields), LabelsAbove(self.fields),
                         TickedOptions(self.fields), ChartMatcher(lexicon),
                         DietMatcher(lexicon), ProcedureMatcher(lexicon), RitesMatcher(lexicon), ToldItems(self.fields),
                         AntibodyResults(), SpacedResults(), EnglishFaithMatcher(), EnglishProseMatcher(),
                         MemberRowMatcher(lexicon), AllergyMatcher(), FindingsJudged(lexicon))
        disease_like = self.matchers[0].disease_like  # HealthMatcher's: the lexicon or a disease's ending
        self.matchers += (CaredForMatcher(lexicon, disease_like), MarkedAfterMatcher(disease_like), FreeLineMatcher(disease_like),
                          MarkedCellsMatcher(disease_like), AddressedConditions(disease_like))
        self.matchers += (DiseaseNotesMatcher(self.matchers[0].disease_before, disease_like),
                          HouseholdMatcher(self.matchers[0].disease_before, disease_like))
        self.matchers += (FaithMemberWords(lexicon), OpinionMatcher(lexicon))  # beliefs24

    def load(self) -> None:
        """Lexicons are read when the recognizer is built."""

    def may_match(self, text: str) -> bool:
        """Every category is written in Japanese (a Latin 'HIV' or 'DV' stands in a
        Japanese sentence): text of ASCII alone is not searched."""
        return not text.isascii() or may_tell_a_faith(text) or may_tell(text)  # said in English (sensitive17b, sens18)

    def phrases(self, text: str, unread: Sequence[tuple[int, int]] = (), nlp=None) -> list[Phrase]:
        """Every phrase of information in (normalised) text, none inside a label; with
        GiNZA's pipeline (nlp), the clauses its parse trees tell of a person too (clauses)."""
        text, unread = as_cells(text, unread)  # a semicolon export's rows as cells (same length)
        cells = Cells(text, unread, CELL_CHARS)
        labelled = self.fields.find(text, unread)
        found = standings(text, unread, self.fields.lexicon.none_values, self._category_of)
        told = [phrase for matcher in self.matchers for phrase in matcher.find(text, cells)]
        labelled = values_to_their_sentence(text, labelled, told)  # 検査結果：…。既往として… (health19)
        found += _outside_other_fields(told, labelled)
        found += _without_told_values(labelled, found)
        if nlp is not None:
            found = with_clauses(text, found, nlp)
        if unread:
            starts = [start for start, _ in unread]
            found = [p for p in (_clipped(p, unread, starts) for p in found) if p is not None]
        animals = an_animals_record(text)  # once a text, not once a phrase
        found = [p for p in found if (p.category not in _HEALTH or not (
                     self._no_ones(text, p.start) or in_a_question(text, p.end)))
                 and not is_printed(text, p.start) and not in_article(text, p.start)
                 and not (animals and p.category in OF_AN_ANIMAL and not owners_own(text, p.start))]
        found = [p for p in found if not names_a_field(text, p.start, p.end, self.fields.label_of)]
        found = without_label_lines(text, found, self.fields.label_of)
        if "\t" in text:
            unchosen = unchosen_options(text, found)
            labels_end = {end for _, end in unread}  # a mark right after its column's composed label answers it
            found = [p for p in found if (p.start, p.end) not in unchosen
                     and not (is_mark(text, p.start, p.end) and p.start not in labels_end)]
        found = with_measured_rows(text, self._one_per_item(text, found), self._is_item)
        found = without_results_of_no_one(text, grades_of_no_checkup(text, found, self.fields.items.search),
                                          self.fields.items.search)
        found = followed_from_checkup(text, found, labelled)
        found = told_of_no_one(text, corrected(text, by_a_machine(text, found)))
        found = beliefs_over_care(grades_beside_results(text, judgements_after_values(text, found), self.fields.items), text)
        found = merged(judgements_with_values(text, found), text)
        found = with_sequels(text, shortened_certificates(text, found))
        found = disabilities_noted(text, disabilities_with_degree(text, senses_with_aids(text, found)))  # 〜装着（内部障害） (births19)
        found = without_goods(text, disabilities_told_with_cause(text, disabilities_diagnosed(text, found)))  # health22
        found = means_after_their_cause(text, without_progress(text, found))  # 杖歩行で10m可能 (sens25); …のため、…筆談で (aided)
        found = without_topics(text, without_resemblances(text, sequels_told(text, found)))
        found = without_results_of_a_kind(text, without_records_of_none(text, measures_of_a_condition(text, found)))
        found = without_pregnancies(text, with_causes_in_brackets(text, found, self.matchers[0].disease_like))  # health24
        return with_harms_of_crimes(text, without_rite_menus(text, without_other_bodies(text, found)))

    def _no_ones(self, text: str, position: int) -> bool:
        """A legend of grades, a line of counts, a form's printed choices."""
        return in_legend(text, position) or in_summary_line(text, position) or self.fields.in_choices(text, position)

    def _one_per_item(self, text: str, found: list[Phrase]) -> list[Phrase]:
        """In a result table's item rows, the item's one finding instead of each cell's."""
        rows = list(item_rows(text, self.fields.label_of)) if self.fields.has_item(text) else []
        if not rows:
            return found
        starts = [start for start, _, _ in rows]
        marked = [row for row in rows if row[2] is not None]  # the row's finding says it all
        marked_starts = [start for start, _, _ in marked]
        kept = [p for p in found if not (p.category == "健康診断結果" and _in_row(p.start, rows, starts))
                and not (p.category == "病歴" and _in_row(p.start, marked, marked_starts))]
        return kept + [finding for _, _, finding in rows if finding is not None]

    def _is_item(self, header: str) -> bool:
        labelled = self.fields.label_of(header)
        return labelled is not None and labelled[1].kind == "item"

    def _category_of(self, label: str) -> str | None:
        labelled = self.fields.label_of(label)
        return labelled[1].category if labelled else None

    def analyze(self, text: str, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        if not self.may_match(text):
            return []
        unread = getattr(nlp_artifacts, "unread", ()) or ()
        engine = getattr(nlp_artifacts, "nlp_engine", None)
        phrases = self.phrases(text, unread, getattr(engine, "nlp", None) if self.READS_CLAUSES else None)
        lookup = getattr(engine, "lookup", None)
        if lookup is not None:  # our engine: 壊された in 破壊された is no phrase
            phrases = [p for p in phrases if not begins_inside_a_word(text, p.start, lookup)]
        return [self._result(text, phrase) for phrase in phrases]

    def _result(self, text: str, phrase: Phrase) -> RecognizerResult:
        canonical = f"{phrase.category}:{phrase.key or clean_value(text[phrase.start:phrase.end])}"
        explanation = AnalysisExplanation(recognizer=self.name, original_score=SCORE,
                                          textual_explanation=f"要配慮: {phrase.category}")
        return RecognizerResult(SENSITIVE, phrase.start, phrase.end, SCORE, analysis_explanation=explanation,
                                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                                                      CATEGORY: phrase.category, CANONICAL: canonical})

    @staticmethod
    def canonical(value: str) -> str:
        """Identity of a phrase without its category (the category is added from the
        result's metadata, see detectors.detector)."""
        return clean_value(value)
