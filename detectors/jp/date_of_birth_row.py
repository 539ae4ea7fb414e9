"""A birth in a headerless export's row (a host's 利用者マスタ, a roster saved without its
header line): no label says which field is the birth, but the row says whose record it is,
a name's reading in katakana (ヤマダ タロウ, family and given name apart) in a field of its own, and a date alone in its
field (19880302, 1988/03/02, 昭和63年3月2日) is the person's birth when it is the row's
earliest date and the row's other dates (a registration, a last visit) come ten years or
more after it. A row whose fields were composed under a header (`入社日: …`) is the column
readers' (its header says what each date is), unless the header is itself a date (the
export's first row taken for a header); a date fewer than ten years back is no birth
of a roster's adult (a claim's patient may be a child); a column whose other rows hold Latin letters or digits (ﾉｰﾄ A5) names
goods, not people. A claims sheet (レセプト) writes the reading solid (ヤマダタロウ): read so in a row
that holds a patient's insurer's number and a diagnosis (detectors.jp.record_kinds.claims_row).
Only the date is reported."""

from __future__ import annotations

import datetime as dt
import re

from detectors.jp.date_of_birth import ANY_DATE, DateOfBirthRecognizer, parse
from detectors.jp.person_names import SOLID_READING
from detectors.jp.record_kinds import claims_row

_CELL_DATE = rf"(?:(?<![^\t\n])|(?<=: ))(?:(?:18|19|20)[0-9]{{6}}|{ANY_DATE})(?= *(?:\t|\n|\Z))"
_READING = re.compile(r"[ァ-ヺーｦ-ﾟ]{1,12} [ァ-ヺーｦ-ﾟ]{1,12}")  # family and given apart, half-width too
_LATIN_OR_DIGIT = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ0-9０-９]")
_DATE_FIELD = re.compile(rf"(?:(?:18|19|20)[0-9]{{6}}|{ANY_DATE}) *")
YOUNGEST, APART = 10, 10  # years: a birth this many years past at least, the row's other dates this many after it


def _readings(cells: list[str]) -> list[int]:
    """The indexes of the cells holding a name's reading: family and given apart, or, in a
    claim's row, solid."""
    values = [c.rpartition(": ")[2].strip() for c in cells]
    spaced = [i for i, v in enumerate(values) if _READING.fullmatch(v)]
    if spaced or not any(SOLID_READING.fullmatch(v) for v in values) or not claims_row("\t".join(values), ""):
        return spaced
    return [i for i, v in enumerate(values) if SOLID_READING.fullmatch(v)]


def _row_birth(cells: list[str], cell: int, readings: list[int]) -> bool:
    """Whether the date of the cell at index cell is the birth of the row of these cells
    (see the module's doc); readings: the indexes of its cells of readings."""
    header, _, value = cells[cell].rpartition(": ")
    if header and parse(header.strip()) is None:  # under a header that is a label (入社日: …): the column's
        return False
    values = [c.rpartition(": ")[2].strip() for c in cells]
    born = parse(value.strip())
    if born is None or not readings:
        return False
    if born.year > dt.date.today().year - YOUNGEST and not claims_row("\t".join(values), ""):
        return False  # a roster's adults were born years back; a claim's patient may be a child
    dates = [parse(v) for v in values if _DATE_FIELD.fullmatch(v)]
    return all(d is None or d == born or d.year - born.year >= APART for d in dates)


def _readings_column(rows: list[list[str]], width: int, index: int) -> bool:
    """Whether the column at index of the rows this many cells wide holds readings of names:
    no row's cell there has a Latin letter or a digit (a goods master's name column writes
    ﾉｰﾄ A5 beside ｲﾝｸ ｱｵ; a reading never does)."""
    return not any(_LATIN_OR_DIGIT.search(row[index].rpartition(": ")[2]) for row in rows if len(row) == width)


class HeaderlessRowDateOfBirthRecognizer(DateOfBirthRecognizer):
    PATTERNS = (("date_in_headerless_row", _CELL_DATE, 0.7),)
    NEGATIVE_CONTEXT = ()  # the row decides, not a word beside it
    PREFILTER = r"[ァ-ヺｦ-ﾟ] [ァ-ヺｦ-ﾟ]|[\t\n][ァ-ヶ]{4}"  # a reading, family and given name apart, or solid in a cell

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        kept, rows, columns = [], None, {}  # columns: (width, index) → holds readings, read once per text
        for result in super().analyze(text, entities, nlp_artifacts, regex_flags):
            row = text.rfind("\n", 0, result.start) + 1
            end = text.find("\n", result.end)
            cells = text[row:len(text) if end < 0 else end].split("\t")
            readings = _readings(cells)
            if not _row_birth(cells, text.count("\t", row, result.start), readings):
                continue
            rows = rows if rows is not None else [line.split("\t") for line in text.split("\n")]
            for i in readings:
                if (len(cells), i) not in columns:
                    columns[len(cells), i] = _readings_column(rows, len(cells), i)
            if any(columns[len(cells), i] for i in readings):
                kept.append(result)
        return kept
