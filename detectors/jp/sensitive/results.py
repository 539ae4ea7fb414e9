"""A check-up's result table, one row an item (検査項目 | 今回 | 前回 | 基準値 | H/L | 判定):
one finding per item that is out of range, on this time's value, whatever cell says
so — a flag after the value (158 H) or in a cell of its own (H, ↑, *), a grade of
B to E or a judgement word in the row, or the value outside the row's reference
range (基準値 10〜30). A value in range with no mark is a normal value and nothing
is reported; the reference range, the unit and last time's value never are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from detectors.jp.sensitive.columns import _cells, _lines
from detectors.jp.sensitive.lexicon import FieldLabel
from detectors.jp.sensitive.measured import UNIT
from detectors.jp.sensitive.phrases import Phrase

CATEGORY = "健康診断結果"
ROW_CELLS = 3  # an item, its value and one more cell: a table's row, not a form's `item | value`
_NUMBER = r"[0-9]+(?:\.[0-9]+)?"
# the value, its unit in the same cell (a form's `血圧 | 156/94 mmHg | H`), a flag after it
_VALUE = re.compile(rf"^[<>≦≧]?(?P<number>{_NUMBER})(?:/{_NUMBER})? *(?:{UNIT}|%)? *(?P<flag>[HL]{{1,2}}|[↑↓*]|\( *[HL] *\))?$"
                    r"|^\(? *(?:[0-9]?\++|陽性) *\)?$")
_FLAG = re.compile(r"^(?:[HL]{1,2}\*?|[↑↓*]|高|低|\( *[HL] *\))$")
_GRADE = re.compile(r"^(?:[B-E][0-9]?|要[一-龥]{1,6}|治療中|経過観察)(?: *[一-龥]{0,8})?$")
_RANGE = re.compile(rf"^(?P<low>{_NUMBER})? *(?:[-~〜～]|以上|以下|未満) *(?P<high>{_NUMBER})?(?: *(?:以下|未満))?$")
_EARLIER = re.compile(r"(?:前回|前年度?|前々回|昨年度?|過去)(?:値|結果|の値)?(?:: )?$|^(?:前回|前年度?|前々回|昨年度?)")
_WORDS = re.compile(r"[一-龥ァ-ヺ]{2}")
_NOTHING = re.compile(r"なし|無し|認めず|正常|陰性|^\(?-\)?$|異常(?:を)?認め")
Labeller = Callable[[str], "tuple[str, FieldLabel] | None"]


def _out_of_range(number: float, reference: str) -> bool:
    """Whether number lies outside a reference written 10〜30, 〜129, 40〜, 130未満, 40以上."""
    found = _RANGE.match(reference.replace(" ", ""))
    if not found or not (found.group("low") or found.group("high")):
        return False
    low, high = found.group("low"), found.group("high")
    if "以上" in reference and not high:
        return number < float(low)
    if ("未満" in reference or "以下" in reference) and not high:
        return number > float(low)
    return (low is not None and number < float(low)) or (high is not None and number > float(high))


def item_rows(text: str, label_of: Labeller) -> Iterator[tuple[int, int, Phrase | None]]:
    """(row start, row end, the item's finding or None) of every row of a result table."""
    if "\t" not in text:
        return
    earlier: set[int] = set()  # the columns of last time's values, from the header line
    in_table = False  # the row above was an item's: a row whose mark cell is empty (or cut off) is one too
    for start, end in _lines(text):
        if "\t" not in text[start:end]:
            continue
        cells = _cells(text, start, end)
        filled = [cell for cell in cells if cell[0] < cell[1]]
        item = text[filled[0][0]:filled[0][1]] if filled else ""
        labelled = label_of(item) if len(filled) >= ROW_CELLS - in_table else None
        if not labelled or labelled[1].kind != "item":
            if len(filled) >= ROW_CELLS:
                earlier = {i for i, (s, e) in enumerate(cells) if _EARLIER.match(text, s, e)}
            in_table = False
            continue
        in_table = True
        this_time = [(s, e) for i, (s, e) in enumerate(cells) if s < e and i not in earlier
                     and not _EARLIER.search(text, max(start, s - 8), s)]  # composed `前回: 98`
        yield start, end, _finding(text, item, [cell for cell in this_time if cell != filled[0]])


def _finding(text: str, item: str, cells: list[tuple[int, int]]) -> Phrase | None:
    """The item's value (this time's: the first) with the mark that puts it out of range."""
    values = [(s, e, m) for s, e in cells if (m := _VALUE.match(text[s:e]))]
    if not values:
        return _told_finding(text, item, cells)
    start, end, value = values[0]
    words = [text[s:e] for s, e in cells if (s, e) != (start, end)]
    mark = value.group("flag") or next((w for w in words if _FLAG.match(w) or _GRADE.match(w)), None)
    if mark is None and value.group("number"):
        number = float(value.group("number"))
        mark = "範囲外" if any(_out_of_range(number, w) for w in words) else None
    if mark is None and not value.group("number"):
        mark = "陽性"  # a qualitative result (+, 2+, 陽性) is the finding itself
    if mark is None:
        return None
    said = "".join(text[start:end].split())
    return Phrase(start, end, CATEGORY, f"{item}:{said}" if value.group("flag") else f"{item}:{said} {mark}")


def _told_finding(text: str, item: str, cells: list[tuple[int, int]]) -> Phrase | None:
    """A finding in words (心電図 | 洞性徐脈 | B) given a grade or a flag in the row."""
    words = [(s, e, text[s:e]) for s, e in cells]
    mark = next((w for _, _, w in words if _FLAG.match(w) or _GRADE.match(w)), None)
    told = next(((s, e, w) for s, e, w in words if not (_FLAG.match(w) or _GRADE.match(w) or _RANGE.match(w))
                 and _WORDS.search(w) and not _NOTHING.search(w)), None)
    if mark is None or told is None:
        return None
    return Phrase(told[0], told[1], CATEGORY, f"{item}:{''.join(told[2].split())} {mark}")


def _line_start(text: str, position: int) -> int:
    return text.rfind("\n", 0, position) + 1


def followed_from_checkup(text: str, found: list[Phrase], labelled: list[Phrase]) -> list[Phrase]:
    """A treatment or a disease told in a table row whose check-up columns (総合判定,
    就業区分, 医師の意見 …) hold a result is what followed from the check-up (降圧薬の服用を
    開始 in a follow-up sheet's 備考): 健康診断結果, not 病歴. A labelled 病歴 cell (既往歴) stays."""
    rows = {_line_start(text, p.start) for p in labelled
            if p.category == CATEGORY and "\t" in text[_line_start(text, p.start):p.start]}
    if not rows:
        return found
    return [p._replace(category=CATEGORY) if p.category == "病歴" and p not in labelled
            and _line_start(text, p.start) in rows else p for p in found]


_BRACKET_BEFORE = re.compile(r"^ *[(（] *(?:[A-E][0-9]?)? *$")


def judgements_after_values(text: str, found: list[Phrase]) -> list[Phrase]:
    """A grade's words in brackets after a check-up value (AST 102 U/L（E 治療中）) are the
    value's judgement, not a disease or a treatment of their own: one finding with it."""
    results = [p for p in found if p.category == CATEGORY]
    if not results:
        return found
    out = list(found)
    for phrase in found:
        if phrase.category != "病歴" or not _GRADE.match(text[phrase.start:phrase.end]):
            continue
        value = next((r for r in results if r.end <= phrase.start
                      and _BRACKET_BEFORE.match(text[r.end:phrase.start])), None)
        if value is not None and value in out:
            out.remove(phrase)
            out[out.index(value)] = value._replace(end=phrase.end + (text[phrase.end:phrase.end + 1] in ")）"))
    return out
