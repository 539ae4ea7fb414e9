"""Credit card numbers: 14–19 digits, Luhn, a known issuer prefix (JCB 3528–3589,
Visa, Mastercard, Amex, Diners). A bare number passing both is reported; context
raises it further; under another number's label (会員番号, 証券番号: one in ten
passes Luhn) it is none."""

import re

from stdnum import luhn

from detectors.entities import CREDIT_CARD
from detectors.jp.base import NO_DIGIT_AFTER, NUMBER_START, JapanesePatternRecognizer, starts_after
from detectors.jp.number_labels import CARD_LABEL, table_heading
from detectors.lines import line_bounds
from detectors.normalize import digits_only

_AMEX_START = starts_after("3", "[0-9]", "[0-9][-. ]")
# A card of stored value (a gift card, a prepaid or point card, a voucher) has sixteen digits that
# pass Luhn too; a credit card is told by a word of credit, a brand or a payment
_STORED_VALUE = re.compile(r"ギフト|gift|プリペイド|prepaid|ポイント|point|商品券|金券|ギフト券|会員カード|会員証"
                           r"|電子マネー|チャージ|額面|残高|図書カード|クオカード|quo|voucher|バウチャー", re.IGNORECASE)
_CREDIT = re.compile(r"クレジット|credit|クレカ|visa|master|jcb|amex|アメックス|american express|diners|ダイナース"
                     r"|決済|カード会社|国際ブランド|分割|リボ|与信|信販", re.IGNORECASE)
STORED_BEFORE, STORED_AFTER = 160, 40  # characters of prose around the number
_ISSUER = re.compile(r"^(?:4|5[1-5]|2(?:2[2-9]|[3-6][0-9]|7[01]|720)|3[47]|3(?:0[0-5]|[68])|35(?:2[89]|[3-8][0-9]))")


class CreditCardRecognizer(JapanesePatternRecognizer):
    ENTITY = CREDIT_CARD
    PATTERNS = (
        ("card_grouped", NUMBER_START + r"[0-9]{3}(?:[- ][0-9]{4}){3}(?:[- ]?[0-9]{1,3})?" + NO_DIGIT_AFTER, 0.55),
        ("card_plain", NUMBER_START + r"[0-9]{13,18}" + NO_DIGIT_AFTER, 0.5),
        ("card_amex", _AMEX_START + r"[47][0-9]{2}[- ][0-9]{6}[- ][0-9]{5}" + NO_DIGIT_AFTER, 0.55),
        # Diners' fourteen digits as its card groups them, 4-6-4
        ("card_diners", _AMEX_START + r"[068][0-9]{2}[- ][0-9]{6}[- ][0-9]{4}" + NO_DIGIT_AFTER, 0.55),
    )
    CONTEXT = ("カード番号", "クレジット", "クレジットカード", "card", "カード", "有効期限", "visa", "jcb")
    NEGATIVE_CONTEXT = ("注文番号", "伝票番号", "追跡番号", "お問い合わせ番号", "JAN", "法人番号")
    OWN_LABEL = CARD_LABEL  # none under 会員番号, 受付番号, Order No. (detectors.jp.number_labels)
    # 14 digits at least, from a number's start: most text has none, three patterns skipped
    PREFILTER = NUMBER_START + r"(?:[- ]?[0-9]){13}"

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        if not results:
            return results
        headings: dict[int, str] = {}
        return [r for r in results if not _stored_value_card(text, r.start, r.end, headings)]

    def is_valid(self, value: str) -> bool:
        digits = digits_only(value)
        return 14 <= len(digits) <= 19 and luhn.is_valid(digits) and bool(_ISSUER.match(digits))


def _stored_value_card(text: str, start: int, end: int, headings: dict[int, str]) -> bool:
    """A word of stored value (ギフトカード番号, 額面, ポイント残高, 商品券) nearer to the number
    than any word of credit, in its table row or the prose around it; in a row with
    neither, its table's header and title lines say so without a word of credit."""
    row, row_end = line_bounds(text, start, end)
    in_table = "\t" in text[row:row_end]
    if not in_table:
        row, row_end = max(0, start - STORED_BEFORE), min(len(text), end + STORED_AFTER)
    stored, credit = (_distance(words, text, row, row_end, start, end) for words in (_STORED_VALUE, _CREDIT))
    if in_table and stored is None and credit is None:
        heading = table_heading(text, row, headings)
        return _STORED_VALUE.search(heading) is not None and _CREDIT.search(heading) is None
    return stored is not None and (credit is None or stored < credit)


def _distance(words: re.Pattern, text: str, first: int, last: int, start: int, end: int) -> int | None:
    """Characters between the number and the nearest of words in text[first:last]."""
    gaps = [start - m.end() if m.end() <= start else m.start() - end for m in words.finditer(text, first, last)]
    return min(gaps) if gaps else None
