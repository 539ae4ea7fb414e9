"""An organisation named beside its own contact in a roster or a note (issue 12, contact7).

- A roster's row for the organisation itself: the row of the venue under a guest list
  (会場 | ホテル潮見 | 〒… | 住所 | 電話), of the hall under a funeral's book, of the
  desk under a consultation log, of the office under a volunteers' list. Its name cell
  holds an organisation's name, or its first cell or name cell a venue's or a desk's
  role (会場, 窓口, 事務所, 斎場), and no person is named on the row — whatever the
  headers (お名前, ご住所) say of the other rows.
- A number followed by its organisation in brackets: ご相談：079-…（はくよう薬局）.
"""

from __future__ import annotations

import re

from detectors.contact_blocks import organisation_name_line
from detectors.jp.person_premises import a_facility_and_its_nickname
from detectors.legal_forms import ANY_LEGAL_FORM
from detectors.lines import Lines

# a roster's name column: the header before `: ` in an extracted row
_NAME_CELL = re.compile(r"(?:^|\t)(?:氏名|お?名前|ご?芳名|相談者|申込者|申請者|利用者|会員名?|顧客名?|お客様名?|招待客|来場者|"
                        r"参加者|宛名|name)[^\t:]{0,4}: ([^\t\n]*)", re.IGNORECASE)
_FIRST_CELL = re.compile(r"(?:[^\t\n:]{1,12}: )?([^\t\n]*)")
# where, not who: a venue's, a hall's, a desk's or an office's own row
_ROLE = re.compile(r"[（(【\[]?(?:会場|式場|斎場|窓口|受付窓口|事務所|事務局|本部|本社|支店|担当課|当院|当店|当社|当方|主催者?|運営)"
                   r"[）)】\]]?")
# a public office's desk: 延岡市 市民相談室, 県 福祉課
_OFFICE_DESK = re.compile(r"[^\t]{1,8}[都道府県市区町村][ 　]?[^\t 　]{1,10}(?:課|係|室|窓口|センター)")
_KANJI_ONLY = re.compile(r"[一-龥々]+")
_LEGAL_FORM = re.compile(ANY_LEGAL_FORM)
# an organisation in brackets right after a number: 079-…（はくよう薬局）
_BRACKETED_AFTER = re.compile(r"[ 　]?[（(]([^（）()\n\t]{2,30})[）)]")


def _an_organisation(value: str, read_as_a_person: bool) -> bool:
    """An organisation in a name cell. Its kind must end the value, with no word after a
    space: 薬師寺　修 and 小野寺 弘美 are a surname and a given name, not a temple's desk;
    and a value read as a person's name must have more than kanji (ホテル・ラ・ルーチェ,
    はくよう薬局; 小野寺 alone is a surname)."""
    value = value.strip()
    if not value:
        return False
    if _ROLE.fullmatch(value) or _OFFICE_DESK.fullmatch(value) or _LEGAL_FORM.search(value):
        return True
    if read_as_a_person and _KANJI_ONLY.fullmatch(value):
        return False
    return organisation_name_line(value) and (not re.search(r"[ 　]", value) or a_facility_and_its_nickname(value))


def organisations_own_row(lines: Lines, start: int, end: int) -> bool:
    """A tabbed row that names no person and holds an organisation in its name cell
    or a venue's or a desk's role in its first cell (see the module)."""
    row = lines.text[start:end]
    if "\t" not in row or lines.gives_a_birth_date(start, end):
        return False
    name = _NAME_CELL.search(row)
    if name is not None:
        # a hotel's name read as a person's (ホテル・ラ・ルーチェ) does not make the row a guest's
        cell_start, cell_end = start + name.start(1), start + name.end(1)
        if _an_organisation(name.group(1), lines.names_a_person(cell_start, cell_end)):
            return not lines.names_a_person(start, cell_start) and not lines.names_a_person(cell_end, end)
    first = _FIRST_CELL.match(row)
    return first is not None and _ROLE.fullmatch(first.group(1).strip()) is not None \
        and not lines.names_a_person(start, end)


def organisation_in_brackets_after(text: str, end: int) -> bool:
    """The organisation's name in brackets right after the value."""
    after = _BRACKETED_AFTER.match(text, end)
    return after is not None and organisation_name_line(after.group(1))
