"""A person's social-insurance numbers side by side in one record (issue 12, numbers14).

A payroll or roster export writes each employee's 基礎年金番号 (1234-567890) and
雇用保険被保険者番号 (1234-567890-1) in one row, often with no header a reader keeps: a
headerless CSV, a roster printed to PDF whose header line no longer stands over its
columns. Each shape alone is weak (10 and 11 digits), but a row holding exactly one of
each, as their documents print them (4-6 and 4-6-1 with hyphens), among other fields,
is a person's insurance record: the two numbers say what each other is. A row naming an
employer (its 適用事業所番号 has the 4-6-1 shape) is no person's, nor one whose 4-6 number
opens with 0: a phone's (0120-123456, 0570-…), as a site's row beside its 事業所番号 has.
A headerless export may repeat its employer's 事業所番号 on every row: a 4-6-1 number the
rows above or below hold too is the employer's, the row's other one the person's.
An office that writes a blank in place of the hyphen (1234 567890, 1234 567890 1) writes
each number in a cell of its own: a whole cell of that shape counts as the hyphen's.
"""

from __future__ import annotations

import re

from detectors.jp.base import starts_after
from detectors.jp.number_labels import EMPLOYER_LABEL, table_heading
from detectors.lines import line_bounds

# each shape as its document prints it, whatever stands one space away
PENSION_SHAPE = re.compile(starts_after("[0-9]", "[0-9]", "-") + r"[0-9]{3}-[0-9]{6}(?![0-9]|-[0-9])")
INSURED_SHAPE = re.compile(starts_after("[0-9]", "[0-9]", "-") + r"[0-9]{3}-[0-9]{6}-[0-9](?![0-9]|-[0-9])")
# or a whole cell (a csv's, a sheet's) with a blank for each hyphen
_WHOLE_CELL = r"(?<![^\t,\n]){}(?![^\t,\n])"
PENSION_IN_ROW = re.compile(PENSION_SHAPE.pattern + "|" + _WHOLE_CELL.format(r"[0-9]{4} [0-9]{6}"))
INSURED_IN_ROW = re.compile(INSURED_SHAPE.pattern + "|" + _WHOLE_CELL.format(r"[0-9]{4} [0-9]{6} [0-9]"))
# or a whole cell of its digits alone, counted only where the row holds no number of the shape written
# out (nor an insured one but the employer's, repeated on the rows around); no mobile's or IP phone's 0X0
_BARE_PENSION = re.compile(_WHOLE_CELL.format(r"[0-9]{10}"))
_BARE_INSURED = re.compile(_WHOLE_CELL.format(r"(?!0[5-9]0)[0-9]{11}"))
_PAIRED_LINE = re.compile(r"[0-9]{4}[- ][0-9]{6}(?:[- ][0-9])?(?![0-9]).*?[0-9]{4}[- ]?[0-9]{6}"
                          r"|(?<![0-9])[0-9]{10,11}(?![0-9]).*?[0-9]{4}[- ][0-9]{6}")
_FIELD_BREAK = re.compile(r"\t|,|  | (?=[^ ])")
MIN_FIELDS = 4
# a header line's words of these numbers, in every key style (kiso_nenkin_no, KOYO_HOKEN, EI No.)
_INSURANCE_WORDS = re.compile(r"年金|雇用|雇保|被保|保険|pension|nenkin|koyo|hoken|insur|(?<![a-z])ei(?![a-z])", re.IGNORECASE)
# the name of the recognizers' pattern of each shape with a number one space away
PAIRED = "paired_in_row"


def opens(text: str) -> bool:
    """A line holding two numbers of these shapes: the recognizers read it without a word."""
    return _PAIRED_LINE.search(text) is not None


def in_insurance_row(text: str, start: int, end: int, headings: dict[int, str]) -> bool:
    """The number is its row's one pension-shaped and the row's other number is its one
    insured-shaped (or the reverse), in a row of other fields naming no employer, under
    no header line that names other columns (JOBNO KEIYAKU SERIAL: a contract's and a
    serial's numbers); headings: table_heading's answers, kept for the rows below."""
    row, row_end = line_bounds(text, start, end)
    line = text[row:row_end]
    if len(_FIELD_BREAK.split(line.strip())) < MIN_FIELDS or EMPLOYER_LABEL.search(line):
        return False
    header = table_heading(text, row, headings).rpartition("\n")[2]
    if len(_FIELD_BREAK.split(header.strip())) >= MIN_FIELDS - 1 and not _INSURANCE_WORDS.search(header):
        return False
    pensions = list(PENSION_IN_ROW.finditer(line)) or list(_BARE_PENSION.finditer(line))
    insureds = _persons_insured(text, row, row_end)
    if len(pensions) != 1 or len(insureds) != 1 or pensions[0].group().startswith("0"):
        return False
    return (row + pensions[0].start(), row + pensions[0].end()) == (start, end) or \
        (row + insureds[0].start(), row + insureds[0].end()) == (start, end)


def _persons_insured(text: str, row: int, row_end: int) -> list[re.Match]:
    """The row's insured-shaped numbers, written out, else its bare ones; of two or more,
    those the rows above or below do not hold (the employer's 事業所番号 is the same on
    every row, a person's is their own)."""
    line = text[row:row_end]
    shaped, bare = list(INSURED_IN_ROW.finditer(line)), list(_BARE_INSURED.finditer(line))
    if len(shaped) + len(bare) > 1:
        around = _rows_around(text, row, row_end)
        shaped, bare = ([m for m in found if m.group() not in around] for found in (shaped, bare))
    return shaped or bare


def in_rows_only(text: str, results: list, score: float) -> list:
    """Results standing in a person's insurance row raised to score; those of the
    paired patterns (PAIRED: a number with another right after one space, as a PDF's
    row prints them) kept only there."""
    kept, headings = [], {}
    for result in results:
        in_row = in_insurance_row(text, result.start, result.end, headings)
        if in_row:
            result.score = max(result.score, score)
        if in_row or result.analysis_explanation.pattern_name != PAIRED:
            kept.append(result)
    return kept


def _rows_around(text: str, row: int, row_end: int) -> str:
    """The rows right above and below a row."""
    above = text.rfind("\n", 0, max(0, row - 1)) + 1 if row > 0 else row
    below = text.find("\n", row_end + 1)
    return text[above:row] + text[row_end:below if below >= 0 else len(text)]
