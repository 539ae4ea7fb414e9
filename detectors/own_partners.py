"""A partner organisation's row in a list of organisations (issue 12, own9).

A 取引先一覧, a 協力会社 連絡先 or a list of public offices gives each organisation a
row: its name (a legal form, a public office, or a kind of body ends it), the section
to contact (営業部, 施設課, 子育て支援課, 求人窓口) and the section's line and mailbox.
The row's 部署 or 担当 cell holds a section, not a person's department: with no person
named on the row, its contacts are the organisation's. A staff list (氏名 | 部署 |
内線) names a person on each row and stays personal.

A roster's own row for the organisation keeping it may name the organisation by a unit
in its first cell (研究室 | 03-… | 〒… | 住所, 総務課 | …) or by its office in the cell
right before the value (寄付金振込先 | … | 事務所 | 〒… 住所): with no person named on
the row, the value is the organisation's, whatever the column's header says.

A label right before a value may name whose it is: a front desk's (受付, フロント) or a
body's by its kind (菩提寺連絡先, 保育園TEL) on a line naming no person.
"""

from __future__ import annotations

import re

from detectors.contact_blocks import organisation_name_line
from detectors.legal_forms import ANY_LEGAL_FORM
from detectors.lines import COMPOSED_HEADER, Lines

# a front desk's label right before the value: 受付, 総合受付, フロント, reception (own8)
# …or an office's desk by its function: 教務, 学務, 総務, 庶務, 事務局 (全体連絡は教務 03-… まで) (owncontacts17)
_FRONT_DESK = r"(?:受付|フロント|[Ff]ront [Dd]esk|[Rr]eception|教務|学務|総務|庶務|事務局|事務室)(?:窓口|電話|TEL|Tel)?"
# a label naming the body whose contact follows by its kind's last character (菩提寺連絡先,
# かかりつけ医院電話, 保育園TEL, 管轄警察署 連絡先)
_BODY_BY_KIND = r"[一-龥ぁ-んァ-ヺ]{1,8}(?:寺|院|園|校|署|局|館|店|協会|組合)(?:の)?[ 　]?(?:連絡先|電話番号?|TEL|Tel|ＴＥＬ|所在地)"
_DESK_OR_BODY = re.compile(rf"(?:{_FRONT_DESK}|{_BODY_BY_KIND})[ 　:：]*$")
LABEL_REACH = 20
# a cell's header before `: ` in an extracted row, and its value
_CELL = re.compile(r"(?:^|\t)([^\t\n:]{1,16}): ([^\t\n]*)")
# a section's cell: its header says so, its value ends in a unit's mark
_SECTION_HEADER = re.compile(r"担当部署|部署名?|担当課|担当窓口|窓口|担当|課名|所属|section|dept|department", re.IGNORECASE)
_SECTION = re.compile(r"[一-龥ァ-ヺー]{1,12}(?:部|課|係|室|局|窓口|センター|グループ|チーム)")
# the organisation's own name: a legal form, a public office, a body of a known kind
_OFFICE = re.compile(ANY_LEGAL_FORM + r"|(?:役所|役場|庁|署|事務所|会議所|協会|組合|機構|公社|大学|病院)$")
# a person's own field on the row: the row is a person's, whatever else it names
_PERSONAL_FIELD = re.compile(r"氏名|お名前|名前|担当者|生年月日|自宅|携帯|個人|様")
# a unit of an organisation alone in a cell: 研究室, 総務課, 医局, 事務所, 管理センター; or a firm
# by its role, a roster's contractor (管理会社, 警備会社, 保守業者, 委託先) (numbers17b)
_UNIT = re.compile(r"[一-龥]{2,8}(?:室|課|係|局|事務所|センター)|事務所|事務局|本部|医局|[一-龥]{1,6}(?:会社|業者)|委託先")
_CELL_VALUE = re.compile(COMPOSED_HEADER + r"([^\t\n]*)")


def partners_row(lines: Lines, start: int, end: int) -> bool:
    """A tabbed row of an organisation (its name in a cell) and its section (a 部署
    cell), naming no person (see the module)."""
    row = lines.text[start:end]
    if "\t" not in row or _PERSONAL_FIELD.search(row) or lines.names_a_person(start, end):
        return False
    cells = [(header.strip(), value.strip()) for header, value in _CELL.findall(row)]
    section = any(_SECTION_HEADER.fullmatch(header) and _SECTION.fullmatch(value) for header, value in cells)
    named = any(value and (_OFFICE.search(value) or organisation_name_line(value)) for _, value in cells)
    return section and named


def units_own_row(lines: Lines, start: int, end: int, value_start: int) -> bool:
    """A tabbed row naming no person whose first cell, or the cell right before the
    value's, is an organisation's unit alone (see the module)."""
    row = lines.text[start:end]
    if "\t" not in row or lines.names_a_person(start, end):
        return False
    first = _CELL_VALUE.match(row)
    if first and _UNIT.fullmatch(first.group(1).strip()):
        return True
    cell_start = lines.text.rfind("\t", start, value_start)
    if cell_start < 0:
        return False
    previous_start = lines.text.rfind("\t", start, cell_start) + 1 or start
    previous = _CELL_VALUE.match(lines.text, previous_start, cell_start)
    return previous is not None and _UNIT.fullmatch(previous.group(1).strip()) is not None


def desk_or_body_label(text: str, line_start: int, position: int) -> bool:
    """A front desk's label or one naming a body by its kind (see above) right before position."""
    return _DESK_OR_BODY.search(text, max(line_start, position - LABEL_REACH), position) is not None
