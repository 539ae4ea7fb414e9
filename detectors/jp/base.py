"""Base class for the Japanese pattern recognizers.

Subclasses declare class constants (ENTITY, PATTERNS, CONTEXT, NEGATIVE_CONTEXT,
PREFILTER) and, where the identifier has one, a check in `is_valid`. Patterns run
on NFKC-normalised text (see detectors.normalize), so they only need ASCII forms.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult

from detectors.first_chars import finder_of, matches, matches_before, opening_with_class
from detectors.jp.number_labels import ColumnHeaders, labelled_as_other_number
from detectors.normalize import digits_only
from detectors.spans import without_contained


def starts_after(first: str, *not_after: str) -> str:
    """The character (class) `first`, not preceded by any of the fixed-width
    patterns `not_after`. The character is written before its look-behinds: Python's
    `re` then scans for it in C instead of trying the whole pattern at every
    position (three to four times faster on long text)."""
    return first + "".join(f"(?<!{guard}{first})" for guard in not_after)


def alternatives_after(branches: list[tuple[str, str]], not_after: str) -> str:
    """`(?:start rest|…)` for each (literal start, pattern rest), no start right after
    `not_after` (a character class). Every alternative begins with its literal's
    first character (see starts_after), which lets `re` scan for them all at once."""
    return "(?:" + "|".join(starts_after(re.escape(start[0]), not_after) + re.escape(start[1:]) + rest
                            for start, rest in branches) + ")"


# Guards instead of \b: \b does not separate kanji from digits (IDENTIFIERS.md).
# The first digit of a number: no digit, nor a digit and a separator, right before it.
NUMBER_START = starts_after("[0-9]", "[0-9]", "[0-9][-. ]")
NO_DIGIT_AFTER = r"(?![0-9])(?![-. ][0-9])"
# A number written with hyphens ends at a blank: 1234-567890-1　5678-901234 (each value's label
# after it) are two numbers, a blank being no separator of a number whose own are hyphens; the
# number after such a one may be written with blanks or none (…-1　5678 901234)
HYPHENED_START = starts_after("[0-9]", "[0-9]", "[0-9][-.]")
HYPHENED_END = r"(?![0-9])(?![-.][0-9])"
AFTER_HYPHENED_START = HYPHENED_START + "(?:(?<![0-9] [0-9])" + "".join(
    f"|(?<=-[0-9]{{{n}}} [0-9])" for n in range(1, 7)) + ")"
# A whole table cell of digits, right after its `label: ` (see detectors.fields).
CELL_START, CELL_END = "[0-9](?<=: [0-9])", r"(?=[\t\n]|\Z)"
FLAGS = re.ASCII | re.MULTILINE
OWN_COLUMN_SCORE = 0.55  # a number under a column header of its own (マイナンバー over an HTML table's cells)
LABEL_REACH = 24  # characters before a match, in its cell, where its own label stands


class _Pattern(Pattern):
    """Presidio's Pattern without its check by the `regex` module (a second compiler,
    a quarter of a second of every worker's start): the recognizer compiles each
    pattern with `re` right after, which raises on an invalid one."""

    def __init__(self, name: str, regex: str, score: float) -> None:  # noqa: super().__init__ not called
        if not 0 <= score <= 1:
            raise ValueError(f"Invalid score: {score}")
        self.name, self.regex, self.score = name, regex, score
        self.compiled_regex = self.compiled_with_flags = None


class JapanesePatternRecognizer(PatternRecognizer):
    ENTITY: ClassVar[str]
    PATTERNS: ClassVar[tuple[tuple[str, str, float], ...]]
    CONTEXT: ClassVar[tuple[str, ...]] = ()
    # Words that, when nearer to a match than any CONTEXT word, mean it is not
    # this entity (注文番号 before a 12-digit number).
    NEGATIVE_CONTEXT: ClassVar[tuple[str, ...]] = ()
    # How far (characters) a negative word reaches; None: as far as the window.
    NEGATIVE_REACH: ClassVar[int | None] = None
    # A cheap test on the whole text: no match possible when it fails.
    PREFILTER: ClassVar[str] = r"[0-9]"
    # Patterns that count only under a label of their own, just before the match in
    # its cell (pattern name -> label words): shapes too loose for any context word,
    # or too common to send every match through the context step (any 7 digits).
    LABELLED: ClassVar[dict[str, str]] = {}
    # Patterns tried only on a text where a cheap search finds something they need
    # (pattern name -> regex): a rare shape need not cost a scan of every text.
    GATES: ClassVar[dict[str, str]] = {}
    # Patterns whose every match holds a character of a class 1 to n characters after its
    # start (pattern name -> (class, n)): tried only before those characters
    # (first_chars.matches_before), for a pattern re would try at every position.
    ANCHORED: ClassVar[dict[str, tuple[str, int]]] = {}
    # A number's own label words (電話 for a phone, 個人番号 for a My Number): a match
    # under the label of another number (受付番号, 患者ID, Policy No.) is dropped
    # (detectors.jp.number_labels); None: labels are not read.
    OWN_LABEL: ClassVar[re.Pattern | None] = None

    def __init__(self) -> None:
        super().__init__(
            supported_entity=self.ENTITY,
            name=type(self).__name__,
            supported_language="ja",
            patterns=[_Pattern(name, regex, score) for name, regex, score in self.PATTERNS],
            context=list(self.CONTEXT),
            global_regex_flags=FLAGS,
        )
        # Python's re, not Presidio's `regex`: see starts_after.
        self._compiled = [re.compile(pattern.regex, FLAGS) for pattern in self.patterns]
        # a pattern re tries at every position ((?i:jan…), \b…) is found by its first characters
        self._finders = [finder_of(regex) for regex in self._compiled]
        self.negative_context = list(self.NEGATIVE_CONTEXT)
        self.negative_reach = self.NEGATIVE_REACH
        self._prefilter = re.compile(opening_with_class(self.PREFILTER, re.ASCII), re.ASCII)
        self._labels = {name: re.compile(words, re.IGNORECASE) for name, words in self.LABELLED.items()}
        self._gates = {name: re.compile(needed, FLAGS) for name, needed in self.GATES.items()}
        self._anchors = {name: (re.compile(chars, FLAGS), reach) for name, (chars, reach) in self.ANCHORED.items()}

    def analyze(self, text: str, entities, nlp_artifacts=None, regex_flags: int | None = None) -> list[RecognizerResult]:
        """Presidio's pattern loop over the patterns compiled by re: a match whose
        check fails is dropped, one that passes a check keeps its pattern's score
        (see validate_result), and matches inside another of the same type go."""
        compiled = self._compiled if not regex_flags else [re.compile(p.regex, regex_flags) for p in self.patterns]
        finders = self._finders if not regex_flags else [None] * len(compiled)
        validate, invalidate, explain = self.validate_result, self.invalidate_result, self.build_regex_explanation
        name, entity, flags = self.name, self.ENTITY, regex_flags or FLAGS
        results = []
        for pattern, regex, finder in zip(self.patterns, compiled, finders):
            gate, label = self._gates.get(pattern.name), self._labels.get(pattern.name)
            if gate and not gate.search(text):
                continue
            for match in self._matches(pattern.name, regex, finder, text):
                start, end = match.span()
                if label and not self.labelled(text, start, label):
                    continue
                value = match.group()
                verdict = validate(value) if value else False
                if verdict is False or invalidate(value):
                    continue
                score = self.MAX_SCORE if verdict else pattern.score
                results.append(RecognizerResult(
                    entity, start, end, score, explain(name, pattern.name, pattern.regex, score, verdict, flags),
                    {RecognizerResult.RECOGNIZER_NAME_KEY: name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        results = without_contained(results)
        return results if self.OWN_LABEL is None or not results else self._by_labels(text, results)

    def _matches(self, name: str, regex: re.Pattern, finder: re.Pattern | None, text: str):
        """regex.finditer(text), found by first characters or anchors where it has them."""
        if name in self._anchors:
            return matches_before(regex, *self._anchors[name], text)
        return regex.finditer(text) if finder is None else matches(regex, finder, text)

    def _by_labels(self, text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
        """Matches under another number's label (受付番号: …, a 患者ID column's
        header) dropped; those under a column header of their own at OWN_COLUMN_SCORE."""
        own, columns, kept = self.OWN_LABEL, ColumnHeaders(text), []
        for result in results:
            if labelled_as_other_number(text, result.start, own):
                continue
            named = columns.names(result.start, own)
            if named is False:
                continue
            if named:
                result.score = max(result.score, OWN_COLUMN_SCORE)
            kept.append(result)
        return kept

    def labelled(self, text: str, start: int, label: re.Pattern) -> bool:
        """A LABELLED pattern's match stands under its label: in its own cell, just before it."""
        return _labelled(text, start, label)

    def may_match(self, text: str) -> bool:
        return self._prefilter.search(text) is not None

    def best_score_without_context(self) -> float:
        """Below the detector's threshold, only a context word can make a match a
        finding: text with none of the words need not be searched."""
        return max(pattern.score for pattern in self.patterns)

    def is_valid(self, value: str) -> bool:
        """Check digit or format check on the matched text; True when there is none."""
        return True

    def validate_result(self, pattern_text: str) -> bool | None:
        # None keeps the pattern's score (a check digit alone is weak evidence);
        # False drops the match.
        return None if self.is_valid(pattern_text) else False

    @staticmethod
    def canonical(value: str) -> str:
        """The form of a value that identifies it (hashed for identity)."""
        digits = digits_only(value)
        return digits if digits else value.strip().lower()


def _labelled(text: str, start: int, label: re.Pattern) -> bool:
    return label.search(text[max(0, start - LABEL_REACH):start].rpartition("\t")[2]) is not None
