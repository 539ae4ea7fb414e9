"""雇用保険被保険者番号: `1234-567890-1`. The employer's 適用事業所番号 has the
same layout: its words mark a negative, and an employer's word nearer the number on
its line than an insured person's keeps it out (see own_numbers). Its own label (a
column's header, an English or romaji key, the cell above it in a form) makes it one;
another number's label (証券番号, 受付番号) does not. A sheet may split it in three
cells under one header (1234 | 567890 | 1)."""

import re

from detectors.entities import EMPLOYMENT_INSURANCE_NUMBER
from detectors.jp.base import (AFTER_HYPHENED_START, HYPHENED_END, HYPHENED_START, NO_DIGIT_AFTER, NUMBER_START,
                               OWN_COLUMN_SCORE, JapanesePatternRecognizer)
from detectors.jp.label_above import raised_under_form_label
from detectors.jp.insured_sections import INSURED_SECTION, in_another_section
from detectors.jp.insurance_rows import PAIRED, INSURED_SHAPE, in_rows_only, opens as paired_in_a_row
from detectors.jp.own_key import raised_by_own_key
from detectors.jp.own_numbers import employers_number, employers_row
from detectors.lines import line_bounds

# A person's former workplace before the number (前職の会社, 以前勤めていた会社で交付された…): the company
# is where the number was issued to them, not the employer whose 事業所番号 it is
_FORMER_WORKPLACE = re.compile(r"(?:前職|前の|以前の?|元の|旧|勤めて(?:い)?た|勤務して(?:い)?た|在籍して(?:い)?た|退職した)"
                               r"[^。\n\t]{0,6}(?:会社|事業所|勤務先|職場|法人)")
# The number's own labels, its context words in every key style: 雇用保険被保険者番号, 被保番号, 雇保番号,
# employment_insurance_no, KOYOU_NO, EI No. A key's label is read from its last words (…insurance_no): an
# English insurance key is taken as its own
INSURED_LABEL = re.compile(r"雇用|雇保|被保|employment|insurance|emp_?ins|koyou?|コヨウ|(?<![a-z])ei(?![a-z])", re.IGNORECASE)


class EmploymentInsuranceRecognizer(JapanesePatternRecognizer):
    ENTITY = EMPLOYMENT_INSURANCE_NUMBER
    PATTERNS = (("employment_insurance", f"(?:{HYPHENED_START}[0-9]{{3}}-[0-9]{{6}}-[0-9]{HYPHENED_END}"
                                         f"|{AFTER_HYPHENED_START}[0-9]{{3}}[- ]?[0-9]{{6}}[- ]?[0-9]{NO_DIGIT_AFTER})", 0.2),
                ("employment_insurance_cells", NUMBER_START + r"[0-9]{3}\t[0-9]{6}\t[0-9]" + NO_DIGIT_AFTER, 0.2),
                (PAIRED, INSURED_SHAPE.pattern, 0.2))  # in a person's insurance row only (insurance_rows)
    CONTEXT = ("雇用保険", "被保険者番号", "雇用保険被保険者証", "雇保", "被保番号", "ei no.", "ei number",
               "employment insurance", "employment_insurance", "employmentinsurance", "koyo_hoken", "koyou_hoken",
               "koyohoken", "koyo", "コヨウホケン")
    # keys that open the recognizer without raising a score (raised only as the number's own key: own_key)
    GATE_WORDS = ("ei_no", "ei-no", "emp_ins", "empins", "empl_ins")
    NEGATIVE_CONTEXT = ("事業所番号", "適用事業所")
    PREFILTER = r"[0-9]{4}"
    LABELLED = {"employment_insurance_cells": INSURED_LABEL.pattern}
    OWN_LABEL = INSURED_LABEL
    # a text of no word the recognizer still reads: a person's row of both insurance numbers (insurance_rows)
    opens = staticmethod(paired_in_a_row)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        results = raised_under_form_label(text, results, INSURED_LABEL, OWN_COLUMN_SCORE)
        results = raised_by_own_key(text, results, INSURED_LABEL, OWN_COLUMN_SCORE)
        results = in_rows_only(text, results, OWN_COLUMN_SCORE)
        return [r for r in results if not self._employers(text, r.start, r.end)
                and not in_another_section(text, r.start, INSURED_SECTION)]  # 【健康保険】被保険者番号

    @staticmethod
    def _employers(text: str, start: int, end: int) -> bool:
        if employers_row(text, start, end):
            return True
        line_start = max(line_bounds(text, start)[0], text.rfind("\t", 0, start) + 1)
        return employers_number(text, start, end) and not _FORMER_WORKPLACE.search(text, line_start, start)
