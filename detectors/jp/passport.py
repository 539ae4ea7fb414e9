"""旅券番号 (passport): a Japanese one is 2 letters + 7 digits, with no check digit; the
shape is common (SKUs, booking references), so a context word is required — or the
structure it stands in (detectors.jp.travel_documents): a foreigner's stay record, its
column's own label in a fixed-width file, a passport copy's MRZ. Under its own label
it may be written as another country issues it (C1234567, E12345678, P1234567A, eight
or nine digits), in lower case or with a separator (TR-1234567)."""

import re

from presidio_analyzer import RecognizerResult

from detectors.entities import PASSPORT
from detectors.jp.base import NO_DIGIT_AFTER, JapanesePatternRecognizer, starts_after
from detectors.jp.document_kinds import DocumentKinds
from detectors.jp.document_labels import own_label_near
from detectors.jp.example_numbers import is_example
from detectors.jp.number_labels import ColumnHeaders
from detectors.jp.number_series import in_series
from detectors.jp.passport_rows import headerless_stay_row
from detectors.jp.travel_documents import (
    CARD_SHAPE, MRZ_SCORE, PASSPORT_LABEL, RECORD_SCORE, STAY_RECORD, STAY_WORDS, both_documents_in_row,
    document_number, fixed_width_label, in_stay_record, labelled_elsewhere, mrz_numbers, record_around)

_NOT_AFTER = "[A-Za-z0-9]"
_LABELLED_ONLY = frozenset({"passport_written", "passport_digits"})
_KINDS = DocumentKinds(re.compile("パスポート|旅券|passport|ryoken"))  # ryoken: a key's romaji (leftovers20)


class PassportRecognizer(JapanesePatternRecognizer):
    ENTITY = PASSPORT
    PATTERNS = (
        ("passport", starts_after("[A-Z]", _NOT_AFTER) + r"[A-Z][0-9]{7}(?![A-Za-z0-9])", 0.2),
        # another country's shape, lower case or a separator: under its own label only (document_labels)
        ("passport_written", starts_after("[A-Za-z]", _NOT_AFTER)
         + r"(?:[A-Za-z][- ]?[0-9]{6}|[A-Za-z]?[- ]?[0-9]{7,8})[A-Za-z]?(?![A-Za-z0-9])", 0.2),
        # bare digits, never those inside a token of letters and digits (a residence card's AB12345678CD)
        ("passport_digits", starts_after("[0-9]", "[0-9A-Za-z]", "[0-9][-. ]") + r"[0-9]{7,9}" + NO_DIGIT_AFTER
         + "(?![A-Za-z])", 0.2),
    )
    CONTEXT = ("パスポート", "旅券", "passport", "旅券番号", "パスポート番号", "passport no", "ryoken", "pp番号", "pp no")
    NEGATIVE_CONTEXT = ("品番", "型番", "予約番号", "商品コード", "注文番号", "管理番号", "製造番号", "伝票番号", "便名",
                        "serial", "sku", "booking", "reservation", "order no")
    # words of a stay record or a passport's MRZ (P<JPN…) open the recognizer; they raise no score by themselves
    GATE_WORDS = STAY_WORDS + ("document", "p<", "pp_", "ppno", "pp-no", "pspt")  # and keys: PP_No, ppNo
    PREFILTER = r"[0-9]{6}"
    # each way of accepting them needs a passport's label or a stay record's word somewhere in the text
    GATES = {name: f"(?i:{PASSPORT_LABEL.pattern}|{STAY_RECORD.pattern})" for name in _LABELLED_ONLY}
    OWN_LABEL = PASSPORT_LABEL

    @staticmethod
    def opens(text: str) -> bool:
        """A text with no word of a passport that the recognizer still reads (detectors.detector):
        one holding a residence card's shape (a headerless record of both documents)."""
        return CARD_SHAPE.search(text) is not None

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results, headings, headers = [], {}, ColumnHeaders(text)
        for result in super().analyze(text, entities, nlp_artifacts, regex_flags):
            if is_example(text, result.start):
                continue
            label = fixed_width_label(text, result.start)
            # its own label: a fixed-width column's, a cell's, a row's or a column's (document_labels), or
            # one _by_labels read (its column's header, a row naming the passport: RECORD_SCORE)
            own = (label is not None and PASSPORT_LABEL.search(label) is not None) or result.score >= RECORD_SCORE \
                or own_label_near(text, result.start, headers, PASSPORT_LABEL)
            if result.analysis_explanation.pattern_name in _LABELLED_ONLY and not (
                    own or _passport_record(text, result, headings)
                    or headerless_stay_row(text, result.start, result.end, headings)):
                continue
            if own:
                result.score = max(result.score, RECORD_SCORE)
            elif result.score < RECORD_SCORE and (
                    (in_stay_record(text, result.start, result.end, headings)
                     and not labelled_elsewhere(text, result.start, headings, PASSPORT_LABEL))
                    or both_documents_in_row(text, result.start, result.end)):
                result.score = RECORD_SCORE
            results.append(result)
        series = in_series([text[r.start:r.end] for r in results], document_number)  # a pass's AQ100007, AQ100008…
        results = [r for position, r in enumerate(results) if position not in series]
        taken = {(r.start, r.end) for r in results}
        for start, end in mrz_numbers(text):
            if (start, end) not in taken:
                results.append(RecognizerResult(self.ENTITY, start, end, MRZ_SCORE, None, {
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        return results

    def _by_labels(self, text, results):
        """A generic document label (書類番号) in a row whose cell names the passport
        is its own (detectors.jp.document_kinds), at RECORD_SCORE."""
        return _KINDS.with_named(text, results, super()._by_labels(text, results), RECORD_SCORE)

    canonical = staticmethod(document_number)


def _passport_record(text: str, result, headings: dict[int, str]) -> bool:
    """Another country's shape (letters and digits, no bare digits) in a stay record that
    names the passport (a 旅券・在留カード一覧 whose column says only 番号)."""
    if result.analysis_explanation.pattern_name != "passport_written":
        return False
    record = record_around(text, result.start, result.end, headings)
    return (STAY_RECORD.search(record) is not None and PASSPORT_LABEL.search(record) is not None
            and not labelled_elsewhere(text, result.start, headings, PASSPORT_LABEL))
