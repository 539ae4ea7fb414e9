"""An organisation's own roll: a union's dues list, a temple's 護持会費 list, exported
with semicolons and read as one cell a line, and the role cells of a union's list.

A semicolon export reaches the detector as lines of one cell (`1;佐藤 一郎;執行委員;3200`),
sometimes each after its title composed as a label. `as_cells` gives the same text with
those lines' semicolons as tabs and the composed title blanked, same length, so that
headers label their columns and cells are cells. In a union's own list (its title or a
heading names a union or its dues), a cell that is a union role alone (書記長, 分会長) is
the member's role; a union role or a union's name under a 組合 column is too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from detectors.jp.sensitive.lexicon import Lexicon, compile_pattern, words_regex
from detectors.jp.sensitive.phrases import Cells, Phrase

SEMICOLON_CELLS = 2  # a line of this many semicolons or more is a row of cells
_ROWS = 2  # and at least this many such lines make a semicolon export
# a union's own list: named by the union or by its dues (組合費, チェックオフ)
_UNION_LIST = re.compile(r"労働組合|労組|ユニオン|職員組合|組合費|チェックオフ|組合員名簿|組合役員")
_UNION_NAME = r"(?:労働組合|労働者組合|職員組合|教職員組合|従業員組合|労組|ユニオン)"
# roles the union's own list may write alone, besides the lexicon's (書記, 会計, 支部長 are in it)
_MORE_ROLES = ("書記", "会計", "女性部長", "青年部長", "支部書記長", "分会書記長", "副分会長", "職場委員長", "執行委員長")
# the level of the union a role sits at, written before it under a 組合 column (支部執行委員, 分会書記長) (sens18)
_LEVEL = r"(?:中央|本部|支部|分会|地区|地本|地協|単組|職場)?"


def as_cells(text: str, unread: Sequence[tuple[int, int]]) -> tuple[str, Sequence[tuple[int, int]]]:
    """The text with a semicolon export's rows as tab-separated cells (same length),
    and the unread spans with each new tab among them (a cell is between two)."""
    if text.count(";") < SEMICOLON_CELLS * _ROWS:
        return text, unread
    lines = text.split("\n")
    if sum(1 for line in lines if line.count(";") >= SEMICOLON_CELLS) < _ROWS:
        return text, unread
    label_ends = {end for _, end in unread}
    out, tabs, position = [], [], 0
    for line in lines:
        if line.count(";") >= SEMICOLON_CELLS:
            tabs += [position + i for i, ch in enumerate(line) if ch == ";"]
            line = _blank_title(line, position, label_ends).replace(";", "\t")
        out.append(line)
        position += len(line) + 1
    return "\n".join(out), sorted(list(unread) + [(tab, tab + 1) for tab in tabs])


def _blank_title(line: str, position: int, label_ends: set[int]) -> str:
    """A row without its quotes, and without its leading composed label (a title or the
    header line, composed before each row of one cell) as spaces."""
    line = line.replace('"', " ")
    colon = line.find(": ")
    if colon > 0 and position + colon + 2 in label_ends:
        return " " * (colon + 2) + line[colon + 2:]
    return line


_WORD_CELL = re.compile(r"^[^0-9]*[一-龥々ぁ-んァ-ヺ]{2}[^0-9]*$")


def _a_members_row(text: str, start: int, end: int) -> bool:
    """A row holding a word cell besides the role (a name, a workplace): a member's row,
    not a table of seats (執行委員長 | 1名 | 3月10日)."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    others = text[line_start:start].split("\t") + text[end:len(text) if line_end < 0 else line_end].split("\t")
    return any(_WORD_CELL.match(cell.strip()) for cell in others)


class RollMatcher:
    """Role cells of a union's own list, and roles or unions under a 組合 column."""

    def __init__(self, lexicon: Lexicon) -> None:
        roles = tuple(r for r in lexicon.union_roles if r not in ("組合員", "専従", "オルグ")) + _MORE_ROLES
        # a role in any cell of a row, the first too (役職 | 氏名 | 職場: 執行委員長 | 〇〇 | 製造課)
        self._role_cell = compile_pattern(rf"(?:^|\t)[ 　]*(?P<role>{words_regex(roles)})(?=[ 　]*(?:\t|\n|$))")
        self._roles = re.compile(rf"^{_LEVEL}(?:{words_regex(roles + ('組合員',))})$")
        # or the seat after the union's name, however the union is called (港湾労協の分会長) (sensitive17)
        self._named_seat = re.compile(rf"[^\t\n]{{2,16}}?(?:の| )(?:{words_regex(roles + ('組合員',))})$")
        # a union's name, a federation's, or a local's (〇〇支部, 〇〇分会)
        self._union = re.compile(rf"{_UNION_NAME}|^{words_regex(lexicon.unions)}|[一-龥ァ-ヺー](?:支部|分会)$")

    def find(self, text: str, cells: Cells) -> list[Phrase]:
        """Role cells of a union's own tab-separated list (a cell alone on its line is no row)."""
        if "\t" not in text or not _UNION_LIST.search(text):
            return []
        return [Phrase(*m.span("role"), "労働組合") for m in self._role_cell.finditer(text)
                if _a_members_row(text, m.start("role"), m.end("role"))]

    def counts(self, value: str) -> bool:
        """Whether a value under a 組合 column says the person's union or role in it."""
        return bool(self._roles.match(value) or self._union.search(value) or self._named_seat.match(value))
