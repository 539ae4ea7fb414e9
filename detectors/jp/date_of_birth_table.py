"""A host's 8-digit date (19800306) in a space-aligned table whose header line gives each
column its label (a fixed-width text export the reader did not split into fields):
「氏名  生年月日  入社日」 above 「石原 美穂  19800306  20051004」. The row's dates pair with
the header's date labels in order (see date_labels.header_label); a date under a birth
label is a birth, one under 入社日 is not. Eight digits are a date only under such a
header: anywhere else they are an order or a slip number."""

from __future__ import annotations

import re

from detectors.jp.base import OWN_COLUMN_SCORE, alternatives_after
from detectors.jp.date_labels import header_label
from detectors.jp.date_of_birth import _BIRTH_LABEL, LabelledDateOfBirthRecognizer

_DIGITS = alternatives_after([("18", ""), ("19", ""), ("20", "")], "[0-9A-Za-z]") + r"[0-9]{6}(?![0-9])"
_COMPACT = re.compile(_DIGITS)
_BIRTH = re.compile(_BIRTH_LABEL, re.IGNORECASE)


class TableDigitsDateOfBirthRecognizer(LabelledDateOfBirthRecognizer):
    PATTERNS = (("date_digits_under_header", _DIGITS, 0.15),)
    PREFILTER = r"(?:18|19|20)[0-9]{6}"
    LABELLED = {}
    NEGATIVE_CONTEXT = ()  # the header's label decides

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        kept = []
        for result in super().analyze(text, entities, nlp_artifacts, regex_flags):
            line_start = text.rfind("\n", 0, result.start) + 1
            label = header_label(text, line_start, result.start, _COMPACT)
            if label is not None and _BIRTH.search(label):
                result.score = max(result.score, OWN_COLUMN_SCORE)
                kept.append(result)
        return kept
