"""法人番号 (Corporate Number): public, NOT personal data. Detected so that its
digits are never reported as another identifier."""

import re

from stdnum.jp import cn as corporate_number

from detectors.entities import CORPORATE_NUMBER
from detectors.jp.base import NO_DIGIT_AFTER, JapanesePatternRecognizer, starts_after
from detectors.normalize import digits_only

_YUCHO = re.compile(r"[0-9]{5}-[0-9]{8}")  # a ゆうちょ 記号-番号 (10180-23456781), never a 法人番号's grouping
_REST = r"[-. ]?[0-9]{4}[-. ]?[0-9]{4}[-. ]?[0-9]{4}" + NO_DIGIT_AFTER


class CorporateNumberRecognizer(JapanesePatternRecognizer):
    ENTITY = CORPORATE_NUMBER
    PATTERNS = (
        ("corporate_number", starts_after("[0-9]", "[0-9]") + _REST, 0.6),
        ("invoice_registration", starts_after("T", "[0-9]") + "[0-9]" + _REST, 0.6),  # T + 法人番号
    )
    CONTEXT = ("法人番号", "登録番号", "インボイス", "適格請求書", "corporate number")
    PREFILTER = r"[0-9]{4}"

    def is_valid(self, value: str) -> bool:
        if _YUCHO.fullmatch(value):
            return False
        digits = digits_only(value)  # ASCII digits: stdnum's is_valid would clean them again (most of its cost)
        return len(digits) == 13 and corporate_number.calc_check_digit(digits[1:]) == digits[0]
