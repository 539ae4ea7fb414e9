"""A headerless row that is a person's filing, not a booking's or a contact list's (issue
12, keys16).

A run of twelve-digit numbers that all pass the My Number check decides only in a person's
filing (detectors.jp.my_number): a payroll, withholding or 扶養 export, whose rows hold
the person's birth date or address, as the forms of 個人番号関係事務 all do. A list of
bookings or contacts holds a name too, and its keys may be written to pass the check: its
row says what it is by a party's size or stay (2名, 大人2名, 2泊), a site, a room or a seat
(C区画, 101号室, サイト5, S席, 3列12番), or, with no birth date or address beside the name,
by a phone or a mail address to reach the customer at; a manifest's, a guest register's or
an entry list's by the person's age, or a ship's or a flight's name, and no birth date
(detectors.jp.manifest_rows, slips17); an order's or a member's by the payment card
the customer pays with (ids24: an order export without its header, its order numbers
passing the check). Such a row is no filing, and the law gives it no My Number to hold.
"""

from __future__ import annotations

import re

from detectors.columns.cards import CARD_COLUMN_LABEL, card_brand
from detectors.jp.manifest_rows import manifest_row
from detectors.jp.record_kinds import cells_of, is_address_cell, is_person_cell, persons_cells

# a party's size or stay (2名, 大人2名様, 大人2 小人1, 1泊2日, 3人・1台), a site, a room or a seat booked
# (C区画, 101号室, S席, 1階 3列12番)
_PARTY = r"(?:(?:大人|子供|小人|幼児|こども|おとな)[0-9０-９]{1,3}(?:名|人)?|[0-9０-９]{1,3}(?:名|人|泊|室|部屋|台))様?(?:[0-9０-９]{1,2}日)?"
_BOOKING_CELL = re.compile(
    rf"{_PARTY}(?:[ 　・,、/]{{1,2}}{_PARTY}){{0,3}}"
    r"|[A-Za-z0-9Ａ-Ｚ０-９]{1,4}(?:区画|号室|号棟|番?サイト|席|号車|番テーブル)"
    r"|(?:区画|サイト|客室|部屋|コテージ|バンガロー|テント|シート|座席)[ 　]?[A-Za-z0-9Ａ-Ｚ０-９]{1,4}"
    r"|(?:[0-9]{1,2}階[ 　]?)?[A-Za-z0-9]{0,3}列[0-9]{1,3}番")
# a phone to reach the person at (090-1234-5678, 080(1234)5678, (03)1234-5678: ten or eleven digits,
# not a staff number's 000123) or a mail address
_PHONE_CELL = re.compile(r"[(（]?0[0-9][0-9()（）\- ]{8,14}")
_MAIL_CELL = re.compile(r"[^@\s]{1,64}@[^@\s]{1,255}\.[A-Za-z]{2,}")
# a filing's fields the reader labelled (生年月日: …, 住所: …)
_ADDRESS_LABEL = re.compile(r"(?:^|\t)[^:\t]{0,12}(?:住所|所在地)[^:\t]{0,8}: ")
# an address that opens with its municipality (横浜市港北区日吉2-3-4): a town and a number
# (not a name's 中村 一郎: a kanji numeral counts before 丁目 or 番 only)
_TOWN = re.compile(r"[^\s0-9@]{1,8}?[市区町村郡][^\t@]*?(?:[0-9０-９]|[一二三四五六七八九十]+(?:丁目|番))")
_CARD_LABEL = CARD_COLUMN_LABEL + ": "
_CARD_SHAPE = re.compile(r"[0-9][0-9 -]{12,22}[0-9]")  # 14 to 19 digits, in its groups or not
_FILING_LABEL = re.compile(r"(?:^|\t)[^:\t]{0,12}(?:生年月日|住所)[^:\t]{0,8}: ")


def filing_row(line: str) -> bool:
    """A headerless row of a person's filing: a person's row (detectors.jp.record_kinds)
    with no booking's cell, and, where nothing beside the name is a birth date or an
    address, no contact's cell either."""
    cells = [cell for cell in cells_of(line) if cell]
    if not persons_cells(line, cells):
        return False
    if any(_BOOKING_CELL.fullmatch(cell) for cell in cells) or manifest_row(cells):
        return False  # a booking's, a passenger's or a guest's row (an age, a ship; no birth date)
    if any(_card_cell(cell) for cell in cells):
        return False  # a customer's payment: an order's or a member's row, never a filing's (ids24)
    if _members_row(line, cells):
        return False  # a shop's or a club's member, reached by mail: no filing's address (keys18b)
    if _FILING_LABEL.search(line) or any(map(is_person_cell, cells)):
        return True
    return not any(_contact_cell(cell) for cell in cells)


def _members_row(line: str, cells: list[str]) -> bool:
    """A member's or a customer's row: a mail address to reach him at and no address
    (a postal code alone at most; the forms of 個人番号関係事務 all hold the address and
    none a mail address): a point card's or a club's list keeps a birth date for its
    birthday offers, not for a filing."""
    if not any(_MAIL_CELL.fullmatch(cell) for cell in cells):
        return False
    return _ADDRESS_LABEL.search(line) is None and not any(is_address_cell(cell) or _TOWN.match(cell) for cell in cells)


def _card_cell(cell: str) -> bool:
    """A payment card's number: under the card column's label its table reader gave it, or
    one a brand issues (its prefix, its length and Luhn) in a cell of its own."""
    return cell.startswith(_CARD_LABEL) or (_CARD_SHAPE.fullmatch(cell) is not None and card_brand(cell) is not None)


def _contact_cell(cell: str) -> bool:
    if _PHONE_CELL.fullmatch(cell):
        return 10 <= sum(ch.isdigit() for ch in cell) <= 11
    return _MAIL_CELL.fullmatch(cell) is not None
