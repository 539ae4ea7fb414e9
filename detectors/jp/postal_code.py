"""郵便番号 (postal code): `〒123-4567`; without 〒 it needs a context word."""

from detectors.entities import POSTAL_CODE
from detectors.jp.base import JapanesePatternRecognizer, starts_after

_END = r"[0-9]{4}(?![0-9])(?!-[0-9])"
_BODY = r"[0-9]{3}-" + _END


class PostalCodeRecognizer(JapanesePatternRecognizer):
    ENTITY = POSTAL_CODE
    PATTERNS = (
        ("postal_mark", r"〒 ?" + _BODY, 0.85),
        ("postal_plain", starts_after("[0-9]", "[0-9〒-]", "[0-9]-") + r"[0-9]{2}-" + _END, 0.35),
    )
    CONTEXT = ("郵便番号", "〒", "住所", "所在地", "現住所", "zip", "postal")
    NEGATIVE_CONTEXT = ("電話", "tel", "fax", "注文番号", "品番")
    PREFILTER = r"[0-9]{3}-[0-9]{4}"
