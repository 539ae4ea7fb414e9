"""Where a named person lives, said at the level of a municipality (places23).

A club's results (・森本 健太（長野県松本市）優勝), a recital's programme (二人の名前 ＆ …（群馬県高崎市）),
a deed's witness (証人 松岡 大輔（岐阜県大垣市）), a newsletter's line (佐々木さん（秋田県大館市在住）)
or prose (大館市在住の佐々木 正人さん) tie a municipality to a person: their address, coarse but
theirs, as 住所：栃木県小山市 under a label already is. A place of no one stays out: a venue or a
branch (会場 市民会館（松本市）, 湊川支部（八代市）), a birthplace (高知県高知市出身), a town that
could be a street's (（大手町）: without a prefecture only a 市 or a 区 is read), and 在住 said of
no one named (松本市在住の方は無料).
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from detectors.entities import ADDRESS

SCORE = 0.6
_PREFECTURE = r"(?:北海道|東京都|京都府|大阪府|[一-龥]{2,3}県)"
_CHAR = r"[^\s、。，,()（）0-9\tはがのをにでともへや]"  # no particle: a sentence's words do not run into the place
_MUNICIPALITY = rf"{_CHAR}{{1,8}}?(?:市|区|郡{_CHAR}{{1,6}}?[町村])(?:{_CHAR}{{1,5}}?区)?"
_TOWN_OR_VILLAGE = rf"{_CHAR}{{1,6}}?[町村]"
# in brackets after a name: the place, 在住 or nothing, then a note (、委任者の長女) or the bracket's end
_BRACKETED = re.compile(rf"[（(](?P<place>{_PREFECTURE}(?:{_MUNICIPALITY}|{_TOWN_OR_VILLAGE})|{_MUNICIPALITY})"
                        r"(?:在住|在)?(?:[、,，・;；][^）)\n]{0,24})?[）)]")
# in prose: the place right before 在住 (…市在住の森本さん, 森本さんは…市在住), sought back from each 在住
_BEFORE_ZAIJU = re.compile(rf"(?:{_PREFECTURE}(?:{_MUNICIPALITY}|{_TOWN_OR_VILLAGE})|{_MUNICIPALITY})$")
_A_PREFECTURE = re.compile(_PREFECTURE)
PLACE_REACH = 20  # characters before 在住 where its place stands

_HONORIFIC = r"(?:さん|様|さま|氏|君|くん|ちゃん|先生)"
# a name closing right before the bracket: family and given name spaced, or any name with its honorific
_NAME_BEFORE = re.compile(rf"(?:[一-龥々ヶ]{{1,4}}[ 　][一-龥々ぁ-んァ-ヶー]{{1,5}}|[一-龥々ぁ-んァ-ヶー・]{{2,10}}{_HONORIFIC}"
                          rf"|[ァ-ヶー]{{2,8}}[・ 　][ァ-ヶー]{{2,8}}){_HONORIFIC}?$")
# a name of a place or a body, not a person's given name (市民 会館, 湊川 支部)
_NO_GIVEN_NAME = re.compile(r"(?:館|場|駅|店|園|院|校|寺|社|署|庁|部|局|課|所|会|室|団|組|センター|ホール|クラブ)"
                            rf"{_HONORIFIC}?$")
# the word before the name says what follows is a place, not a person (会場 市民会館（…）)
_PLACE_LABEL = re.compile(r"(?:会場|場所|開催地|開催場所|集合|所在地|本部|支部|事務局|出身|生まれ|出生地)[:：]?[ 　]*\S*$")
NAME_REACH = 24  # characters before the bracket where the name stands
PERSON_REACH = 30  # characters either side of 在住 where its person is named


def _named_before(text: str, at: int) -> bool:
    line = text.rfind("\n", 0, at) + 1
    before = text[max(line, at - NAME_REACH, text.rfind("\t", 0, at) + 1):at]
    name = _NAME_BEFORE.search(before)
    return (name is not None and _NO_GIVEN_NAME.search(name.group()) is None
            and _PLACE_LABEL.search(before[:name.start()] + name.group()) is None)


_A_PERSON = re.compile(rf"[一-龥々ぁ-んァ-ヶー]{{1,6}}{_HONORIFIC}|[一-龥々]{{1,4}}[ 　][一-龥々ぁ-んァ-ヶー]{{1,5}}")


def _person_near(text: str, start: int, end: int) -> bool:
    line, stop = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    stop = len(text) if stop < 0 else stop
    around = text[max(line, start - PERSON_REACH):start] + "\n" + text[end:min(stop, end + PERSON_REACH)]
    return _A_PERSON.search(around) is not None


def residences(text: str) -> list[RecognizerResult]:
    """Each municipality said to be where a named person lives, as an ADDRESS finding."""
    spans = []
    if "（" in text or "(" in text:
        spans += [m.span("place") for m in _BRACKETED.finditer(text) if _named_before(text, m.start())]
    at = text.find("在住")
    while at >= 0:
        window = max(0, at - PLACE_REACH)
        place = _BEFORE_ZAIJU.search(text, window, at)
        if place is not None and _person_near(text, place.start(), at + 2):
            prefecture = _A_PREFECTURE.search(text, place.start(), at)  # さん長野県…: the place starts at 長野県
            spans.append((prefecture.start() if prefecture else place.start(), at))
        at = text.find("在住", at + 2)
    return [RecognizerResult(ADDRESS, start, end, SCORE,
                             recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: "AddressRecognizer"})
            for start, end in sorted(set(spans))]
