"""Context for Japanese text: a character window, not a token window.

Presidio's LemmaContextAwareEnhancer looks at lemmas of neighbouring tokens; in
Japanese a context word often fuses with its neighbours (`個人番号：` or
`マイナンバー123…`) and tokens are costly, so this enhancer looks at characters.
The nearest context word wins: a NEGATIVE word of the recognizer (注文番号) nearer
than any positive one drops the match. Windows stop at a tab, the field separator
of table rows (see detectors.fields), so one cell's header never leaks into the
next cell; the window after a match also stops at the end of its line (in a form,
the next line's label belongs to the next value).
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts

from detectors.caption_below import caption_below
from detectors.fields import FIELD_SEPARATOR
from detectors.label_after import label_after
from detectors.words import words_pattern

FAR = 10**6
CONTEXT_DISTANCE = "context_distance"


def _nearest(window: str, words: tuple[str, ...], from_end: bool) -> int | None:
    """Distance of the nearest occurrence of any word to the match side of window
    (from its end: the reversed pattern over the reversed window)."""
    pattern = words_pattern(words, from_end)
    if pattern is None:
        return None
    found = pattern.search(window[::-1] if from_end else window)
    return None if found is None else found.start()


def _context_words(recognizer: EntityRecognizer) -> tuple[tuple[str, ...], tuple[str, ...]]:
    words = getattr(recognizer, "_context_words", None)
    if words is None:
        words = (tuple(w.lower() for w in (recognizer.context or [])),
                 tuple(w.lower() for w in getattr(recognizer, "negative_context", [])))
        recognizer._context_words = words  # the lists are fixed once a recognizer is built
    return words


class ContextWordIndex:
    """Which recognizers have a context word in a text, found in one scan for all
    of them (the enhancer below cannot raise a score without one). Overlapping
    words are all seen: each search restarts one character after the last match's
    start, and a word credits every recognizer owning a word inside it."""

    def __init__(self, recognizers: list[EntityRecognizer]) -> None:
        # a recognizer's GATE_WORDS open the gate without raising a score (weak words
        # its own analyze reads: a licence's 運転 or 公安委員会 near a number passing its check)
        owned = {r.name: _context_words(r)[0] + tuple(getattr(r, "GATE_WORDS", ())) for r in recognizers}
        words = {w for ws in owned.values() for w in ws}
        self._owners = {w: frozenset(n for n, ws in owned.items() if any(o in w for o in ws)) for w in words}
        self._pattern = words_pattern(tuple(sorted(words)))

    def recognizers_in(self, lowered_text: str, labels: list[str]) -> set[str]:
        """Names of the recognizers with a word in the (lower-cased) text or labels."""
        found: set[str] = set()
        if self._pattern is None:
            return found
        for text in (lowered_text, *(label.lower() for label in labels)):
            match = self._pattern.search(text)
            while match:
                found |= self._owners[match.group()]
                match = self._pattern.search(text, match.start() + 1)
        return found


class JapaneseContextEnhancer(ContextAwareEnhancer):
    def __init__(
        self,
        context_similarity_factor: float = 0.5,
        min_score_with_context_similarity: float = 0.6,
        prefix_chars: int = 64,
        suffix_chars: int = 16,
    ) -> None:
        super().__init__(
            context_similarity_factor=context_similarity_factor,
            min_score_with_context_similarity=min_score_with_context_similarity,
            context_prefix_count=prefix_chars,
            context_suffix_count=suffix_chars,
        )

    def _windows(self, text: str, result: RecognizerResult, recognizer: EntityRecognizer) -> tuple[str, str]:
        prefix = text[max(0, result.start - self.context_prefix_count):result.start]
        suffix = text[result.end:result.end + self.context_suffix_count]
        prefix = prefix.rpartition(FIELD_SEPARATOR)[2]
        # after a value, the next line is the next field's label, not this one's
        suffix = suffix.partition(FIELD_SEPARATOR)[0].partition("\n")[0]
        label = recognizer.own_label(text, result.start) if hasattr(recognizer, "own_label") else None
        if label is not None:  # a value's own label is its context, with the words written onto it (…付けで)
            prefix, suffix = label, "" if suffix[:1].isspace() else suffix.split(" ")[0]
        elif (after := label_after(text, result.start, result.end)) is not None:
            prefix, suffix = after, ""  # the label before is the value's before it (…：第…号　value　マイナンバー)
        elif not suffix.strip() and not prefix.rpartition("\n")[2].strip():  # alone on its line: a caption beneath
            caption = caption_below(text, result.end)  # is its context, and the lines above are earlier values'
            prefix, suffix = ("", caption) if caption else (prefix, suffix)
        return prefix.lower(), suffix.lower()

    @staticmethod
    def _verdict(prefix: str, suffix: str, recognizer: EntityRecognizer,
                 external: list[str]) -> tuple[str | None, int]:
        """("positive" | "negative" | None, distance of the deciding word)."""
        positive, negative = _context_words(recognizer)
        line = prefix.rpartition("\n")[2]
        if getattr(recognizer, "own_line_label", False) and ":" in line:
            prefix = line  # 育児休業期間: 2026/4/1 has its own label: not the 生年月日 two lines up
        distances = {}
        for kind, words in (("positive", positive), ("negative", negative)):
            before, after = prefix, suffix
            if kind == "negative" and getattr(recognizer, "negative_labels_only", False):
                # a label before its value, in the same sentence (会社名: 山田商事), not
                # a word after a name or in the sentence before it (…全駅を通過した。)
                before, after = prefix.rpartition("。")[2], ""
            found = [d for d in (_nearest(before, words, True), _nearest(after, words, False))
                     if d is not None]
            if found:
                distances[kind] = min(found)
        reach = getattr(recognizer, "negative_reach", None)
        if "negative" in distances and reach is not None and distances["negative"] > reach:
            del distances["negative"]
        if "negative" in distances and distances["negative"] < distances.get("positive", 10**9):
            return "negative", distances["negative"]
        if "positive" in distances:
            return "positive", distances["positive"]
        if any(word in label.lower() for label in external for word in positive):
            return "positive", 0
        return None, FAR

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts | None,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        by_id = {recognizer.id: recognizer for recognizer in recognizers}
        external = [label for label in (context or []) if label]
        # In a table every cell of a column has the same window (its header label).
        verdicts: dict[tuple[str, str, str], tuple[str | None, int]] = {}
        enhanced = []
        for result in raw_results:
            meta = result.recognition_metadata or {}
            recognizer = by_id.get(meta.get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY))
            verdict, distance = None, FAR
            if recognizer:
                key = (recognizer.id, *self._windows(text, result, recognizer))
                if key not in verdicts:
                    verdicts[key] = self._verdict(key[1], key[2], recognizer, external)
                verdict, distance = verdicts[key]
            meta[CONTEXT_DISTANCE] = distance  # the nearer context wins between two types (Detector)
            if verdict == "negative":
                result.score = 0.0
            elif verdict == "positive":
                result.score = min(1.0, max(result.score + self.context_similarity_factor,
                                            self.min_score_with_context_similarity))
                meta[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
            enhanced.append(result)
        return enhanced
