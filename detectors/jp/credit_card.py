"""Credit card numbers: 14–19 digits, Luhn, a known issuer prefix (JCB 3528–3589,
Visa, Mastercard, Amex, Diners). Both hold for one long number in ten to twenty (a
product code, an IMEI, a SIM's ICCID): a number is a card's only where its own label
or its record says so (detectors.jp.card_records: カード番号, a row with a brand or an
expiry, 「カード番号は…」); under another number's label (会員番号, 証券番号, 品番)
it is none, nor a card of stored value told by its own label or record (ギフト券番号,
a gift-card ledger's 額面), never by points or a balance near it."""

import re

from stdnum import luhn

from detectors.entities import CREDIT_CARD
from detectors.jp.base import NO_DIGIT_AFTER, NUMBER_START, JapanesePatternRecognizer, starts_after
from detectors.jp.card_records import said_a_card
from detectors.jp.number_labels import CARD_LABEL, ColumnHeaders, table_heading
from detectors.jp.number_records import own_labels
from detectors.lines import line_bounds
from detectors.normalize import digits_only

SAID_SCORE = 0.85  # a card's number by its own label or record
_AMEX_START = starts_after("3", "[0-9]", "[0-9][-. ]")
# A card of stored value (a gift card, a prepaid or point card, a voucher) has sixteen digits that
# pass Luhn too; a credit card is told by a word of credit, a brand or a payment. Words of the
# card itself (ギフト, 額面) tell it in its record; points and a balance (ポイント残高, ご利用残高)
# belong to credit cards as well, and tell a card of stored value only in its own label.
# (a voucher of any kind is a 券: 商品券, 旅行券, 券面; not a policy or a bond's, 証券, 債券, 株券, nor a
# passport or a ticket beside a card that pays for it: 旅券番号, 航空券, 乗車券, 診察券 (forms17))
# (English words whole: QUOC or Appointment in a row names no card)
_NO_VOUCHER = r"(?<![証債株旅])(?<!航空|乗車|乗船|搭乗|定期|診察|入場|整理|観覧)"
_STORED_CARD = re.compile(r"ギフト|(?<![a-z])gift|プリペイド|(?<![a-z])prepaid|" + _NO_VOUCHER + r"券|電子マネー|額面|図書カード|クオカード"
                          r"|(?<![a-z])quo ?(?:カード|card)|(?<![a-z])voucher|バウチャー", re.IGNORECASE)
_STORED_VALUE = re.compile(_STORED_CARD.pattern + r"|ポイント|(?<![a-z])point(?![a-z])|会員カード|会員証|チャージ|残高",
                           re.IGNORECASE)
_CREDIT = re.compile(r"クレジット|credit|クレカ|visa|master|jcb|amex|アメックス|american express|diners|ダイナース"
                     r"|決済|カード会社|国際ブランド|分割|リボ|与信|信販|支払|payment", re.IGNORECASE)
_LONG_NUMBER = re.compile(r"[0-9]{13}")  # another card's cell in the row
_NAMES_NUMBER = re.compile(r"(?:番号|no\.?|id|#)$", re.IGNORECASE)  # a header cell over another number's column
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
    # no context words: a card is told by its own label or record (said_a_card), not by a word
    # somewhere in a window (カード in a goods master's item names)
    OWN_LABEL = CARD_LABEL  # none under 会員番号, 受付番号, Order No. (detectors.jp.number_labels)
    # 14 digits at least, from a number's start: most text has none, three patterns skipped
    PREFILTER = NUMBER_START + r"(?:[- ]?[0-9]){13}"

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        if not results:
            return results
        columns, headings, cards = ColumnHeaders(text), {}, []
        for result in results:
            if said_a_card(text, result.start, result.end, columns, headings) \
                    and not _stored_value_card(text, result.start, result.end, columns, headings):
                result.score = max(result.score, SAID_SCORE)
                cards.append(result)
        return cards

    def is_valid(self, value: str) -> bool:
        digits = digits_only(value)
        return 14 <= len(digits) <= 19 and luhn.is_valid(digits) and bool(_ISSUER.match(digits))


def _stored_value_card(text: str, start: int, end: int, columns: ColumnHeaders, headings: dict[int, str]) -> bool:
    """A card of stored value by its own label (ギフトカード番号, ポイントカード, 商品券 No.,
    a gift-card column's header) without a word of credit; under a label that names
    neither, by its record: a word of the card itself (額面, ギフト) in the other cells
    of its row or on its line of prose, else in its table's header cells or a title
    that names its cards (ポイントカード発行台帳), without a word of credit there."""
    label = " ".join(own_labels(text, start, columns))  # ギフト券番号：, a gift-card column's header
    stored, credit = _last_end(_STORED_VALUE, label), _last_end(_CREDIT, label)
    if stored or credit:
        return stored > credit  # the word nearer the number: お支払いに使ったギフト券の番号
    row, row_end = line_bounds(text, start, end)
    record = text[row:start] + text[end:row_end]
    if "\t" in record:
        record = "\t".join(cell for cell in record.split("\t") if not _LONG_NUMBER.search(cell))
    if _CREDIT.search(record):
        return False
    if _STORED_CARD.search(record):
        return True
    if "\t" not in text[row:row_end]:
        return False
    heading = table_heading(text, row, headings)
    title, _, header = heading.rpartition("\n")
    header = "\t".join(cell for cell in header.split("\t") if not _NAMES_NUMBER.search(cell.strip()))
    # the title names the table's cards (ポイントカード発行台帳); a header cell, what the rows hold (額面)
    stored = _STORED_VALUE.search(title) or _STORED_CARD.search(header)
    return stored is not None and _CREDIT.search(heading) is None


def _last_end(words: re.Pattern, label: str) -> int:
    """Where the last of words in label ends (0: none)."""
    return max((m.end() for m in words.finditer(label)), default=0)
