"""A name in a roll whose header was lost (church19): the field right before a row's birth (see
date_of_birth_roll: two lines or more that each give a date alone in its field, ten years past,
and the person's phone, passport or mail). 「浜辺 篤志  1975-07-16  090-…  求道者」: a surname that is
also a word (浜辺, 帯刀, 蔵本) is no reason to doubt the row's person there. Only a name written as
one (family and given apart by a blank, kanji or kana; or Latin capitals) is reported; a body's
name (東京本社) is none."""

from __future__ import annotations

import re

from detectors.entities import PERSON
from detectors.jp.base import JapanesePatternRecognizer
from detectors.jp.date_of_birth import DATE_START
from detectors.jp.date_of_birth_roll import (LEAST_ROWS, NOT_A_NAME, ROLL_PREFILTER, may_hold_a_roll, roll_birth,
                                            roll_rows)
from detectors.lines import line_bounds
from detectors.roll_fields import SEPARATOR

_WRITTEN_NAME = re.compile(r"[一-龥々ヶ]{1,4} [一-龥々ヶぁ-んァ-ヺー]{1,5}|[A-Z]{2,14} [A-Z]{2,14}")
SCORE = 0.6


def _name_before(text: str, row: int, start: int) -> tuple[int, int] | None:
    """The span of the field right before the date at start, when it is a written name."""
    field_start = row
    for edge in SEPARATOR.finditer(text, row, start):
        if edge.end() < start:
            field_start = edge.end()
    field = text[field_start:start].rstrip(" ,|")
    if _WRITTEN_NAME.fullmatch(field) and not NOT_A_NAME.search(field):
        return field_start, field_start + len(field)
    return None


class RollPersonRecognizer(JapanesePatternRecognizer):
    ENTITY = PERSON
    PATTERNS = (("name_before_roll_birth", DATE_START.pattern + r"(?![0-9])", SCORE),)  # the row's date: its name is reported
    PREFILTER = ROLL_PREFILTER

    def may_match(self, text: str) -> bool:
        return super().may_match(text) and may_hold_a_roll(text)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        if roll_rows(text) < LEAST_ROWS:
            return []
        kept = []
        for result in super().analyze(text, entities, nlp_artifacts, regex_flags):
            name = _name_before(text, line_bounds(text, result.start)[0], result.start) \
                if roll_birth(text, result.start, result.end) else None
            if name:
                result.start, result.end = name
                kept.append(result)
        return kept
