"""Tables whose labels were not composed before their cells: a sheet whose header
the extractor did not take for one (発生日 | 被災者 | 傷病名 …, under a title row),
and a form of two cells a row (有所見項目 | 拡張期血圧 104mmHg). Their rows reach the
detector as tab-separated lines; a header line of label words gives each later
row's cells their label, and a row of a label cell and one value cell labels
the value. Composed rows (`label: value`) are read by detectors.jp.sensitive.fields.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from detectors.jp.sensitive.lexicon import FieldLabel

Labeller = Callable[[str], "tuple[str, FieldLabel] | None"]
HEADER_CELL = 20  # a header's cells are words, not sentences
_COMPOSED = re.compile(r"[^\t:\n]{1,30}: (?=[^\t\n])")
_NOT_A_HEADER_CELL = re.compile(r"^[0-9０-９\-/.,:%()]+$")


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each tab-separated cell's value on the line [start, end),
    stripped and after a composed `label: ` if one leads it."""
    cells, position = [], start
    while position <= end:
        stop = text.find("\t", position, end)
        stop = end if stop < 0 else stop
        composed = _COMPOSED.match(text, position, stop)
        left = composed.end() if composed else position
        value = text[left:stop]
        left += len(value) - len(value.lstrip())
        cells.append((left, left + len(value.strip())))
        position = stop + 1
    return cells


def _lines(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        yield start, end
        start = end + 1


def labelled_cells(text: str, label_of: Labeller) -> Iterator[tuple[str, FieldLabel, int, int]]:
    """(label word, its meaning, value start, value end) of the cells that a header
    line or a label cell labels, in lines of tab-separated cells not composed."""
    if "\t" not in text:
        return
    columns: dict[int, tuple[str, FieldLabel]] = {}
    width, header_composed, above = 0, False, ""
    for start, end in _lines(text):
        line = text[start:end]
        cells = _cells(text, start, end) if "\t" in line else []
        filled = [c for c in cells if c[0] < c[1]]
        composed = bool(_COMPOSED.search(line))
        # a composed line is a header when the extractor took a title row above it for one (健康管理: 服用中の薬);
        # not when its composed labels are 要配慮 labels themselves: those are the header (health22), nor
        # when they are the full header line just above it: a row of values, whatever words its cells hold
        header = {} if composed and (columns or _under_its_header(line, above)) else _header(text, cells, label_of)
        above = line if not composed else above
        if header and (_a_value_row(header, columns, text, cells, width)
                       or (composed and _labels_composed(line, label_of))):
            header = {}
        if header:
            columns, width, header_composed = header, len(cells), composed
        elif columns and (not composed or header_composed) and abs(len(cells) - width) <= 1:
            for index, (label_word, field) in columns.items():
                if index < len(cells) and cells[index][0] < cells[index][1]:
                    yield label_word, field, *cells[index]
        else:
            columns = {}
            yield from _label_and_value(text, filled, label_of)


def _under_its_header(line: str, above: str) -> bool:
    """Whether every cell of a composed line is composed after its own column's word of the
    header line above, all of whose cells are filled (相談者 | 内容 | 対応 above 内容: 〜の教会員):
    the header is given, and a value holding a label word (教会員, 出自) heads no column. A row
    of groups above a header (社員情報 | | 健康管理) leaves cells blank: its composed line may be the header."""
    words = [word.strip() for word in above.rstrip("\t").split("\t")]
    if len(words) < 2 or not all(words):
        return False
    labels = [cell.partition(": ")[0].strip() for cell in line.rstrip("\t").split("\t") if cell.strip()]
    return len(labels) >= 2 and all(label in words for label in labels) and len(set(labels)) == len(labels)


def _labels_composed(line: str, label_of: Labeller) -> bool:
    """Whether a label composed before a cell of the line is a 要配慮 label (既往歴・持病: 〜): the
    line is a row of values (one may hold a label word: HbA1c 7.4%), its header already read."""
    for cell in line.split("\t"):  # string operations: a regex without a fixed first letter tries every position
        label, composed, _ = cell.partition(": ")
        if composed and len(label) <= 30 and label_of(label.strip()):
            return True
    return False


def _label_and_value(text: str, filled: list[tuple[int, int]], label_of: Labeller):
    """A form's row of two cells, label | value (composed or not: an extractor may
    take a form's first row for a header and compose its words before each row)."""
    if len(filled) == 2 and filled[0][1] - filled[0][0] <= HEADER_CELL:
        labelled = label_of(text[filled[0][0]:filled[0][1]])
        if labelled:
            yield *labelled, *filled[1]


def _a_value_row(header: dict, columns: dict, text: str, cells: list[tuple[int, int]], width: int) -> bool:
    """A row of the table under a header whose cell holds a label word of its own column's
    category (東西運輸労働組合 本社支部 under 所属組合): a value, not a second header."""
    return len(cells) == width and any(
        index in columns and columns[index][1].category == field.category
        and text[cells[index][0]:cells[index][1]] != columns[index][0] for index, (_, field) in header.items())


def _header(text: str, cells: list[tuple[int, int]], label_of: Labeller) -> dict[int, tuple[str, FieldLabel]]:
    """The labelled columns of a header line: three cells or more, all short words,
    one at least a 要配慮 label; {} when the line is not one."""
    words = [text[s:e] for s, e in cells]
    if _a_labelled_row(text, cells, words):
        return {}
    if sum(1 for word in words if word) < 3 or any(
            len(word) > HEADER_CELL or _NOT_A_HEADER_CELL.match(word) for word in words if word):
        return {}
    return {index: labelled for index, word in enumerate(words) if word and (labelled := label_of(word))}


def _a_labelled_row(text: str, cells: list[tuple[int, int]], words: list[str]) -> bool:
    """A form's row whose label cell is composed again before each value (本籍 | 本籍: 静岡県 | 本籍: 同左, a
    form of one column a person, satooya21): its label's row, not a header over the rows below."""
    label = words[0] if words else ""
    return bool(label) and any(text.endswith(f"{label}: ", 0, start) for start, _ in cells[1:])
