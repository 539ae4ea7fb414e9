"""A headerless row of a manifest, a register of guests or a list of entrants: no person's
filing (issue 12, slips17).

A ferry's 乗船名簿, an inn's 宿泊者名簿, a race's entry list or a clinic's reception list
writes each person's age (34, 34歳, beside the sex: 34 | 男), as their forms ask; the forms
of 個人番号関係事務 (給与支払報告書, 源泉徴収票, 扶養控除等申告書, 資格取得届) ask the
birth date instead. So a row that gives an age and no date the age fits as a birth (the
year plus the age is a year a document is written in: 2025/12/13 beside 34 is the day of
the voyage) is no filing, and the numbers keying it (slips, tickets, receptions) are no
My Numbers however many pass the check. A trip's vessel or service in a row without a
birth date (はやと丸, 第八清風丸, フェリーさんふらわあ, JL123便, 第2便) says the same: a
crew's register or a payroll that names the ship beside a birth date stays a filing.
"""

from __future__ import annotations

import re

from detectors.jp.date_of_birth import parse
from detectors.jp.date_of_birth_aged import OLDEST, WRITTEN_FROM, WRITTEN_TO, YOUNGEST_UNITLESS

# an age with its unit (34歳, 満34才, 3 歳, ３４歳: int() reads full-width digits too)
_AGE = re.compile(r"(?:満[ 　]?)?([0-9０-９]{1,3})[ 　]?(?:歳|才)")
# a bare age (no leading zero: not a staff number's 034) counts beside the person's sex only
_BARE_AGE = re.compile(r"[1-9１-９][0-9０-９]{1,2}")
_SEX = re.compile(r"男|女|男性|女性|男子|女子|[MFＭＦ♂♀]|(?i:male|female)")
# a ship (はやと丸, あけぼの丸, 海王丸2号; not a castle's 三の丸 nor 日の丸), a ferry or a fast boat (ニューフェリーみなと),
# a flight's or a bus's service (JL123便, 第2便)
_TRIP = re.compile(r"[ぁ-ゖァ-ヺー一-龥々]{2,10}(?<![一二三四日]の)丸(?:[0-9０-９]{1,2}号)?"
                   r"|[ぁ-ゖァ-ヺー一-龥々]{0,10}(?:フェリー|高速船)[ぁ-ゖァ-ヺー一-龥々 　]{0,12}"
                   r"|(?:[A-Z]{2}[ 　]?|第)?[0-9０-９]{1,4}便")
# a date as a cell holds it whole (2025/12/13, 2025-3-21, 19790108, S55.4.1, 昭和55年4月1日): not a phone's digits
_DATE_CELL = re.compile(r"(?:18|19|20)[0-9]{2}(?:[年/.-][0-9]{1,2}[月/.-][0-9]{1,2}日?|[01][0-9][0-3][0-9])"
                        r"|(?:[MTSHR]|明治|大正|昭和|平成|令和)[. ]?(?:元|[0-9]{1,2})[年/.・-][0-9]{1,2}[月/.・-][0-9]{1,2}日?",
                        re.IGNORECASE)
_DATE_FIRST = frozenset("12MTSHRmtshr明大昭平令")  # a date cell's first character: the cheap gate before _DATE_CELL
# a date cell's start that makes it a birth where no age says otherwise: a year before 2020, an era before 令和
_OLD_DATE = re.compile(r"19|20[01]|[MTSH明大昭平]", re.IGNORECASE)


def manifest_row(cells: list[str]) -> bool:
    """A row (its non-empty cells, labels the reader composed taken off) with no birth date
    that gives the person's age, or a trip's vessel or service. A birth date: a date before
    2020 or in an era before 令和, or a later one the age fits (a child's)."""
    dates = [cell for cell in cells if cell[:1] in _DATE_FIRST and _DATE_CELL.fullmatch(cell)]
    if any(_OLD_DATE.match(date) for date in dates):
        return False
    age = _age(cells)
    if age is not None:
        return not any(_fits(date, age) for date in dates)
    return any(_TRIP.fullmatch(cell) for cell in cells if cell[-1] in "丸号便" or "フェリー" in cell or "高速船" in cell)


def _age(cells: list[str]) -> int | None:
    for index, cell in enumerate(cells):
        if len(cell) > 7:  # 満 110 歳 at the longest
            continue
        unit = _AGE.fullmatch(cell) if cell[-1] in "歳才" else None
        if unit and int(unit[1]) <= OLDEST:
            return int(unit[1])
        if cell.isdigit() and _BARE_AGE.fullmatch(cell) and YOUNGEST_UNITLESS <= int(cell) <= OLDEST \
                and _beside_sex(cells, index):
            return int(cell)
    return None


def _beside_sex(cells: list[str], index: int) -> bool:
    return any(0 <= other < len(cells) and _SEX.fullmatch(cells[other]) for other in (index - 1, index + 1))


def _fits(date: str, age: int) -> bool:
    """The age fits the date as a birth: the year plus the age is a year of writing."""
    day = parse(date)
    return day is not None and WRITTEN_FROM <= day.year + age <= WRITTEN_TO
