"""健康保険 and 介護保険: the 保険者番号 (8 digits with a Luhn check digit; 国保: 6
digits), the 記号・番号 of an insured person's card (`01190103・123`, `3051-42`) and
the 介護保険被保険者番号 (10 digits, UNVERIFIED). A card's 記号・番号 vary by insurer
and neither has a check: they are reported only under a label that names them
(健康保険証 記号・番号, 健保記号番号, 介護保険被保険者番号)."""

import re

from stdnum import luhn

from detectors.entities import HEALTH_INSURANCE_NUMBER
from detectors.jp.base import NO_DIGIT_AFTER, NUMBER_START, JapanesePatternRecognizer
from detectors.jp.insurer_runs import opens, with_insurer_runs
from detectors.jp.insurers_numbers import without_insurers_own
from detectors.jp.number_labels import HEALTH_INSURANCE_LABEL
from detectors.normalize import digits_only

_CARD_SEPARATOR = re.compile(r"[・ -]")
GROUPED = "insurer_8_grouped"


class HealthInsuranceRecognizer(JapanesePatternRecognizer):
    ENTITY = HEALTH_INSURANCE_NUMBER
    PATTERNS = (
        ("card_symbol_number", NUMBER_START + r"[0-9]{0,7}(?:・| ?- ?| )[0-9]{1,7}" + NO_DIGIT_AFTER, 0.3),
        ("care_insured", NUMBER_START + r"[0-9]{9}" + NO_DIGIT_AFTER, 0.2),
        ("insurer_8", NUMBER_START + r"[0-9]{7}" + NO_DIGIT_AFTER, 0.25),
        # in two groups of four (1234 5678), under the insurer's own label and passing its check (analyze)
        (GROUPED, NUMBER_START + r"[0-9]{3} [0-9]{4}" + NO_DIGIT_AFTER, 0.25),
        ("insurer_6", NUMBER_START + r"[0-9]{5}" + NO_DIGIT_AFTER, 0.15),
        # a 公費 recipient's 受給者番号 (7 digits, its check digit as the 保険者番号's), under its own label
        ("public_recipient", NUMBER_START + r"[0-9]{6}" + NO_DIGIT_AFTER, 0.2),
    )
    CONTEXT = ("保険者番号", "被保険者証", "健康保険", "保険証", "後期高齢者", "介護保険", "被保険者番号", "健保",
               "health insurance", "health ins", "保険者no", "insurer no", "insurer number",
               # keys of exports (hokensha_no, insurerNumber, <Insurer>) and a 医療受給者証's person's number
               "insurer", "hokensha", "hokenja", "受給者番号")
    NEGATIVE_CONTEXT = ("事業所番号", "郵便", "電話", "注文番号", "年金")
    PREFILTER = r"[0-9]{6}|[0-9][・ -][0-9]"
    LABELLED = {"card_symbol_number": "記号|保険証", GROUPED: "保険者|insurer|hokensha|hokenja", "care_insured": "介護|kaigo|^[ 　]*$", "public_recipient": "(?<!年金)受給者"}
    OWN_LABEL = HEALTH_INSURANCE_LABEL  # none under 証券番号, 会員番号, 施設コード (detectors.jp.number_labels)

    opens = staticmethod(opens)  # a headerless table's column of insurers' numbers (detectors.jp.insurer_runs)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        # an insurer's list, notice or 提出先 names its own 保険者番号: no person's (detectors.jp.insurers_numbers)
        found = with_insurer_runs(text, super().analyze(text, entities, nlp_artifacts, regex_flags))
        found = [r for r in found if r.analysis_explanation.pattern_name != GROUPED
                 or luhn.is_valid(digits_only(text[r.start:r.end]))]
        return without_insurers_own(text, found)

    def is_valid(self, value: str) -> bool:
        digits = digits_only(value)
        if _CARD_SEPARATOR.search(value) or len(digits) == 10:
            return True  # a card's 記号・番号 or a 介護保険 number: no check; their label decides (LABELLED)
        return len(digits) == 6 or luhn.is_valid(digits)

