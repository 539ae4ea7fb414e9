"""E-mail addresses. Presidio's EmailRecognizer uses \\b and \\w, which glue kanji
to the local part (`連絡先taro@...`), so the local part here is ASCII only. A
role mailbox (info@, soumu@, noreply@) names a function, not a person: it is not
reported."""

from detectors.entities import EMAIL
from detectors.jp.base import JapanesePatternRecognizer, starts_after

_LOCAL_CHAR = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]"
# the local part starts at a character that does not continue another word or address
_LOCAL = (starts_after(_LOCAL_CHAR, r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]") + _LOCAL_CHAR + "*"
          + rf"(?:\.{_LOCAL_CHAR}+)*")
_DOMAIN = r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,24}"


ROLE_MAILBOXES = frozenset({
    "info", "information", "support", "contact", "sales", "soumu", "jinji", "saiyo", "recruit", "hr", "admin",
    "office", "webmaster", "postmaster", "hostmaster", "abuse", "noreply", "no-reply", "donotreply", "inquiry",
    "toiawase", "otoiawase", "all", "members", "privacy", "tenpo", "service", "help", "helpdesk", "press",
    "kouhou", "koho", "keiri", "eigyo", "customer", "shop", "order", "mailer-daemon", "root",
})


class EmailRecognizer(JapanesePatternRecognizer):
    ENTITY = EMAIL
    PATTERNS = (
        ("email", _LOCAL + "@" + _DOMAIN + r"(?![A-Za-z0-9-])", 0.75),
    )
    CONTEXT = ("メール", "メールアドレス", "e-mail", "email", "mail", "連絡先", "アドレス")
    PREFILTER = r"@"

    def is_valid(self, value: str) -> bool:
        local = value.partition("@")[0].lower().partition("+")[0]
        return local not in ROLE_MAILBOXES

    @staticmethod
    def canonical(value: str) -> str:
        return value.strip().lower()
