"""A check-up result read from its structure, whatever the item is called: a row of cells
(tab, comma or pipe separated) that holds a measured value and, in a cell of its own or
beside the value, the mark that puts it out of range — a flag (H, L, ↑, ↓, *) or a grade
(C, D2, 要再検査) — is one finding on the value. The row is a person's check-up when the
value is measured in a unit of a clinical test (mg/dL, U/L, mmHg, 万/μL …, in the row or
its column's header) or under or after a check-up item, or — with a flag or a judgement
word, never a bare letter — on a page that says it is a check-up (健診, 健康診断, 人間ドック):
a machine's inspection (0.82 MPa, C) or a water test is none.

A judgement told on a line after an item and its measured value (・血清鉄 31μg/dL 判定: 要再検査)
is one finding with them: the item and value are the information, the word is its grade.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from detectors.first_chars import finder_of, matches
from detectors.jp.sensitive.phrases import Phrase

CATEGORY = "健康診断結果"
ROW_CELLS = 3
_NUMBER = r"[0-9]+(?:\.[0-9]+)?"
_ARROW = r"[↑↓↗↘▲▼]"
# a concentration or a count per volume (mg/dL, μg/dL, ng/mL, mmol/L, 万/μL, /HPF), an
# activity (U/L, IU/L), a pressure, a clearance (mL/分/1.73㎡), a cell's volume (fL); a litre
# written L or l (mg/dl is as common as mg/dL). A percentage is a measure's unit but no evidence.
UNIT = (r"(?:[mμnpk]?g|m?mol|mEq|[mμ]?[Ll]|U|[mμ]?IU|万|千|個|cells?)/(?:[dmμ]?[Ll]|HPF|分(?:/1\.73 ?(?:m2|㎡))?)"
         r"|mmHg|m[Ll]/分(?:/1\.73 ?(?:m2|㎡))?|f[Ll]|pg|mm/(?:時|h|hr)")
_UNIT_ALONE = re.compile(rf"^\(?(?:{UNIT}|%)?\)?$")  # a unit's own cell, or the empty one of a measure with none
_UNIT_IN = re.compile(rf"(?:{UNIT})(?![A-Za-z])")
_FLAG = rf"(?:[HL]{{1,2}}\*?|{_ARROW}|\*{{1,2}}|\( *[HL] *\)|高値?|低値?)"
_VALUE = re.compile(rf"^(?P<before>{_ARROW})? *[<>≦≧]?(?P<number>{_NUMBER}(?:/{_NUMBER})?) *"
                    rf"(?P<unit>{UNIT}|%)? *(?P<after>{_FLAG})?$")
_TOLD = r"(?: +[一-龥ぁ-ん]{1,8}| *[(（][一-龥ぁ-ん]{1,8}[)）])?"  # a grade's words after it: C 要経過観察, D1(要治療)
_MARK = re.compile(rf"^(?:{_FLAG}|[C-E][0-9]?|要[一-龥]{{1,6}}|治療中|異常あり){_TOLD}$")
_GRADE = re.compile(rf"^(?:[C-E][0-9]?|要[一-龥]{{2,6}}|治療中){_TOLD}$")
# any flag or grade at all: a text or a row without one holds no value out of range
_SOME_MARK = re.compile(rf"{_ARROW}|\*|(?<![A-Za-z])[HLC-E][0-9]?(?![A-Za-z])|要[一-龥]|治療中|異常あり|高値|低値")
_SOME_MARK_FINDER = finder_of(_SOME_MARK)  # every text with a separator is searched: by its first characters
_CHECKUP = re.compile(r"健診|健康診断|検診|人間ドック|ドック|KENSHIN|KENSIN|健康管理")
_CODE = re.compile(r"^[A-Za-z]{0,2}[0-9\-/.]+$")  # a number, a date or an employee's code: no item
_SEPARATORS = ("\t", "|", ",")
# an extractor's `label: ` before a cell's value (HbA1c(%): 6.9); not lines.COMPOSED_HEADER: cells
# split at | and , too, and a label ending in a digit or a space (12: 30) is a value's own (lines10)
_COMPOSED = re.compile(r"^(?P<label>[^\t:|,\n]{0,29}[^\t:|,\n0-9 ]): (?=\S)")
# a judgement word told after a value on a line (判定: 要再検査, [要精密検査])
_TOLD_VALUE = re.compile(rf"(?P<item>[^\s\t|,:：・()（）\[\]]{{2,16}})[ 　.…:：]*(?P<value>{_ARROW}?[<>]?{_NUMBER}"
                         rf"(?:/{_NUMBER})? ?(?:{UNIT}|%))")


def _cells(line: str) -> tuple[list[tuple[int, int]], list[str]]:
    """The row's cells' (start, end) inside the line, stripped, and the label an extractor
    composed before each (`HbA1c(%): 6.9`; "" when none)."""
    separator = max(_SEPARATORS, key=line.count)
    if line.count(separator) < ROW_CELLS - 1:
        return [], []
    cells, labels, position = [], [], 0
    for part in line.split(separator):
        composed = _COMPOSED.match(part.strip())
        labels.append(composed.group("label") if composed else "")
        label = len(part) - len(part.lstrip()) + (composed.end() if composed else 0)
        stripped = part[label:].strip()
        left = position + label
        cells.append((left, left + len(stripped)))
        position += len(part) + 1
    return cells, labels


def measured_rows(text: str, is_item: Callable[[str], bool]) -> tuple[list[Phrase], list[tuple[int, int]]]:
    """A finding on each row's value that a flag or a grade puts out of range, and the
    spans of the mark cells those findings took; is_item tells a header cell that names a
    check-up item (its column's values are measures). Only the lines holding a flag or a
    grade are read, with the header above them."""
    if not any(s in text for s in _SEPARATORS):
        return [], []
    marked = sorted({text.rfind("\n", 0, m.start()) + 1 for m in matches(_SOME_MARK, _SOME_MARK_FINDER, text)})
    if not marked:
        return [], []
    checkup = _CHECKUP.search(text) is not None
    walked: dict[int, tuple[list[str], int]] = {}  # _header_above's walks so far
    found: list[Phrase] = []
    marks: list[tuple[int, int]] = []
    for start in marked:
        end = text.find("\n", start)
        line = text[start:len(text) if end < 0 else end]
        cells, labels = _cells(line)
        words = [line[s:e] for s, e in cells]
        if not cells or not any(_VALUE.match(w) for w in words):
            continue
        headers = labels if any(labels) else _header_above(text, start, walked)
        if is_item(next((w for w in words if w), "")):
            continue  # a result table's item row, read by detectors.jp.sensitive.results (前回, 基準値 …)
        header = (headers, _measures(headers, is_item))
        phrases, taken = _row_findings(start, words, cells, header, checkup, is_item)
        found += phrases
        marks += [(start + cells[i][0], start + cells[i][1]) for i in taken]
    return found, marks


def _header_above(text: str, start: int, walked: dict[int, tuple[list[str], int]], lines: int = 200) -> list[str]:
    """The cells of the nearest row above `start` that holds no value: the table's header
    ([] when a line of no cells comes first, or none within `lines`). walked: (header, lines
    up to it) from each row an earlier walk passed, so a table's rows walk up once."""
    passed, step, header = [], 0, None
    while header is None:
        if start in walked:
            header, left = walked[start]
            step += left
            break
        step += 1
        if start == 0:
            header = []
            break
        end = start - 1
        start = text.rfind("\n", 0, end) + 1
        cells, _labels = _cells(text[start:end])
        words = [text[start:end][s:e] for s, e in cells]
        if not cells or not any(_VALUE.match(w) for w in words):
            header = words  # [] for a line of no cells
        else:
            passed.append((start, step))
    walked.update({row: (header, step - at) for row, at in passed})
    return header if step <= lines else []


def _measures(headers: list[str], is_item: Callable[[str], bool]) -> dict[int, bool]:
    """Which columns a header (or composed labels) says hold measures: a unit, or a check-up item."""
    return {i: bool(_UNIT_IN.search(h)) or is_item(h) for i, h in enumerate(headers) if h}


def _row_findings(start: int, words: list[str], cells: list[tuple[int, int]],
                  header: tuple[list[str], dict[int, bool]], checkup: bool,
                  is_item: Callable[[str], bool]) -> tuple[list[Phrase], set[int]]:
    """Each measured value of the row with its mark (in its cell, or the mark cell after
    it), and a grade no value took: the person's overall judgement (総合判定 C); the
    indices of the mark cells taken."""
    headers, header_units = header
    out, taken = [], set()
    values = [(index, value, own) for index, word in enumerate(words) if (value := _VALUE.match(word))
              and ((own := _clinical(value, words, index, header_units, is_item)) or checkup)]
    for index, value, own in values:
        own_flag = value.group("before") or value.group("after")
        marked = None if own_flag else _next_mark(words, index, len(values) == 1)
        mark = own_flag or (words[marked] if marked is not None else None)
        if mark is None or (marked is not None and marked in taken) or (not own and _BARE_GRADE.match(mark)):
            continue  # a number on a check-up's page with a letter beside it may be a room (会場 C): no unit, no item
        if marked is not None:  # a row of one value: every mark cell after it judges it (*, 要精検)
            taken |= {marked} | ({i for i in range(marked, len(words)) if _MARK.match(words[i])}
                                 if len(values) == 1 else set())
        s, e = cells[index]
        item = headers[index] if index < len(headers) and header_units.get(index) else _item(words, index)
        item = item if item in headers or is_item(item) else ""  # never a person's name as the key
        out.append(Phrase(start + s, start + e, CATEGORY, f"{item}:{value.group('number')} {mark}"))
    for index, word in enumerate(words):
        if len(values) > 1 and index not in taken and _GRADE.match(word):  # one value's row: its grade
            s, e = cells[index]
            out.append(Phrase(start + s, start + e, CATEGORY))
    return out, taken


def _clinical(value: re.Match, words: list[str], index: int, header_units: dict[int, bool],
              is_item: Callable[[str], bool]) -> bool:
    """A clinical measure by its own evidence: its unit (in the cell, the next cell, or the
    column's header), or a check-up item named in the row before it (an export's row per item)."""
    if value.group("unit") not in (None, "%") or header_units.get(index) or is_item(_item(words, index)):
        return True
    following = words[index + 1] if index + 1 < len(words) else ""
    return bool(following) and bool(_UNIT_ALONE.match(following))


def _next_mark(words: list[str], index: int, alone: bool) -> int | None:
    """The index of the value's mark: the next cell, or the one after its unit's cell. In a
    row of several values (alone False) only a flag: a grade there is the row's overall judgement."""
    following = index + 1 + (index + 1 < len(words) and bool(_UNIT_ALONE.match(words[index + 1])))
    if following >= len(words) or not _MARK.match(words[following]):
        return None
    return following if alone or re.match(rf"^{_FLAG}$", words[following]) else None


def _item(words: list[str], index: int) -> str:
    """The nearest cell of words before the value: the item the row measures."""
    return next((w for w in reversed(words[:index]) if w and not _CODE.match(w)), "")


def with_measured_rows(text: str, found: list[Phrase], is_item: Callable[[str], bool]) -> list[Phrase]:
    """Rows' measured values out of range, in place of the findings of the same cells and of
    the mark cells they took (the grade is told with the value it judges)."""
    rows, marks = measured_rows(text, is_item)
    if not rows:
        return found
    spans = [(r.start, r.end) for r in rows] + marks
    return [p for p in found if not (p.category == CATEGORY and any(
        p.start < end and start < p.end for start, end in spans))] + rows


def judgements_with_values(text: str, found: list[Phrase]) -> list[Phrase]:
    """A judgement word after an item and its measured value on its line (γ-GTP 128 U/L
    [要再検査]) begins at the item: the value is what was judged."""
    out = []
    for phrase in found:
        line_start = text.rfind("\n", 0, phrase.start) + 1
        if phrase.category != CATEGORY or phrase.start == line_start or not _MARK.match(text[phrase.start:phrase.end]):
            out.append(phrase)
            continue
        told = list(_TOLD_VALUE.finditer(text, line_start, phrase.start))
        begins = told[-1].start() if told else phrase.start
        if not any(s in text[begins:phrase.start] for s in _SEPARATORS) and not any(
                p is not phrase and p.category == CATEGORY and begins <= p.start < phrase.start for p in found):
            phrase = phrase._replace(start=begins)  # one cell or one line of prose: not across a row's cells
        out.append(phrase)
    return out


_BARE_GRADE = re.compile(r"^[A-E][0-9]?$")


def grades_of_no_checkup(text: str, found: list[Phrase], has_item: Callable[[str], bool]) -> list[Phrase]:
    """A bare grade (C, D2) under a 判定 column is a check-up's only on a page that measures
    a person: a check-up's name, a clinical unit or a check-up item somewhere in it — a
    machine's inspection graded C is not — or an item's measure found under its key (an
    export's `"hba1c": 6.9`, `<ketsuatsu>`: the phrase's key names the item)."""
    if not any(p.category == CATEGORY and _BARE_GRADE.match(text[p.start:p.end]) for p in found):
        return found
    if _CHECKUP.search(text) or _UNIT_IN.search(text) or has_item(text) or any(p.key for p in found if p.category == CATEGORY):
        return found
    return [p for p in found if not (p.category == CATEGORY and _BARE_GRADE.match(text[p.start:p.end]))]
