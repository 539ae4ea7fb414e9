"""Text in, detections out: normalise, chunk, prefilter, analyze, map back.

A `Detection` holds the raw matched text in memory only; everything that leaves
the process uses `masked` and a keyed hash of `value` (done by the inventory).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from presidio_analyzer import RecognizerResult

from detectors.chunking import chunk_spans
from detectors.context import CONTEXT_DISTANCE, FAR, ContextWordIndex
from detectors.entities import CORPORATE_NUMBER, POSTAL_CODE, SENSITIVE
from detectors.lines import line_bounds
from detectors.mask import mask
from detectors.nlp import LANGUAGE, GinzaNlpEngine
from detectors.normalize import Normalized, normalize
from detectors.organisation import without_organisation_contacts
from detectors.spans import Span, keep_ranked

if TYPE_CHECKING:
    from detectors.engine import JapaneseAnalyzerEngine

DEFAULT_THRESHOLD = 0.5
# Types found only to suppress what overlaps them; never reported.
SUPPRESSING_TYPES = frozenset({CORPORATE_NUMBER})
# 要配慮 terms count only next to a person: a name or an identifier, in the same
# line (a table row is one line) or within this many characters.
TIE_DISTANCE = 100
NOT_A_PERSON = frozenset({SENSITIVE, POSTAL_CODE})


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
    start, end, entity = span
    return start < result.end and result.start < end and entity != result.entity_type


def _tied_to_a_person(detection: "Detection", others: list["Detection"], text: str) -> bool:
    line_start, line_end = line_bounds(text, detection.start, detection.end)
    for other in others:
        if other.entity_type in NOT_A_PERSON:
            continue
        same_line = line_start <= other.start and other.end <= line_end
        if same_line or abs(other.start - detection.start) <= TIE_DISTANCE:
            return True
    return False


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

    def with_threshold(self, threshold: float) -> "Detector":
        """The same engine and recognizers at another threshold (file names, which
        have no context words: scanner.names)."""
        return Detector(self.analyzer, threshold)

    def _candidates(self, text: str, context: list[str] | None) -> list[str]:
        """Recognizers that may find something in text: their prefilter passes and,
        for those that need a context word to reach the threshold, one is present."""
        with_context = self._context_words.recognizers_in(text.lower(), context or [])  # one scan for all
        return [name for name, r in self.recognizers.items()
                if (name not in self._context_gated or name in with_context)
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
        canonical = self._canonical.get(name, _as_is)(matched)
        o_start, o_end = norm.span_to_original(start, end)
        category = meta.get("category")
        masked = f"{category}: {matched[:1]}**" if category else mask(result.entity_type, matched)
        return Detection(
            entity_type=result.entity_type, start=o_start, end=o_end,
            text=original[o_start:o_end], value=canonical, masked=masked,
            score=round(result.score, 3), detector=name, category=category,
        )

    def detect(self, text: str, context: list[str] | None = None,
               labels: Sequence[tuple[int, int]] = ()) -> list[Detection]:
        """Detections in text. context: labels (e.g. a column header) for all of it;
        labels: spans of text that are labels composed before values (a table's
        header before each cell, see detectors.fields), in order: context for the
        patterns, never a finding, so the tokenizer does not read them."""
        norm = normalize(text)
        found: dict[tuple[str, int, int], Detection] = {}
        normalized_labels = norm.spans_from_original(labels)
        for start, end in chunk_spans(norm.text):
            chunk_labels = normalized_labels if (start, end) == (0, len(norm.text)) else [
                (max(s, start) - start, min(e, end) - start) for s, e in normalized_labels if s < end and e > start]
            for result in self._analyze(norm.text[start:end], context, chunk_labels):
                detection = self._to_detection(result, norm, text, start)
                found.setdefault((detection.entity_type, detection.start, detection.end), detection)
        detections = sorted(found.values(), key=lambda d: (d.start, d.end, d.entity_type))
        detections = without_organisation_contacts(detections, text)
        return [d for d in detections
                if d.entity_type != SENSITIVE or _tied_to_a_person(d, detections, text)]
