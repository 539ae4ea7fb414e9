"""Foreign people's names that a role or a self-introduction says are people's (names14).

A visa application, a school's or a clinic's record names a person from abroad by a role
(申請人, 利用者, 受講者 …: person_roles.ROLE_LABEL) and then the name as the passport writes
it, in capitals (申請人 THAPA BIKASH), or in katakana whose parts a middle dot joins
(申請人 タパ・ビカスは…), often both (THAPA BIKASH（タパ・ビカス）). A mail's writer
introduces themself by it (お世話になっております。HIGA FERNANDA です。). Capitals or dotted
katakana alone are brands, firms and places as often; these are read only where the role
or the self-introduction stands right before or after them. Surnames of every country
count here, not only those person_romaji knows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.jp.person_roles import ROLE_LABEL

_CAPS = r"[A-Z][A-Z'-]{1,14}(?: [A-Z][A-Z'-]{1,14}){1,3}"
_DOTTED = r"[ァ-ヶ][ァ-ヶー]{1,9}(?:[・＝=][ァ-ヶ][ァ-ヶー]{1,9}){1,3}"
# what follows a name in a record or a sentence: its end, a bracket, a particle, an honorific
_AFTER = r"(?=[ \u3000]*(?:$|[\t\n\r（(、,。]|[はがのとをにへもや]|様|さん|氏|殿))"
_BY_ROLE = re.compile(rf"(?:{_CAPS}|{_DOTTED}){_AFTER}")
_ROLE_BEFORE = re.compile(f"(?:{ROLE_LABEL.pattern})$")
ROLE_REACH = 24  # a role label and a department after it (申請人 総務課 …)
# the reading in brackets right after a name in capitals: THAPA BIKASH（タパ・ビカス）
_READING = re.compile(rf"[ \u3000]*[（(]({_DOTTED}|[ァ-ヶ][ァ-ヶー]{{1,9}}(?:[ \u3000][ァ-ヶ][ァ-ヶー]{{1,9}}){{1,3}})[）)]")
# a writer's name said of themself at a sentence's start (…。HIGA FERNANDA です。)
_SELF = re.compile(rf"(?:^|(?<=[。\n]))[ \u3000]*({_CAPS})[ \u3000]*(?:です|と申します)", re.MULTILINE)
# words in capitals of a firm, a team or a place, never of a person
NOT_PERSON_WORDS = frozenset({"CO", "CORP", "INC", "LTD", "LLC", "JAPAN", "GROUP", "CENTER", "CENTRE", "OFFICE", "TEAM",
                          "SUPPORT", "SERVICE", "SERVICES", "DEPT", "DIVISION", "BANK", "UNIVERSITY", "SCHOOL", "CLINIC"})
_STORMS_AND_SUCH = re.compile(r"台風|タイフーン|ハリケーン|サイクロン|センター|サービス|システム|グループ")


def foreign_names(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of foreign names after a role label or said by their writer (see the module)."""
    for name in _BY_ROLE.finditer(text):  # the names first: rarer than a role's first characters
        if _persons(name.group()) and _ROLE_BEFORE.search(text, max(0, name.start() - ROLE_REACH), name.start()):
            yield name.span()
            reading = _READING.match(text, name.end())
            if reading and name.group()[0].isascii() and _persons(reading.group(1)):
                yield reading.span(1)
    for match in _SELF.finditer(text):
        if _persons(match.group(1)):
            yield match.span(1)


def _persons(name: str) -> bool:
    if name[0].isascii():
        return not any(word.strip("'-") in NOT_PERSON_WORDS for word in name.split(" "))
    return _STORMS_AND_SUCH.search(name) is None  # サービス・センター, ハリケーン・カトリーナ
