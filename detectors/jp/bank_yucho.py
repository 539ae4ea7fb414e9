"""ゆうちょ銀行 accounts written as a 記号 and a 番号 apart: two cells of a row
(記号: 12340 | 番号: 12345671), or `記号10120 番号34567891` in a line. The 記号 is five
digits from 1 ending in 0 and the 番号 eight digits ending in 1 (IDENTIFIERS.md); the
pair is the account, and the 番号 is what identifies it (the 記号 names an office)."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

PAIR_SCORE = 0.85
# 記号 (its label may go on: 記号(5桁)), at most a few non-digits, its five digits; then,
# within the line, 番号 and its eight digits
_PAIR = re.compile(r"記号[^0-9\n]{0,10}?(?<![0-9])1[0-9]{3}0(?![0-9])(?!-[0-9])[^0-9\n]{0,12}?番号[^0-9\n]{0,10}?"
                   r"(?<![0-9])([0-9]{7}1)(?![0-9])", re.ASCII)


def yucho_pairs(text: str, entity: str, recognizer: str) -> list[RecognizerResult]:
    """The 番号 of each 記号・番号 pair in text, as findings of entity."""
    if "記号" not in text:
        return []
    return [RecognizerResult(entity, m.start(1), m.end(1), PAIR_SCORE,
                             recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: recognizer})
            for m in _PAIR.finditer(text)]
