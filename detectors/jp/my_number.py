"""個人番号 (My Number): 12 digits, check digit per 総務省令第85号 §5.

One number passing the check is weak evidence (1 in 11 random numbers does), so a
context word is needed; but a run of them that nearly all pass, as in a headerless
export (a 給与支払報告書 CSV for eLTAX), is not chance (11**-5 for five) — in a person's
filing's row only: a contract list's, a ledger's or a booking list's keys may be written to
pass as well (mynum12, keys16; detectors.jp.filing_rows). A number under
another number's label (患者ID, 受付番号, 証券番号: one in eleven passes the check) is
none, nor counts in a run; nor one whose own label or row is another record's
(受注, SKU, a row with 数量 and 単価: detectors.jp.number_records)."""

import re

from stdnum.jp import in_ as my_number

from detectors.entities import MY_NUMBER
from detectors.jp.base import NO_DIGIT_AFTER, NUMBER_START, JapanesePatternRecognizer
from detectors.jp.filing_rows import filing_row
from detectors.jp.number_labels import MY_NUMBER_LABEL, ColumnHeaders, table_heading
from detectors.jp.number_records import of_another_record
from detectors.jp.record_kinds import claims_row
from detectors.lines import line_bounds
from detectors.normalize import digits_only

RUN_OF_VALID = 5  # twelve-digit numbers in one text passing the check,
RUN_SHARE = 0.8  # of all its twelve-digit numbers (a typo in one row does not undo the run)
RUN_SCORE = 0.55
# a code's letters right before the digits (P-123456789012, ID123456789012): a My
# Number is written as digits alone
_LETTER_BEFORE = re.compile(r"[A-Za-z][-#]?$")


class MyNumberRecognizer(JapanesePatternRecognizer):
    ENTITY = MY_NUMBER
    PATTERNS = (
        ("my_number", NUMBER_START + r"[0-9]{3}[-. ]?[0-9]{4}[-. ]?[0-9]{4}" + NO_DIGIT_AFTER, 0.3),
        # a form's three boxes of four, one cell each (上4桁 | 中4桁 | 下4桁), or one cell wrapping them over
        # three lines, under its own label only (ids18)
        ("my_number_cells", NUMBER_START + r"[0-9]{3}([\t\n])[0-9]{4}\1[0-9]{4}(?![0-9])", 0.3),
    )
    LABELLED = {"my_number_cells": MY_NUMBER_LABEL.pattern}
    CONTEXT = (
        "マイナンバー", "個人番号", "共通番号", "マイナンバーカード", "個人番号カード",
        "通知カード", "my number", "mynumber", "myno", "個人no", "my_number", "my_no", "kojin_bango", "kojinbango", "kojin_no", "kojinno",
        # keys in English abbreviations and half-width kana (IndivNo, individual_number, ｺｼﾞﾝﾊﾞﾝｺﾞｳ; ids18)
        "indivno", "indiv_no", "indiv no", "indiv.no", "individual no", "individual_no", "individual number",
        "individualnumber", "individual_number", "コジンバンゴウ", "mynum",
    )
    NEGATIVE_CONTEXT = (
        "注文番号", "伝票番号", "受注番号", "発注番号", "管理番号", "会員番号", "請求番号",
        "商品コード", "JAN", "法人番号", "照会番号", "お問い合わせ番号", "追跡番号",
    )
    PREFILTER = r"[0-9]{4}[-. \t\n]?[0-9]{4}[-. \t\n]?[0-9]{4}"
    OWN_LABEL = MY_NUMBER_LABEL  # none under 患者ID, 受付番号, 証券番号 (detectors.jp.number_labels)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = [r for r in super().analyze(text, entities, nlp_artifacts, regex_flags)  # those passing the check
                   if not _LETTER_BEFORE.search(text, max(0, r.start - 2), r.start)]
        if results:
            columns, headings = ColumnHeaders(text), {}
            results = [r for r in results if not of_another_record(text, r.start, MY_NUMBER_LABEL, columns, headings)]
        if len(results) >= RUN_OF_VALID and len(results) >= RUN_SHARE * sum(1 for _ in self._compiled[0].finditer(text)):
            for result in results:  # a run decides in a filing's row only (a contract's or a booking's keys pass as well),
                row, row_end = line_bounds(text, result.start)  # not a claim's (its numbers are its keys)
                line = text[row:row_end]
                if filing_row(line) and not claims_row(line, table_heading(text, row, headings) if "\t" in line else ""):
                    result.score = max(result.score, RUN_SCORE)
        return results

    def best_score_without_context(self) -> float:
        return RUN_SCORE

    def is_valid(self, value: str) -> bool:
        digits = digits_only(value)  # ASCII digits: stdnum's is_valid would clean them again (most of its cost)
        return len(digits) == 12 and my_number.calc_check_digit(digits[:-1]) == digits[-1]
