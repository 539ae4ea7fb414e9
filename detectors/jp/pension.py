"""基礎年金番号: 10 digits `1234-567890` (office code + serial). No check digit;
10-digit landline numbers have the same length, so context is required."""

from detectors.entities import BASIC_PENSION_NUMBER
from detectors.jp.base import NO_DIGIT_AFTER, NUMBER_START, JapanesePatternRecognizer


class BasicPensionNumberRecognizer(JapanesePatternRecognizer):
    ENTITY = BASIC_PENSION_NUMBER
    PATTERNS = (("pension", NUMBER_START + r"[0-9]{3}[- ]?[0-9]{6}" + NO_DIGIT_AFTER, 0.2),)
    CONTEXT = ("基礎年金番号", "年金手帳", "年金番号", "厚生年金", "年金", "pension", "ネンキン")
    NEGATIVE_CONTEXT = ("電話", "tel", "fax", "照会番号", "注文番号")
    PREFILTER = r"[0-9]{4}"
