"""Two more layouts of an organisation's own contacts (issue 12, own6).

- A sheet laid out as a letter: an invoice's or estimate's customer block in the
  left cells (近藤 里美 様 / 〒… / 住所 / TEL …) and the issuer's block in cells to
  its right (まごころ仕出し 本店 / 〒… / 住所 / TEL … FAX …), row by row. Each value
  belongs to the cells above it in its own column: the issuer's column names an
  organisation and no person, the customer's names the person addressed.
- A professional's signing line: the organisation first, then a title and the
  person (医療法人 柊クリニック　医師 濵田 颯　0834-42-0618), or a desk's clerk
  (担当　生活環境課　鈴木（…）), or a firm's clerk (管理会社担当 山田 太郎　連絡先 …):
  a landline there is the organisation's or the desk's;
  a mobile, or a number labelled 携帯, 直通 or 自宅, stays the person's.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Protocol

from detectors.contact_blocks import organisation_name_line
from detectors.legal_forms import ANY_LEGAL_FORM

COLUMN_REACH = 8  # cells up the value's column
_ORGANISATION = re.compile(ANY_LEGAL_FORM + r"|本社|本店|支店|営業所|事業所|事務所")
_ADDRESSED = re.compile(r"様|殿|御中")
_PERSONAL = re.compile(r"自宅|携帯|直通|緊急|氏名|お名前|本人|保護者|ご住所|現住所")
# an organisation, then a professional's title before a name, on one line
_SIGNING = re.compile(
    r"(?:法人|株式会社|有限会社|クリニック|医院|病院|診療所|歯科|薬局|学校|学園|事務所|センター|ステーション|協会|組合|寺|店)[^\t\n]{0,16}?"
    r"[ 　](?:医師|院長|副院長|担当医|主治医|担当者?|記入者|作成者|校長|教頭|園長|住職|所長|店長|支配人|事務長|薬剤師|理事長|看護師|保健師|相談員|支援員)"
    r"[ 　:：]")
# a desk's clerk: 担当 and the desk before the clerk's name (担当　生活環境課　鈴木（…）) (own8)
_DESK_CLERK = re.compile(r"担当者?[ 　:：]*[^\t\n]{0,16}?[課係室](?:[ 　]|$)")
# a firm's clerk: the firm's kind glued to 担当 (管理会社担当 山田 太郎　連絡先 047-…) (contacts13)
_FIRMS_CLERK = re.compile(r"(?:会社|店|事務所|組合|法人|センター)の?担当者?[ 　:：]")
_MOBILE = re.compile(r"\D*0[5789]0")


class Lines(Protocol):
    text: str
    column_cells: dict  # (line start, column) -> _ColumnCell, (line start, "header") -> bool: read once per text

    def bounds(self, position: int) -> tuple[int, int]: ...

    def names_a_person(self, start: int, end: int) -> bool: ...


class _ColumnCell(NamedTuple):
    """What column_owner needs of one cell (a sheet's every value walks up the same
    cells: a roster's phones would read each cell above up to COLUMN_REACH times)."""
    empty: bool
    text: str
    label: str  # its text before `: `
    personal: bool  # _PERSONAL: a person's own field
    person: bool  # a person named in it
    addressed: bool  # 様, 殿, 御中
    organisation: bool  # an organisation's name
    line_above: int | None  # the start of the line above; None at the text's start


def _cell(text: str, line_start: int, line_end: int, index: int) -> tuple[int, int] | None:
    """(start, end) of the index-th cell of a tabbed line, or None."""
    start = line_start
    for _ in range(index):
        tab = text.find("\t", start, line_end)
        if tab < 0:
            return None
        start = tab + 1
    tab = text.find("\t", start, line_end)
    return start, tab if tab >= 0 else line_end


def _column_cell(lines: Lines, line_start: int, index: int) -> _ColumnCell | None:
    """The index-th cell of the line at line_start, read once per text; None past its cells."""
    key = (line_start, index)
    if key not in lines.column_cells:
        line_end = lines.bounds(line_start)[1]
        cell = _cell(lines.text, line_start, line_end, index)
        if cell is None:
            lines.column_cells[key] = None
        else:
            text = lines.text[cell[0]:cell[1]]
            lines.column_cells[key] = _ColumnCell(
                cell[0] == cell[1], text, text.partition(": ")[0].strip(), _PERSONAL.search(text) is not None,
                lines.names_a_person(*cell), _ADDRESSED.search(text) is not None,
                bool(_ORGANISATION.search(text) or organisation_name_line(text)),
                lines.bounds(line_start - 1)[0] if line_start else None)
    return lines.column_cells[key]


def _a_header_row(lines: Lines, line_start: int) -> bool:
    """A row of several cells none of which is composed (`住所: …`): a header's, above rows whose cells are
    (asked once per line: every value of a roster's column walks up the same rows)."""
    key = (line_start, "header")
    if key not in lines.column_cells:
        line = lines.text[line_start:lines.bounds(line_start)[1]]
        lines.column_cells[key] = "\t" in line.strip("\t") and ": " not in line
    return lines.column_cells[key]


def column_owner(lines: Lines, start: int) -> str | None:
    """'organisation' or 'personal' for a value in a sheet laid out as a letter
    (see the module), by the cells above it in its column; None elsewhere."""
    line_start, line_end = lines.bounds(start)
    if "\t" not in lines.text[line_start:line_end]:
        return None  # not a sheet's row
    index = lines.text.count("\t", line_start, start)
    cells: list[_ColumnCell] = []
    position: int | None = line_start
    header = None
    for _ in range(COLUMN_REACH):
        cell = _column_cell(lines, position, index)
        if cell is None or cell.empty or cell.text.strip() == header:
            break  # a table's header row (電話番号 over `電話番号: 088-…`) ends the column's block
        if cells and ": " in cells[0].text and _a_header_row(lines, position):
            break  # …and so does a two-row header's lower row, its cells shifted under a group's title (国保組合 記号-番号)
        if cells and ": " in cells[0].text and ": " in cell.text and cell.label != header:
            break  # another field's cell: a row above left an empty cell out, shifting its cells (contacts22)
        if cell.personal:
            return None  # a person's own field in the column: nothing above can make it the organisation's
        header = header or cell.label
        cells.append(cell)
        position = cell.line_above
        if position is None:
            break
    if len(cells) < 2:
        return None
    people = any(cell.person for cell in cells)
    if people and any(cell.addressed for cell in cells):
        return "personal"
    if not people and any(cell.organisation for cell in cells[1:]):
        return "organisation"
    return None


def signed_for_organisation(lines: Lines, start: int, end: int, value_start: int) -> bool:
    """A landline after an organisation and a professional's title and name on one
    line (see the module)."""
    before = lines.text[start:value_start]
    if "\t" in before or _PERSONAL.search(before) or _MOBILE.match(lines.text, value_start, end):
        return False
    return any(pattern.search(before) for pattern in (_SIGNING, _DESK_CLERK, _FIRMS_CLERK))
