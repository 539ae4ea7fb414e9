"""A test's result alone in its column of a table printed to PDF and read back as rows joined
by spaces (practicum16): the header `学籍番号 氏名 実習先 連絡先 麻疹抗体 風疹抗体` and each row
`K-31 北条 七瀬 こだま保育園 090-3141-5926 陰性 済`. No tab tells the columns apart, and a name
or a number may take two or three words, so the row is read from its end: the header's last
words are the row's last words, one to one, as long as the result columns close the table
(they come last on such a list). A row's word under a column headed by an antibody, an antigen,
a tuberculosis test or a check-up's result (抗体検査, 風疹抗体価, HBs抗原, IGRA) that is a
result saying something of the body (陰性 or 低値 of an antibody; 陽性 of an antigen or a
tuberculosis test) is one finding. 済, 陽性 of an antibody (immune) and 異常なし are none.

The same table set with its rows close comes out a box a column (detectors.column_boxes): the
header's word alone on the box's first line, one row's cell a line below it, up to a blank line.
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.antibodies import CATEGORY, CUES, FOUND, LOW
from detectors.jp.sensitive.phrases import Cells, Phrase

_ANTIBODY_HEADER = re.compile(r"抗体")
_FOUND_HEADER = re.compile(r"抗原|IGRA|クォンティ|ツベルクリン|T-SPOT|HCV|HIV|梅毒")
_LOW, _FOUND = re.compile(LOW), re.compile(FOUND + "|判定保留")  # (a TB test's 判定保留 too)
_WORD = re.compile(r"[^ \u3000\n]+")
MIN_HEADER_WORDS = 3
ROWS_REACH = 80  # lines below the header read as its rows


def _result_columns(words: list[str]) -> dict[int, re.Pattern]:
    """{position from the end: the results that count} of a header's result columns."""
    columns = {}
    for back, word in enumerate(reversed(words), start=1):
        if _FOUND_HEADER.search(word):
            columns[back] = _FOUND
        elif _ANTIBODY_HEADER.search(word):
            columns[back] = _LOW
    return columns


class SpacedResults:
    """Results under a result column's header in rows joined by spaces."""

    def find(self, text: str, cells: Cells) -> list[Phrase]:
        if "\t" in text or CUES.search(text) is None:
            return []
        found, lines = [], text.split("\n")
        offset = 0
        starts = []
        for line in lines:
            starts.append(offset)
            offset += len(line) + 1
        for index, line in enumerate(lines):
            if CUES.search(line) is None:
                continue
            header = line.split()
            if len(header) == 1 and (box := _result_columns(header)):
                found += _column_box(lines, starts, index, box[1])
                continue
            columns = _result_columns(header) if len(header) >= MIN_HEADER_WORDS else {}
            if not columns or any(ch.isdigit() for ch in line):
                continue  # a row itself, or a line of prose: a header holds no number
            for row in range(index + 1, min(len(lines), index + 1 + ROWS_REACH)):
                words = list(_WORD.finditer(lines[row]))
                if len(words) < len(header):
                    continue  # a title, a note, a blank line between a PDF's rows
                for back, results in columns.items():
                    word = words[-back]
                    if results.fullmatch(word.group()):
                        found.append(Phrase(starts[row] + word.start(), starts[row] + word.end(), CATEGORY))
        return found


def _column_box(lines: list[str], starts: list[int], index: int, results: re.Pattern) -> list[Phrase]:
    """The results on the lines under a result column's header, up to the box's end (a blank line)."""
    found = []
    for row in range(index + 1, min(len(lines), index + 1 + ROWS_REACH)):
        value = lines[row].strip()
        if not value:
            break
        if results.fullmatch(value):
            start = starts[row] + lines[row].index(value)
            found.append(Phrase(start, start + len(value), CATEGORY))
    return found
