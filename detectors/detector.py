"""Text in, detections out: normalise, chunk, prefilter, analyze, map back.

A `Detection` holds the raw matched text in memory only; everything that leaves
the process uses `masked` and a keyed hash of `value` (done by the inventory).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from presidio_analyzer import RecognizerResult

from detectors.chunking import chunk_spans
from detectors.column_boxes import Boxes
from detectors.context import CONTEXT_DISTANCE, FAR, ContextWordIndex
from detectors.domicile_addresses import without_domicile_addresses
from detectors.entities import CORPORATE_NUMBER, PERSON, POSTAL_CODE, SENSITIVE
from detectors.jp.sensitive import CANONICAL, CATEGORY
from detectors.lines import cell_value, line_bounds
from detectors.mask import mask
from detectors.nlp import LANGUAGE, GinzaNlpEngine
from detectors.non_human import without_non_human
from detectors.normalize import Normalized, normalize
from detectors.notices import is_titled_a_notice, signs
from detectors.organisation import without_organisation_contacts
from detectors.own_insurers import without_insurers_numbers
from detectors.own_payees import without_payees_accounts
from detectors.spans import Span, keep_ranked
from detectors.worked_examples import without_worked_examples
from detectors.wrapped_numbers import joined_wraps

if TYPE_CHECKING:
    from detectors.engine import JapaneseAnalyzerEngine

DEFAULT_THRESHOLD = 0.5
# Types found only to suppress what overlaps them; never reported.
SUPPRESSING_TYPES = frozenset({CORPORATE_NUMBER})
# 要配慮 phrases count only about a person: a name or an identifier in the same
# line (a table row is one line) or within this many characters; or the subject of
# a form or note (氏名: …, 対象者: …) up to SUBJECT_REACH characters before.
TIE_DISTANCE = 100
SUBJECT_REACH = 3000
CONTACT_REACH = 20  # a contact label this close before a name: 問い合わせ先：総務課 吉岡 拓海
CONTACT_CELL = 8  # a row's first cell that is a contact label (問い合わせ先), not a value
NOT_A_PERSON = frozenset({SENSITIVE, POSTAL_CODE})
_SUBJECT_LABEL = re.compile(r"(?:氏\s*名|名前|対象者|相談者|申請者|申告者|本人|社員名|従業員名|職員名|被面談者|面談対象者"
                            r"|患者名|利用者名|受診者|応募者|組合員名|面談相手|当事者|依頼者|対象[一-龥]{0,3}(?=\s*[:：])|(?:利用者|入居者|入所者|児童|生徒|受講者)(?=\s*[:：]))\s*[:：]?\s*"
                            # a given name found without its surname (対象者：関 紗希: 関 alone read as a word)
                            r"(?:[一-龥々]{1,2}[ 　])?$")
# a line that gives whom to ask (担当: 総務課 山田, 問い合わせ先 …): its person signs the
# text, and what the text says is not about them
_CONTACT_LABEL = re.compile(r"担当|問い?合わ?せ|連絡先|窓口|所管|文責|編集|発行|事務局|作成者|起案者")
_BLANK_LINE = re.compile(r"\n[ \t\u3000]*\r?\n")
_LINE_IN_PARAGRAPH = re.compile(r"[^\s]\r?\n[^\s]")
_SELF_REFERENCE = re.compile(r"本人|同氏|同人|当該社員|当該職員|当該従業員|彼女|彼は|彼の|彼が"
                             # the writer (私は…, a respondent's free text) or someone named with an honorific (〇〇様は)
                             r"|(?<![一-龥])私(?!たち|達|共|ども)(?:は|の|が|も)|(?<![皆各])(?<!お客)(?<=[一-龥々])(?:様|さん|氏)(?:は|が|の|も)"
                             r"|(?<![A-Za-z])[Yy]ou(?:r|'re)? |貴殿")  # a letter's addressee (Dear …, … you are a practising Muslim)


class Detection(NamedTuple):
    """One finding in text (a tuple: thousands per file, built fast)."""

    entity_type: str
    start: int  # offsets in the original (not normalised) text
    end: int
    text: str  # raw matched text: in memory only, never stored
    value: str  # canonical normalised value: its keyed hash is the identity
    masked: str  # the only rendering that may be stored or shown by default
    score: float
    detector: str
    category: str | None = None

    def __repr__(self) -> str:  # never the raw value, even in a traceback or log
        return f"Detection({self.entity_type}, {self.masked!r}, {self.start}-{self.end}, {self.score})"


def _overlaps(a: RecognizerResult, b: RecognizerResult) -> bool:
    return a.start < b.end and b.start < a.end


def _resolve_overlaps(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Of two types claiming the same characters, the more confident wins; at equal
    confidence the one whose context word is nearer (住民票コード right before an
    11-digit number, not 雇用保険 on the line above), then the longer."""
    def rank(r: RecognizerResult):
        distance = (r.recognition_metadata or {}).get(CONTEXT_DISTANCE, FAR)
        return -r.score, distance, -(r.end - r.start), r.start

    return keep_ranked(sorted(results, key=rank), _another_type_overlapping)


def _another_type_overlapping(result: RecognizerResult, span: Span) -> bool:
    """A 要配慮 phrase says something over other types (a 本籍 that is an address, a
    check-up value that is a number): it never competes with them."""
    start, end, entity = span
    return (start < result.end and result.start < end and entity != result.entity_type
            and SENSITIVE not in (entity, result.entity_type))


def _sentence(text: str, start: int, end: int) -> str:
    first = max(text.rfind(mark, 0, start) for mark in ("。", "\n")) + 1
    last = min((i for i in (text.find(mark, end) for mark in ("。", "\n")) if i >= 0), default=len(text))
    return text[first:last]


class _People:
    """The people of a text that 要配慮 phrases may be about: names and identifiers,
    and the subjects of a form or note (a name after 氏名, 対象者, 相談者 …)."""

    def __init__(self, detections: list["Detection"], text: str) -> None:
        self.text = text
        people = [d for d in detections if d.entity_type not in NOT_A_PERSON]
        contact_lines = {self._line_start(d.start) for d in people if d.entity_type == PERSON and self._contact(d)}
        self.found = [d for d in people if self._line_start(d.start) not in contact_lines]
        if self.found and is_titled_a_notice(text):  # a notice to many: who signs it is not its subject (sens7)
            self.found = [d for d in self.found if d.entity_type != PERSON or not signs(text, d.start, d.end)]
        self.subjects = [d.start for d in self.found if d.entity_type == PERSON
                         and _SUBJECT_LABEL.search(text, max(0, d.start - 12), d.start)]
        # PDF text has a blank line after every line: its blank lines part no paragraphs
        self.paragraphs = bool(_LINE_IN_PARAGRAPH.search(text))
        self.boxes, self.person_starts = None, []  # column_boxes, read for the first tie not found nearer

    def _boxes(self) -> Boxes:
        if self.boxes is None:
            self.boxes = Boxes(self.text)
            self.person_starts = [d.start for d in self.found if d.entity_type == PERSON]
        return self.boxes

    def _line_start(self, position: int) -> int:
        return self.text.rfind("\n", 0, position) + 1

    def _contact(self, person: "Detection") -> bool:
        """Whether a name stands shortly after a 担当 or 問い合わせ label on a line of
        text: the line (its phone, its mail) gives whom to ask. A table row (tabs) is
        someone's record, its 担当 column one cell of it, unless the row begins with
        the label (担当 | 人事課 松永 | 内線 3305 under a table)."""
        line_start = self._line_start(person.start)
        line_end = self.text.find("\n", person.start)
        line = self.text[line_start:len(self.text) if line_end < 0 else line_end]
        if "\t" in line:
            first_cell = cell_value(line.split("\t", 1)[0])
            return len(first_cell) <= CONTACT_CELL and bool(_CONTACT_LABEL.search(first_cell))
        return bool(_CONTACT_LABEL.search(self.text, max(line_start, person.start - CONTACT_REACH), person.start))

    def _near(self, person: "Detection", detection: "Detection") -> bool:
        """Within TIE_DISTANCE and in the same paragraph (no blank line between)."""
        if abs(person.start - detection.start) > TIE_DISTANCE:
            return False
        low, high = sorted((person.start, detection.start))
        return not (self.paragraphs and _BLANK_LINE.search(self.text, low, high))

    def about_someone(self, detection: "Detection") -> bool:
        """Tied: a person on the same line (a table row is one line) or within
        TIE_DISTANCE; after the subject of a form or note; or in a sentence that
        refers to a person (本人は…, 同氏の…) of a text that names one. A person on a
        contact line (担当: …) ties nothing."""
        if not self.found:
            return False
        line_start, line_end = line_bounds(self.text, detection.start, detection.end)
        if any((line_start <= p.start and p.end <= line_end) or self._near(p, detection) for p in self.found):
            return True
        if any(0 <= detection.start - s <= SUBJECT_REACH for s in self.subjects):
            return True
        if self.paragraphs and self._boxes().same_row(detection.start, self.person_starts):
            return True  # a PDF's table read column by column: the k-th line of the names' box (column_boxes)
        return bool(_SELF_REFERENCE.search(_sentence(self.text, detection.start, detection.end)))


def _kept_aside(detections: list[Detection], kept: list[Detection], aside: list[Detection] | None) -> list[Detection]:
    """kept; the detections it left out added to aside (when asked and any were)."""
    if aside is not None and len(kept) < len(detections):
        staying = set(map(id, kept))
        aside.extend(d for d in detections if id(d) not in staying)
    return kept


def _as_is(value: str) -> str:
    return value


class Detector:
    def __init__(self, analyzer: "JapaneseAnalyzerEngine", threshold: float = DEFAULT_THRESHOLD) -> None:
        self.analyzer = analyzer
        self.threshold = threshold
        self.recognizers = {
            r.name: r for r in analyzer.registry.get_recognizers(LANGUAGE, all_fields=True)
        }
        self._canonical = {name: r.canonical for name, r in self.recognizers.items() if hasattr(r, "canonical")}
        self._context_gated = {name for name, r in self.recognizers.items()
                               if hasattr(r, "best_score_without_context") and r.best_score_without_context() < threshold}
        self._context_words = ContextWordIndex([self.recognizers[name] for name in sorted(self._context_gated)])
        # a gated recognizer's own test of a text with none of its words (a passport beside a card's shape)
        self._openers = {name: self.recognizers[name].opens for name in self._context_gated
                         if hasattr(self.recognizers[name], "opens")}

    def with_threshold(self, threshold: float) -> "Detector":
        """The same engine and recognizers at another threshold (file names, which
        have no context words: scanner.names)."""
        return Detector(self.analyzer, threshold)

    def _candidates(self, text: str, context: list[str] | None) -> list[str]:
        """Recognizers that may find something in text: their prefilter passes and,
        for those that need a context word to reach the threshold, one is present."""
        with_context = self._context_words.recognizers_in(text.lower(), context or [])  # one scan for all
        return [name for name, r in self.recognizers.items()
                if (name not in self._context_gated or name in with_context
                    or (name in self._openers and self._openers[name](text)))
                and (not hasattr(r, "may_match") or r.may_match(text))]

    def _analyze(self, text: str, context: list[str] | None,
                 labels: list[tuple[int, int]]) -> list[RecognizerResult]:
        names = self._candidates(text, context)
        if not names:
            return []
        engine = self.analyzer.nlp_engine
        artifacts = engine.process_text(text, LANGUAGE, unread=labels) if isinstance(engine, GinzaNlpEngine) else None
        results = self.analyzer.find(text, [self.recognizers[name] for name in names], artifacts, context,
                                     self.threshold)
        suppressors = [r for r in results if r.entity_type in SUPPRESSING_TYPES]
        kept = [r for r in results
                if r.entity_type not in SUPPRESSING_TYPES and not any(_overlaps(r, s) for s in suppressors)]
        return _resolve_overlaps(kept)

    def _to_detection(self, result: RecognizerResult, norm: Normalized, original: str,
                      offset: int) -> Detection:
        start, end = result.start + offset, result.end + offset
        meta = result.recognition_metadata or {}
        name = meta.get(RecognizerResult.RECOGNIZER_NAME_KEY, "")
        matched = norm.text[start:end]
        canonical = meta.get(CANONICAL) or self._canonical.get(name, _as_is)(matched)
        o_start, o_end = norm.span_to_original(start, end)
        category = meta.get(CATEGORY)
        masked = mask(result.entity_type, matched, category)
        return Detection(
            entity_type=result.entity_type, start=o_start, end=o_end,
            text=original[o_start:o_end], value=canonical, masked=masked,
            score=round(result.score, 3), detector=name, category=category,
        )

    def detect(self, text: str, context: list[str] | None = None,
               labels: Sequence[tuple[int, int]] = (), untied: list[Detection] | None = None,
               own: list[Detection] | None = None) -> list[Detection]:
        """Detections in text. context: labels (e.g. a column header) for all of it;
        labels: spans of text that are labels composed before values (a table's
        header before each cell, see detectors.fields), in order: context for the
        patterns, never a finding, so the tokenizer does not read them. untied: where
        the 要配慮 phrases tied to no person of this text go (a document's other part
        may name its person: scanner.objects). own: where the contacts and accounts
        this text shows are the organisation's own go (its letterhead, its 振込先): set
        aside here, they still recur across its files (inventory.own_contacts)."""
        norm = joined_wraps(normalize(text))  # a number wrapped over two lines read as one (wrapped_numbers)
        found: dict[tuple[str, int, int], Detection] = {}
        normalized_labels = norm.spans_from_original(labels)
        for start, end in chunk_spans(norm.text):
            chunk_labels = normalized_labels if (start, end) == (0, len(norm.text)) else [
                (max(s, start) - start, min(e, end) - start) for s, e in normalized_labels if s < end and e > start]
            for result in self._analyze(norm.text[start:end], context, chunk_labels):
                detection = self._to_detection(result, norm, text, start)
                found.setdefault((detection.entity_type, detection.start, detection.end), detection)
        detections = sorted(found.values(), key=lambda d: (d.start, d.end, d.entity_type))
        theirs = _kept_aside(detections, without_organisation_contacts(detections, text), own)
        detections = without_worked_examples(without_non_human(theirs, text), text)
        detections = _kept_aside(detections, without_payees_accounts(detections, text), own)  # 振込先 … 名義 ユアミソウ
        detections = without_insurers_numbers(detections, text)  # a 保険者番号 where nobody is named
        if not any(d.entity_type == SENSITIVE for d in detections):
            return detections
        people = _People(detections, text)
        kept = [d for d in detections if d.entity_type != SENSITIVE or people.about_someone(d)]
        if untied is not None and len(kept) < len(detections):
            tied = set(kept)
            untied.extend(d for d in detections if d not in tied)
        return without_domicile_addresses(kept)
