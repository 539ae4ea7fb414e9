"""Japanese phone numbers, validated by `phonenumbers` for region JP.

Formatted numbers (with dashes, parentheses or +81) are likely phone numbers on
their own; a bare run of 10–11 digits needs a context word.
"""

import phonenumbers

from detectors.entities import PHONE
from detectors.jp.base import JapanesePatternRecognizer

_START = r"(?<![0-9+])(?<![0-9][-. ])"
_END = r"(?![0-9])(?![-.][0-9])"


class PhoneRecognizer(JapanesePatternRecognizer):
    ENTITY = PHONE
    PATTERNS = (
        ("phone_formatted", _START + r"(?:\+81[- ]?|\(?0)[0-9]{1,4}\)?[- ]?\(?[0-9]{1,4}\)?[- ][0-9]{3,4}" + _END, 0.6),
        ("phone_paren", _START + r"0[0-9]{1,4}\([0-9]{1,4}\)[0-9]{3,4}" + _END, 0.6),
        ("phone_bare", _START + r"0[0-9]{9,10}" + _END, 0.35),
    )
    CONTEXT = (
        "電話", "電話番号", "tel", "携帯", "連絡先", "自宅", "phone", "fax", "ファックス",
        "緊急連絡先",
    )
    NEGATIVE_CONTEXT = ("注文番号", "伝票番号", "管理番号", "法人番号", "口座番号")
    PREFILTER = r"[0-9]{3}"

    def is_valid(self, value: str) -> bool:
        try:
            number = phonenumbers.parse(value, "JP")
        except phonenumbers.NumberParseException:
            return False
        return number.country_code == 81 and phonenumbers.is_valid_number(number)

    @staticmethod
    def canonical(value: str) -> str:
        number = phonenumbers.parse(value, "JP")
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
