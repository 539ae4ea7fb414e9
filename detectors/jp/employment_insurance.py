"""雇用保険被保険者番号: `1234-567890-1`. The employer's 適用事業所番号 has the
same layout: its words mark a negative, and an employer's word nearer the number on
its line than an insured person's keeps it out (see own_numbers)."""

from detectors.entities import EMPLOYMENT_INSURANCE_NUMBER
from detectors.jp.base import NO_DIGIT_AFTER, NUMBER_START, JapanesePatternRecognizer
from detectors.jp.own_numbers import employers_number, employers_row


class EmploymentInsuranceRecognizer(JapanesePatternRecognizer):
    ENTITY = EMPLOYMENT_INSURANCE_NUMBER
    PATTERNS = (("employment_insurance", NUMBER_START + r"[0-9]{3}-?[0-9]{6}-?[0-9]" + NO_DIGIT_AFTER, 0.2),)
    CONTEXT = ("雇用保険", "被保険者番号", "雇用保険被保険者証", "雇保", "ei no.", "ei number", "employment insurance",
               "コヨウホケン")
    NEGATIVE_CONTEXT = ("事業所番号", "適用事業所")
    PREFILTER = r"[0-9]{4}"

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in results
                if not employers_number(text, r.start, r.end) and not employers_row(text, r.start, r.end)]
