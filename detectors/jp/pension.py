"""基礎年金番号: 10 digits `1234-567890` (office code + serial). No check digit;
10-digit landline numbers have the same length, so context is required: a context
word, the number's own label (a column's header, a JSON or XML key in English or
romaji, the cell above it in a form), never another number's (証券番号, 請求書番号).
A sheet may split it in two cells under one header (1234 | 567890)."""

import re

from detectors.entities import BASIC_PENSION_NUMBER
from detectors.jp.base import (AFTER_HYPHENED_START, HYPHENED_END, HYPHENED_START, NO_DIGIT_AFTER, NUMBER_START,
                               OWN_COLUMN_SCORE, JapanesePatternRecognizer)
from detectors.jp.label_above import raised_under_form_label
from detectors.jp.insured_sections import PENSION_SECTION, in_section
from detectors.jp.insurance_rows import PAIRED, PENSION_SHAPE, in_rows_only, opens as paired_in_a_row
from detectors.jp.own_key import raised_by_own_key

# the second cell's own label, when a sub-header names the parts (年金手帳 over 記号 | 番号)
PART_LABEL = r"(?:[^\t\n:：0-9]{1,16}: )?"
# The number's own labels: 基礎年金番号, 年金手帳番号, pension_no, nenkin_bango, ﾈﾝｷﾝ
PENSION_LABEL = re.compile(r"年金|pension|nenkin|ネンキン", re.IGNORECASE)


class BasicPensionNumberRecognizer(JapanesePatternRecognizer):
    ENTITY = BASIC_PENSION_NUMBER
    PATTERNS = (("pension", f"(?:{HYPHENED_START}[0-9]{{3}}-[0-9]{{6}}{HYPHENED_END}"
                            f"|{AFTER_HYPHENED_START}[0-9]{{3}} ?[0-9]{{6}}{NO_DIGIT_AFTER})", 0.2),
                # the two parts in two cells of one row, the first under the label (the second under its own)
                ("pension_cells", NUMBER_START + r"[0-9]{3}\t" + PART_LABEL + r"[0-9]{6}" + NO_DIGIT_AFTER, 0.2),
                # or over two lines of one cell (a table's narrow column wraps it: 1234 / 567890; ids18)
                ("pension_lines", NUMBER_START + r"[0-9]{3}\n[0-9]{6}" + NO_DIGIT_AFTER, 0.2),
                (PAIRED, PENSION_SHAPE.pattern, 0.2))  # in a person's insurance row only (insurance_rows)
    CONTEXT = ("基礎年金番号", "年金手帳", "年金番号", "厚生年金", "年金", "pension", "ネンキン", "nenkin")
    NEGATIVE_CONTEXT = ("電話", "tel", "fax", "照会番号", "注文番号")
    PREFILTER = r"[0-9]{4}"
    LABELLED = {"pension_cells": PENSION_LABEL.pattern, "pension_lines": PENSION_LABEL.pattern}
    OWN_LABEL = PENSION_LABEL
    # a text of no word the recognizer still reads: a person's row of both insurance numbers (insurance_rows)
    opens = staticmethod(paired_in_a_row)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        results = raised_under_form_label(text, results, PENSION_LABEL, OWN_COLUMN_SCORE)
        results = raised_by_own_key(text, results, PENSION_LABEL, OWN_COLUMN_SCORE)
        return in_rows_only(text, results, OWN_COLUMN_SCORE)

    def _by_labels(self, text, results):
        """And a number under the bare 被保険者番号 of a pension's section (【厚生年金保険】):
        another number's label to the base, its own there (detectors.jp.insured_sections)."""
        kept = super()._by_labels(text, results)
        mine = {id(r) for r in kept}
        sectioned = [r for r in results if id(r) not in mine and in_section(text, r.start, PENSION_SECTION)]
        for result in sectioned:
            result.score = max(result.score, OWN_COLUMN_SCORE)
        return kept + sectioned
