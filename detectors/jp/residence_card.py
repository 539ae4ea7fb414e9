"""在留カード番号 / 特別永住者証明書番号: `AB12345678CD`. No published check digit, but the
shape (2 letters, 8 digits, 2 letters) is its own: a generic card label (カード番号,
Card No.) or the stay record it stands in (detectors.jp.travel_documents) is enough,
and so is a hand's way of writing it (AB 1234 5678 CD, AB-1234-5678-CD); lower case
under its own label (in its cell, the cell before or over its column) or in a stay record.
Where it stands says it too (ids24): alone in brackets after its holder's name
(患者：王 秀英（AB12345678CD）), or before a birth in the next field, as an identity check
copies them (AB12345678CD / 1988.03.02: detectors.jp.date_of_birth_document)."""

import re

from detectors.entities import RESIDENCE_CARD
from detectors.jp.base import JapanesePatternRecognizer, starts_after
from detectors.jp.date_of_birth_document import birth_follows
from detectors.jp.document_kinds import DocumentKinds
from detectors.jp.document_labels import own_label_near, row_head
from detectors.jp.example_numbers import is_example
from detectors.jp.number_labels import ColumnHeaders, number_label
from detectors.jp.travel_documents import (
    RECORD_SCORE, RESIDENCE_CARD_LABEL, STAY_RECORD, STAY_WORDS, both_documents_in_row, document_number,
    fixed_width_label, in_stay_record)

# after the first letter: the second, 8 digits however grouped, 2 letters
_REST = r"[A-Z][- ]?[0-9]{4}[- ]?[0-9]{4}[- ]?[A-Z]{2}(?![A-Za-z0-9])"


# a bare number label right before the card's shape (番号: …, No. …, ID …, <No.>, 番号は, No.（…）): no
# other number's
_GENERIC_LABEL = re.compile(r"(?:番号|No\.?|NO\.?|ID|Number|number)[ 　]*[)）>」\]]?[ 　]*[:：=は]?[ 　]*[(（「]?$")
GENERIC_REACH = 12  # characters before the card where its bare label stands
# the card's number as a gloss in brackets right after the holder's name (患者：王 秀英（AB12345678CD）,
# Guest: SANTOS MARIA (AB12345678CD)): no digit in the name before it on its line (ids24)
_GLOSSED_NAME = re.compile(r"[^\d\n（(]{2,30}[(（]$")
_GLOSS_CLOSE = frozenset(")）")
_KINDS = DocumentKinds(re.compile(r"在留カード|特別永住者証明書|residence[ _\-]?card|zairyu"))  # a key's words (leftovers20)


class ResidenceCardRecognizer(JapanesePatternRecognizer):
    ENTITY = RESIDENCE_CARD
    PATTERNS = (
        ("residence_card", starts_after("[A-Z]", "[A-Za-z0-9]") + _REST, 0.35),
        ("residence_card_lower", starts_after("[a-z]", "[A-Za-z0-9]") + _REST.replace("A-Z", "a-z"), 0.35),
    )
    # no scan of every lower-case letter: a card's label or a stay record's word in the text
    GATES = {"residence_card_lower": f"(?i:{RESIDENCE_CARD_LABEL.pattern}|{STAY_RECORD.pattern})"}
    CONTEXT = ("在留カード", "在留番号", "特別永住者証明書", "特別永住者", "residence card", "在留資格", "在留",
               "residencecard", "residence_card", "zairyu", "ザイリュウ", "カード番号", "card no", "card number", "card_no", "cardno")
    NEGATIVE_CONTEXT = ("品番", "型番", "シリアル", "商品コード", "管理番号", "製造番号", "serial", "sku")
    GATE_WORDS = STAY_WORDS + ("カード", "card", "番号", "no.")
    # the card's shape itself: a text holding it is read without a word (a headerless record)
    PREFILTER = r"[A-Za-z]{2}[- ]?[0-9]{4}[- ]?[0-9]{4}"
    OWN_LABEL = RESIDENCE_CARD_LABEL

    def best_score_without_context(self) -> float:
        return RECORD_SCORE  # its shape is its own: may_match (the shape) decides, no word needed

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results, headings, headers = [], {}, ColumnHeaders(text)
        for result in super().analyze(text, entities, nlp_artifacts, regex_flags):
            if is_example(text, result.start):
                continue
            label = fixed_width_label(text, result.start)
            labelled = (label is not None and RESIDENCE_CARD_LABEL.search(label)) or _GENERIC_LABEL.search(
                text, max(0, result.start - GENERIC_REACH), result.start) or result.score >= RECORD_SCORE \
                or own_label_near(text, result.start, headers, RESIDENCE_CARD_LABEL)
            in_record = not labelled and (in_stay_record(text, result.start, result.end, headings)
                                          or both_documents_in_row(text, result.start, result.end)
                                          or _glossed_name(text, result.start, result.end)
                                          or birth_follows(text, result.end))  # an identity check's copy
            if result.analysis_explanation.pattern_name == "residence_card_lower" and not (labelled or in_record):
                continue  # lower case: only under its own label or in a stay record
            if labelled or in_record:
                result.score = max(result.score, RECORD_SCORE)
            results.append(result)
        return results

    def _by_labels(self, text, results):
        """A generic document label (書類番号) in a row whose cell names the card is
        its own (detectors.jp.document_kinds), at RECORD_SCORE; so is a card whose
        cell before holds another card (AB12345678CD ends as a code's label, …CD) in a
        row headed by the card's label (one record to a column)."""
        kept = super()._by_labels(text, results)
        mine = {id(r) for r in kept}
        headed = [r for r in results if id(r) not in mine and number_label(text, r.start) is None
                  and RESIDENCE_CARD_LABEL.search(row_head(text, r.start) or "")]
        for result in headed:
            result.score = max(result.score, RECORD_SCORE)
        return _KINDS.with_named(text, results, kept + headed, RECORD_SCORE)

    canonical = staticmethod(document_number)


def _glossed_name(text: str, start: int, end: int) -> bool:
    """The number alone in brackets after a name: a gloss that tells whose card it is."""
    return text[end:end + 1] in _GLOSS_CLOSE and _GLOSSED_NAME.search(text, max(0, start - 31), start) is not None
