"""E-mail addresses. Presidio's EmailRecognizer uses \\b and \\w, which glue kanji
to the local part (`連絡先taro@...`), so the local part here is ASCII only."""

from detectors.entities import EMAIL
from detectors.jp.base import JapanesePatternRecognizer

_LOCAL = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
_DOMAIN = r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,24}"


class EmailRecognizer(JapanesePatternRecognizer):
    ENTITY = EMAIL
    PATTERNS = (
        ("email", r"(?<![A-Za-z0-9.!#$%&'*+/=?^_`{|}~-])" + _LOCAL + "@" + _DOMAIN + r"(?![A-Za-z0-9-])", 0.75),
    )
    CONTEXT = ("メール", "メールアドレス", "e-mail", "email", "mail", "連絡先", "アドレス")
    PREFILTER = r"@"

    @staticmethod
    def canonical(value: str) -> str:
        return value.strip().lower()
