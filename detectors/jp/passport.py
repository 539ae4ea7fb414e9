"""旅券番号 (passport): 2 letters + 7 digits. No check digit on the number; the
shape is common (SKUs, booking references), so a context word is required."""

from detectors.entities import PASSPORT
from detectors.jp.base import JapanesePatternRecognizer, starts_after


class PassportRecognizer(JapanesePatternRecognizer):
    ENTITY = PASSPORT
    PATTERNS = (("passport", starts_after("[A-Z]", "[A-Za-z0-9]") + r"[A-Z][0-9]{7}(?![A-Za-z0-9])", 0.2),)
    CONTEXT = ("パスポート", "旅券", "passport", "旅券番号", "パスポート番号", "passport no")
    NEGATIVE_CONTEXT = ("品番", "型番", "予約番号", "商品コード", "注文番号")
    PREFILTER = r"[A-Z]{2}[0-9]{7}"

    @staticmethod
    def canonical(value: str) -> str:
        return value.strip().upper()
