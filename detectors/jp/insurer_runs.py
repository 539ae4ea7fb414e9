"""A column of insurers' numbers in a table of people with no header (issue 12, receipt16).

A claims sheet (レセプト) saved without its header reaches the detector as tab rows: each
patient's row holds the 保険者番号 of the patient's insurance, 8 digits whose first two are a
health insurance's 法別番号 and whose last is a check digit (国保: 6, a prefecture's code
first). One such cell is any code's one time in sixty; a column of them, nearly every 8- or
6-digit cell of the column passing, in rows that name a person (a name, a birth), is the
patients' insurers, as a header 保険者番号 would have said. (Text tables' columns are typed
before: detectors.columns.insurance.)"""

from __future__ import annotations

import re
from collections import defaultdict

from detectors.columns.insurance import HEALTH_LAW_CODES, is_insurers_number
from detectors.jp.record_kinds import claims_row, persons_row
from detectors.lines import line_bounds

RUN = 4  # insurers' numbers in one column
SHARE = 0.9  # of the column's whole cells of 8 or 6 digits
RUN_SCORE = 0.55
# a whole cell opening with a health insurance's 法別番号 (or a prefecture's code: 国保), as the first
# characters tell before any check
_OPENING = re.compile(rf"[\t\n](?:(?:{'|'.join(sorted(HEALTH_LAW_CODES))})[0-9]{{6}}|(?:[0-3][0-9]|4[0-7])[0-9]{{4}})(?=[\t\n]|$)")
_WHOLE_CELL = re.compile(r"(?:[0-9]{8}|[0-9]{6})")
_PATTERNS = ("insurer_8", "insurer_6")


def opens(text: str) -> bool:
    """A cell of a table that may be an insurer's number: the recognizer reads the text without a word."""
    return "\t" in text and _OPENING.search(text) is not None


def _column(text: str, start: int, end: int) -> int | None:
    """The column of a whole tab cell [start, end), or None when the value is part of a cell."""
    row, row_end = line_bounds(text, start, end)
    if (start > row and text[start - 1] != "\t") or (end < row_end and text[end] != "\t"):
        return None
    return text.count("\t", row, start)


def _share_passing(text: str, column: int) -> float:
    """Of the column's whole cells of 8 or 6 digits, the share that are insurers' numbers."""
    cells = [cells[column] for line in text.split("\n") if len(cells := line.split("\t")) > column]
    shaped = [cell for cell in cells if _WHOLE_CELL.fullmatch(cell)]
    return sum(map(is_insurers_number, shaped)) / len(shaped) if shaped else 0.0


def with_insurer_runs(text: str, results: list) -> list:
    """Results, the insurers' numbers of a column of them in persons' rows raised to RUN_SCORE."""
    by_column = defaultdict(list)
    for result in results:
        explanation = result.analysis_explanation
        if explanation is None or explanation.pattern_name not in _PATTERNS or result.score >= RUN_SCORE:
            continue
        if is_insurers_number(text[result.start:result.end]):
            column = _column(text, result.start, result.end)
            if column is not None:
                by_column[column].append(result)
    for column, found in by_column.items():
        if len(found) < RUN or _share_passing(text, column) < SHARE:
            continue
        for result in found:  # a person's row, or a claim's (a diagnosis beside the number: a patient's, a child's too)
            line = text[slice(*line_bounds(text, result.start, result.end))]
            if persons_row(line) or claims_row(line, ""):
                result.score = RUN_SCORE
    return results
