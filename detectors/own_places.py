"""The contacts of a place a person's record points to (issue 12, contacts13).

- A place named right before the value, in its own cell or label: a transport's
  destination (行先：さとう整形外科 福岡県…), a referral's hospital, a trip's station.
  The words before the value end in a kind of facility (…病院, …外科, …センター, …駅,
  …ホーム, …保育園): the address or line is the facility's, not the person's.
- A headerless row (a host's placement or dispatch file: no header names its columns)
  giving a person, the person's mobile, and a landline after it with no one named
  between: a person's own record puts the home line before the mobile (自宅, 携帯), a
  kin's line follows the kin's name; a landline after the mobile is the line of the
  place the row sends the person to (a farm, a site, a school).
- A mobile number right after a facility's name, on a line that names a person before
  that name (a practicum or placement list: 学籍番号 氏名 実習先 連絡先, a PDF's row joined
  by spaces): the facility is where the person goes, the mobile is the person's. A
  facility's own line is a landline (issue 12, practicum16). pdfminer gives such a table
  in three layouts: a row joined by spaces (大森 健太 さくら保育園 090-…), each cell a
  paragraph of its own (the name, then the facility, then the number, blank lines between),
  or each column a box (連絡先 / 090-… / 080-…: a column of several mobiles under a neutral
  contact header, no one facility's).
"""

from __future__ import annotations

import re
from typing import Protocol

from detectors.entities import PHONE
from detectors.jp.phone import is_mobile
from detectors.lines import Lines, cell_bounds, cell_value
from detectors.normalize import digits_only

# kinds of facility a place's name ends in; not 所 or 院 alone (住所, 入院 end so too)
_FACILITY_KIND = (r"(?:病院|医院|助産院|治療院|鍼灸院|整体院|クリニック|診療所|歯科|外科|内科|小児科|眼科|皮膚科|耳鼻科|整骨院|接骨院|薬局|センター"
                  r"|ステーション|駅|駅前|ロータリー|ターミナル|空港|ホーム|保育園|幼稚園|こども園|学校|学園|高校|大学"
                  r"|施設|ホール|会館|公民館|体育館|図書館|市役所|区役所|役場|支所|事業所|営業所|工場|倉庫|本社|支店"
                  r"|神社|寺|教会|斎場|霊園|ホテル|旅館|店)")
_PLACE_BEFORE = re.compile(r"[一-龥ぁ-んァ-ヺー・A-Za-z0-9]{1,16}" + _FACILITY_KIND + r"[ 　]*(?:[(（][^)）]{0,12}[)）])?[ 　]*$")
# a person's own place said in the same words: 自宅, 実家, …様方, 本人
_OWN_HOME = re.compile(r"自宅|実家|様方|本人|住居|寮")
PLACE_REACH = 24  # characters before the value read as its place's name
_MOBILE = re.compile(r"(?:\+81[- ]?|0)[789]0[- ]?[0-9]{4}[- ]?[0-9]{4}")
_MOBILE_DIGITS = re.compile(r"0[789]0[0-9]{8}")
_LANDLINE = re.compile(r"(?:\+81[- ]?|0)(?![5789]0|120|800)[1-9][0-9()\- ]{7,12}[0-9]")


def place_named_before(text: str, line_start: int, value_start: int) -> bool:
    """The value's own cell or label names a facility right before it (see the module)."""
    cell_start = max(cell_bounds(text, value_start)[0], line_start, value_start - PLACE_REACH)
    before = cell_value(text[cell_start:value_start] + "x")[:-1]
    return _PLACE_BEFORE.search(before) is not None and _OWN_HOME.search(before) is None


def mobile_after_place(lines: Lines, line_start: int, value_start: int, value_end: int) -> bool:
    """A mobile number after a facility's name in its cell or on the line above, a person
    named before the name; or one of a column of mobiles (see the module)."""
    text = lines.text
    if not is_mobile(text[value_start:value_end], ip=False):
        return False
    cell_start = max(cell_bounds(text, value_start)[0], line_start)
    before_start = max(cell_start, value_start - _CELL_REACH)
    if text[before_start:value_start].strip():
        return _place_after_person(lines, before_start, value_start)
    above = _lines_above(text, line_start, 2, skip_blank=True)
    if above and _place_after_person(lines, *above[0]):
        return True  # a row broken before its number: 大森 健太 さくら保育園 / 090-…
    if len(above) == 2 and _PLACE_CELL.fullmatch(text, *above[0]) and not _DESK.search(text, *above[0]) \
            and lines.names_a_person(*above[1]):
        return True  # a row read cell by cell: 大森 健太 / さくら保育園 / 090-…
    return _in_a_column_of_mobiles(text, line_start)


# a facility's name as a cell: its kind word anywhere in it (訪問看護ステーションあおば), a word or two
# after (中央病院 3階東病棟)
_CELL_REACH = 40
_PLACE_CELL = re.compile(r"[^\s:：]{0,16}(?:" + _FACILITY_KIND + r"|病棟)[^\s:：]{0,10}(?:[ 　][^\s:：]{1,10}){0,2}[ 　]*")
_PLACE_AT_END = re.compile(_PLACE_CELL.pattern + "$")
# a desk's or a line's own label: the number is the facility's (代表, 受付), or said whose (携帯)
_DESK = re.compile(r"代表|本社|本部|受付|窓口|事務局|事務所|内線|直通|TEL|Tel|tel|電話|FAX|携帯|[(（]代[)）]")


def _place_after_person(lines: Lines, start: int, end: int) -> bool:
    """The text from start to end ends with a facility's name, a person named before it."""
    place = _PLACE_AT_END.search(lines.text, start, end)
    while place is not None and not lines.names_a_person(start, place.start()):
        place = _PLACE_AT_END.search(lines.text, place.start() + 1, end)  # 寺嶋 澄江 ひまわり保育園: 寺 is a kind too
    return place is not None and not _DESK.search(place.group()) and not _OWN_HOME.search(place.group())


_CONTACT_HEADER = re.compile(r"[ 　]*(?:連絡先|電話|電話番号|TEL|Tel|tel|携帯|携帯電話|携帯番号)[ 　]*")


def _in_a_column_of_mobiles(text: str, line_start: int) -> bool:
    """The line is one of a box of number lines under a neutral contact header, two mobiles at least."""
    box = _lines_above(text, line_start, 64, skip_blank=False)
    if not box or not _CONTACT_HEADER.fullmatch(text, *box[-1]):
        return False
    numbers = [text[s:e].strip() for s, e in box[:-1]]
    line_end = text.find("\n", line_start)
    below = text[line_end + 1:text.find("\n", line_end + 1)].strip() if line_end >= 0 else ""
    mobiles = sum(1 for n in numbers + [below] if _MOBILE_DIGITS.fullmatch(digits_only(n)))
    return mobiles >= 1 and all(_PHONE_LINE.fullmatch(n) for n in numbers)


_PHONE_LINE = re.compile(r"[0-9()\- ]{10,16}")


def _lines_above(text: str, line_start: int, count: int, skip_blank: bool) -> list[tuple[int, int]]:
    """(start, end) of up to count lines above, nearest first; blank lines skipped, or ending the run."""
    found, end = [], line_start - 1
    while end >= 0 and len(found) < count:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            found.append((start, end))
        elif not skip_blank:
            break
        end = start - 1
    return found


def landline_after_mobile(lines: Lines, start: int, end: int, value_start: int, value_end: int) -> bool:
    """A landline in a tabbed row naming a person, its cell and the cell of the person's
    mobile before it under no header (see the module)."""
    row = lines.text[start:end]
    if "\t" not in row or not _LANDLINE.fullmatch(lines.text, value_start, value_end):
        return False
    cells = lines.text[start:value_start].split("\t")
    if cells[-1].strip():
        return False  # a header names the value's column (勤務先TEL: …): that says whose it is
    offset, mobile_end = start, None
    for cell in cells[:-1]:
        if _MOBILE.fullmatch(cell.strip()):
            mobile_end = offset + len(cell)
        offset += len(cell) + 1
    # a person named between (緊急連絡先: 奥寺 慎也 | 042-…) owns the landline: a kin's, not a place's
    return mobile_end is not None and lines.names_a_person(start, end) \
        and not lines.names_a_person(mobile_end, value_start)


SEGMENT_GAPS = ("　", "\t", "  ")


def own_segment_end(text: str, line_end: int, value_end: int, next_start: int | None) -> int:
    """Where the value's own part of its line ends: at the last wide gap before the next
    value on the line (連絡先：090-…　健康管理室 0532-…: the unit labels the next value)."""
    if next_start is None or next_start >= line_end:
        return line_end
    gap = max(text.rfind(g, value_end, next_start) for g in SEGMENT_GAPS)
    return gap if gap >= 0 else line_end


class Value(Protocol):
    entity_type: str
    start: int
    end: int


def mobiles_sentence(text: str, line_start: int, line_end: int, value: Value) -> tuple[int, int]:
    """A mobile number's own sentence on its line (from line_start to line_end): a sentence before or after it
    (仕事は介護施設。来週は休み（090-…から連絡）, 勤務先は病院。携帯 080-…) says where its person works or goes,
    not whose the number is (people19); the line for any other value (a letterhead's 〇〇医院。TEL 03-…)."""
    if value.entity_type != PHONE:
        return line_start, line_end
    if not is_mobile(text[value.start:value.end], ip=False):  # +81 90 … too (cards20)
        stop = text.rfind("。", line_start, value.start)  # …but a said sentence before a landline is no name (contacts22):
        return (stop + 1 if stop > line_start and "ぁ" <= text[stop - 1] <= "ゖ" else line_start), line_end  # 就労先が見つからない。連絡は 092-…
    end = text.find("。", value.end, line_end)
    return max(line_start, text.rfind("。", line_start, value.start) + 1), line_end if end < 0 else end
