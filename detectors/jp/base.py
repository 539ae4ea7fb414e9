"""Base class for the Japanese pattern recognizers.

Subclasses declare class constants (ENTITY, PATTERNS, CONTEXT, NEGATIVE_CONTEXT,
PREFILTER) and, where the identifier has one, a check in `is_valid`. Patterns run
on NFKC-normalised text (see detectors.normalize), so they only need ASCII forms.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern, PatternRecognizer

from detectors.normalize import digits_only

# Guards instead of \b: \b does not separate kanji from digits (IDENTIFIERS.md).
NO_DIGIT_BEFORE = r"(?<![0-9])(?<![0-9][-. ])"
NO_DIGIT_AFTER = r"(?![0-9])(?![-. ][0-9])"


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

    def __init__(self) -> None:
        super().__init__(
            supported_entity=self.ENTITY,
            name=type(self).__name__,
            supported_language="ja",
            patterns=[Pattern(name, regex, score) for name, regex, score in self.PATTERNS],
            context=list(self.CONTEXT),
            global_regex_flags=re.ASCII | re.MULTILINE,
        )
        self.negative_context = list(self.NEGATIVE_CONTEXT)
        self.negative_reach = self.NEGATIVE_REACH
        self._prefilter = re.compile(self.PREFILTER, re.ASCII)

    def may_match(self, text: str) -> bool:
        return self._prefilter.search(text) is not None

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
