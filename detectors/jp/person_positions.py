"""Names in a headerless table's column, by what most of its cells hold (issue 12, names12).

A host export without a header (a fixed-width 共済 member file, a 全銀 transfer file, a
headerless CSV) reaches the recognizer as tab-separated rows whose cells have no header.
The rows of one block with as many cells each are one table: a column whose cells
mostly hold a name the other tiers found (a reading of the lists, a Korean or Chinese
name in capitals) is a column of names, and its other cells are read as a person
column's cells (person_columns.names_in_cell: no company, department, number or common
word) — the rare surname's reading, a Myanmar or a Filipino name in capitals. In a
block whose rows are people's records (a birth in each: 生年月日: composed by the reader
from the export's layout, or a bare date of eight digits; or a payee's account after its
bank's and branch's codes, bank_rows), a column of katakana readings or of capitals is a
column of names when most of its cells read as names by themselves, found or not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.jp.bank_rows import account_by_row
from detectors.jp.person_columns import MIN_CELLS, NameJudge, found_inside, names_column, names_in_cell
from detectors.lines import field_spans

_COMPOSED = ": "  # a cell the reader gave a header (生年月日: …) is read by its header, not here
_LEAST_CELLS = 3  # a row of fewer cells is no table's
# a birth: composed 生年月日 by the reader, or a bare date of an adult's birth year (19500110; not a
# recent date of a product's or a transaction's record)
_BIRTH = re.compile(r"(?:^|\t)(?:生年月日: |(?:19[2-9][0-9]|200[0-9])(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])(?=\t|$))",
                    re.MULTILINE)
# a name as a host writes it: a reading in katakana, or capitals (a payee of a transfer file)
_READING = re.compile(r"[ァ-ヶーｦ-ﾟ]+(?:[ \u3000][ァ-ヶーｦ-ﾟ]+)*|[A-Z]+(?: [A-Z]+)+")
_ACCOUNT = re.compile(r"[0-9]{6,7}")
_TAB = re.compile("\t")
# a field's slash or bar (not a date's 2025/07/31 nor a fraction's 1/2); spaces around it are the field's edge
_PARTS = re.compile(r" *(?:\||(?<![0-9])/|/(?![0-9])) *")


def _rows(text: str) -> Iterator[list[tuple[int, int]]]:
    """(start, end) of each cell of each tab-separated line, blank cells included; a line of
    text whose fields a full-width slash or bar parts (宇野　芙美子／090-…／普通 …／1990.5.21: a
    roster typed as text, people24) is a row too."""
    position = 0
    for line in text.split("\n"):
        if line.rstrip("\t").count("\t") >= _LEAST_CELLS - 1:  # a row's closing tab, or none on the last row
            yield field_spans(line.rstrip("\t"), _TAB, position)
        elif ("/" in line or "|" in line) and len(parted := _parted(line, position)) >= _LEAST_CELLS:
            yield parted
        else:
            yield []
        position += len(line) + 1


def _parted(line: str, position: int) -> list[tuple[int, int]]:
    """(start, end) of the fields a slash or a bar parts (the text is normalised: ／ is /), not
    a date's slashes (1990/5/21) nor a line's closing one."""
    return field_spans(line.rstrip("/| "), _PARTS, position)


def _blocks(text: str) -> Iterator[list[list[tuple[int, int]]]]:
    """Runs of consecutive rows with as many cells each."""
    block: list[list[tuple[int, int]]] = []
    for row in _rows(text):
        if block and (not row or len(row) != len(block[0])):
            yield block
            block = []
        if row:
            block.append(row)
    if block:
        yield block


def positional_names(text: str, found: list[tuple[int, int]], judge: NameJudge) -> list[tuple[int, int]]:
    """(start, end) of the names in the headerless columns of names; found: sorted spans of
    the names the other tiers found."""
    starts = [s for s, _ in found]
    results = []
    for block in _blocks(text):
        if len(block) < MIN_CELLS:
            continue
        for column in range(len(block[0])):
            spans = [row[column] for row in block if row[column][1] > row[column][0]
                     and _COMPOSED not in text[row[column][0]:row[column][1]]]
            inside = [found_inside(found, starts, start, end) for start, end in spans]
            if len(spans) < MIN_CELLS:
                continue
            if not names_column(inside) and not (all(_READING.fullmatch(text, start, end) for start, end in spans)
                                                 and _people_rows(text, block)):
                continue  # cheap tests first: the cells are read only in a column that may hold names
            read = [names_in_cell(text, start, end, judge, names) for (start, end), names in zip(spans, inside)]
            if names_column(inside) or names_column(read):
                results += [span for names in read for span in names]
    return results


def _people_rows(text: str, block: list[list[tuple[int, int]]]) -> bool:
    """Most rows of the block hold a birth or a payee's account (bank_rows): people's records."""
    people = sum(_BIRTH.search(text, row[0][0], row[-1][1]) is not None or _an_account_row(text, row) for row in block)
    return people * 2 >= len(block)


def _an_account_row(text: str, row: list[tuple[int, int]]) -> bool:
    cells = [text[start:end] for start, end in row]
    return any(_ACCOUNT.fullmatch(cell) and account_by_row(cells, index) for index, cell in enumerate(cells))
