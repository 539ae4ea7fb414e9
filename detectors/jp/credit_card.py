"""Credit card numbers: 14–19 digits, Luhn, a known issuer prefix (JCB 3528–3589,
Visa, Mastercard, Amex, Diners). A bare number passing both is reported; context
raises it further; under another number's label (会員番号, 証券番号: one in ten
passes Luhn) it is none."""

import re

from stdnum import luhn

from detectors.entities import CREDIT_CARD
from detectors.jp.base import NO_DIGIT_AFTER, NUMBER_START, JapanesePatternRecognizer, starts_after
from detectors.jp.number_labels import CARD_LABEL
from detectors.normalize import digits_only

_AMEX_START = starts_after("3", "[0-9]", "[0-9][-. ]")
_ISSUER = re.compile(r"^(?:4|5[1-5]|2(?:2[2-9]|[3-6][0-9]|7[01]|720)|3[47]|3(?:0[0-5]|[68])|35(?:2[89]|[3-8][0-9]))")


class CreditCardRecognizer(JapanesePatternRecognizer):
    ENTITY = CREDIT_CARD
    PATTERNS = (
        ("card_grouped", NUMBER_START + r"[0-9]{3}(?:[- ][0-9]{4}){3}(?:[- ]?[0-9]{1,3})?" + NO_DIGIT_AFTER, 0.55),
        ("card_plain", NUMBER_START + r"[0-9]{13,18}" + NO_DIGIT_AFTER, 0.5),
        ("card_amex", _AMEX_START + r"[47][0-9]{2}[- ][0-9]{6}[- ][0-9]{5}" + NO_DIGIT_AFTER, 0.55),
    )
    CONTEXT = ("カード番号", "クレジット", "クレジットカード", "card", "カード", "有効期限", "visa", "jcb")
    NEGATIVE_CONTEXT = ("注文番号", "伝票番号", "追跡番号", "お問い合わせ番号", "JAN", "法人番号")
    OWN_LABEL = CARD_LABEL  # none under 会員番号, 受付番号, Order No. (detectors.jp.number_labels)
    # 14 digits at least, from a number's start: most text has none, three patterns skipped
    PREFILTER = NUMBER_START + r"(?:[- ]?[0-9]){13}"

    def is_valid(self, value: str) -> bool:
        digits = digits_only(value)
        return 14 <= len(digits) <= 19 and luhn.is_valid(digits) and bool(_ISSUER.match(digits))
