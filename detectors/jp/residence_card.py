"""在留カード番号 / 特別永住者証明書番号: `AB12345678CD`. No published check digit."""

from detectors.entities import RESIDENCE_CARD
from detectors.jp.base import JapanesePatternRecognizer, starts_after


class ResidenceCardRecognizer(JapanesePatternRecognizer):
    ENTITY = RESIDENCE_CARD
    PATTERNS = (("residence_card", starts_after("[A-Z]", "[A-Za-z0-9]") + r"[A-Z][0-9]{8}[A-Z]{2}(?![A-Za-z0-9])", 0.35),)
    CONTEXT = ("在留カード", "在留番号", "特別永住者証明書", "特別永住者", "residence card", "在留資格")
    NEGATIVE_CONTEXT = ("品番", "型番", "シリアル", "商品コード")
    PREFILTER = r"[A-Z]{2}[0-9]{8}[A-Z]{2}"

    @staticmethod
    def canonical(value: str) -> str:
        return value.strip().upper()
