"""健康保険の保険者番号: 8 digits with a Luhn check digit (国保: 6 digits).
The 記号・番号 of a card vary by insurer; numbers are found by context."""

from stdnum import luhn

from detectors.entities import HEALTH_INSURANCE_NUMBER
from detectors.jp.base import NO_DIGIT_AFTER, NUMBER_START, JapanesePatternRecognizer
from detectors.normalize import digits_only


class HealthInsuranceRecognizer(JapanesePatternRecognizer):
    ENTITY = HEALTH_INSURANCE_NUMBER
    PATTERNS = (
        ("insurer_8", NUMBER_START + r"[0-9]{7}" + NO_DIGIT_AFTER, 0.25),
        ("insurer_6", NUMBER_START + r"[0-9]{5}" + NO_DIGIT_AFTER, 0.15),
    )
    CONTEXT = ("保険者番号", "被保険者証", "健康保険", "保険証", "後期高齢者", "介護保険", "被保険者番号")
    NEGATIVE_CONTEXT = ("事業所番号", "郵便", "電話", "注文番号")
    PREFILTER = r"[0-9]{6}"

    def is_valid(self, value: str) -> bool:
        digits = digits_only(value)
        return len(digits) == 6 or luhn.is_valid(digits)
