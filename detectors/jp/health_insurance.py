"""健康保険: the 保険者番号 (8 digits with a Luhn check digit; 国保: 6 digits) and
the 記号・番号 of an insured person's card (`01190103・123`, `3051-42`). A card's
記号 and 番号 vary by insurer and have no check: they are reported only under a
label that names them (健康保険証 記号・番号, 健保記号番号)."""

import re

from stdnum import luhn

from detectors.entities import HEALTH_INSURANCE_NUMBER
from detectors.jp.base import NO_DIGIT_AFTER, NUMBER_START, JapanesePatternRecognizer
from detectors.normalize import digits_only

_CARD_SEPARATOR = re.compile(r"[・ -]")
# the label of a card's 記号・番号 (the cell's own label or the words just before it)
_CARD_LABEL = re.compile(r"記号|保険証")
CARD_LABEL_REACH = 24


class HealthInsuranceRecognizer(JapanesePatternRecognizer):
    ENTITY = HEALTH_INSURANCE_NUMBER
    PATTERNS = (
        ("card_symbol_number", NUMBER_START + r"[0-9]{0,7}(?:・| ?- ?| )[0-9]{1,7}" + NO_DIGIT_AFTER, 0.3),
        ("insurer_8", NUMBER_START + r"[0-9]{7}" + NO_DIGIT_AFTER, 0.25),
        ("insurer_6", NUMBER_START + r"[0-9]{5}" + NO_DIGIT_AFTER, 0.15),
    )
    CONTEXT = ("保険者番号", "被保険者証", "健康保険", "保険証", "後期高齢者", "介護保険", "被保険者番号", "健保",
               "health insurance", "health ins", "保険者no", "insurer no", "insurer number")
    NEGATIVE_CONTEXT = ("事業所番号", "郵便", "電話", "注文番号")
    PREFILTER = r"[0-9]{6}|[0-9][・ -][0-9]"

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in results if not _CARD_SEPARATOR.search(text, r.start, r.end) or _card_labelled(text, r.start)]

    def is_valid(self, value: str) -> bool:
        if _CARD_SEPARATOR.search(value):
            return True  # a card's 記号・番号: no check; its label decides (analyze)
        digits = digits_only(value)
        return len(digits) == 6 or luhn.is_valid(digits)


def _card_labelled(text: str, start: int) -> bool:
    before = text[max(0, start - CARD_LABEL_REACH):start].rpartition("\t")[2]
    return _CARD_LABEL.search(before) is not None
