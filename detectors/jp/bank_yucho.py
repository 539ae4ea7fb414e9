"""ゆうちょ銀行 accounts written as a 記号 and a 番号 apart: two cells of a row
(記号: 12340 | 番号: 12345671), `記号10120 番号34567891` in a line, or a form's
記号 and 番号 on rows of their own (a PDF's lines, a blank line between). The 記号 is five
digits from 1 ending in 0 and the 番号 eight digits ending in 1 (IDENTIFIERS.md); the
pair is the account, and the 番号 is what identifies it (the 記号 names an office)."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

PAIR_SCORE = 0.85
# 記号 (its label may go on: 記号(5桁)), at most a few non-digits, its five digits; then,
# within the line or on the next rows (a few characters on), 番号 and its eight digits
_PAIR = re.compile(r"記号[^0-9\n]{0,10}?(?<![0-9])1[0-9]{3}0(?![0-9])(?!-[0-9])[^0-9]{0,12}?番号[^0-9\n]{0,10}?"
                   r"(?<![0-9])([0-9]{7}1)(?![0-9])", re.ASCII)

# Offices write made-up or mistyped pairs too (記号15435 番号35584204): beside an account's words, any
# 記号 of five digits from 1 and 番号 of six to eight digits is the pair (a 保険証's 記号・番号 is not)
_LOOSE_PAIR = re.compile(r"記号[^0-9\n]{0,10}?(?<![0-9])1[0-9]{4}(?![0-9])(?!-[0-9])[^0-9\n]{0,12}?番号[^0-9\n]{0,10}?"
                         r"(?<![0-9])([0-9]{6,8})(?![0-9])", re.ASCII)
_ACCOUNT_WORDS = re.compile(r"ゆうちょ|口座|貯金|振込|振替|引落|郵便局")
_INSURANCE_WORDS = re.compile(r"保険|被保険者|保険者")
ACCOUNT_WORDS_REACH = 40  # an account's words stand in the cell's label or just before the pair


def _beside_account_words(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - ACCOUNT_WORDS_REACH):start]
    return _ACCOUNT_WORDS.search(before) is not None and _INSURANCE_WORDS.search(before) is None


def yucho_pairs(text: str, entity: str, recognizer: str) -> list[RecognizerResult]:
    """The 番号 of each 記号・番号 pair in text, as findings of entity."""
    if "記号" not in text:
        return []
    matches = {m.span(1): m for m in _PAIR.finditer(text)}
    matches.update((m.span(1), m) for m in _LOOSE_PAIR.finditer(text)
                   if m.span(1) not in matches and _beside_account_words(text, m.start()))
    return [RecognizerResult(entity, start, end, PAIR_SCORE,
                             recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: recognizer})
            for start, end in sorted(matches)]
