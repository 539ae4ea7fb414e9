"""Surnames alone where an office passes a paper round (issue 12, names18):
- a stamp row of a circular or a check sheet: each reader's surname, then the box their
  seal goes in (部長 □　課長 □　宮下 □　久保田 □, 宮下㊞ 片山㊞, 宮下 印); a line with two boxes at
  least, each word before a box a listed surname (部長, 課長 are no surname and stay out);
- a list parted by 、 or , that names people (配布先：工事部 片山、堀江、平松様, CC：宮下、久保田様):
  a listed surname among at least two items another tier found as names, or among one when
  every item of three or more is a listed surname (各位（宮下、大塚、久保田）). A list of places,
  goods or departments holds no found name and is left alone;
- a route a paper is passed along, its readers parted by arrows (回覧 山田→佐藤→鈴木, 供覧：部長 ⇒ 岡 ⇒ 堀,
  決裁ルート 課長＞宮下＞久保田; leftovers20): on a line that says the paper goes round or up (回覧, 供覧,
  回付, 決裁, 押印, 閲覧, 稟議, 順), every item a listed surname or a post — a route of places
  (千葉→福島) says no such word.
"""

from __future__ import annotations

import re

from detectors.jp.person_listed import found_among
from detectors.jp.person_names import NameLists

_BOXES = "□☐㊞印"  # ㊞ is 印 once the text is in NFKC
# a word of kanji, then the box its seal goes in (a blank between or not)
_STAMPED = re.compile(rf"([\u4e00-\u9fff々]{{2,4}})[ \u3000]*[{_BOXES}](?![\u4e00-\u9fff々])")  # not 印刷, 印鑑
MIN_BOXES = 2
# an item of a list parted by 、 or a comma: a word of kanji, maybe with an honorific after it
_ITEM = re.compile(r"([\u4e00-\u9fff々]{1,4})(?:様|さん|氏|殿|君)?")
_LIST = re.compile(r"[\u4e00-\u9fff々]{1,4}(?:様|さん|氏|殿|君)?(?:[、,，][ \u3000]?[\u4e00-\u9fff々]{1,4}(?:様|さん|氏|殿|君)?){2,}")
LISTED_WITH = 2
_KANJI_HONORIFICS = "様氏殿君"
_SEPARATORS = "、,，"


def stamped_surnames(text: str, lists: NameLists) -> list[tuple[int, int]]:
    """(start, end) of the listed surnames before a seal's box on a stamp row."""
    if not any(box in text for box in _BOXES):
        return []
    return [match.span(1) for start, end in _lines_with(text, _BOXES, MIN_BOXES)
            for match in _STAMPED.finditer(text, start, end) if match.group(1) in lists.surnames]


def surnames_listed_with_people(text: str, names: list[tuple[int, int]], lists: NameLists) -> list[tuple[int, int]]:
    """(start, end) of listed surnames in a 、-list holding LISTED_WITH names of `names`
    (spans found in text, sorted by start)."""
    if not any(separator in text for separator in _SEPARATORS):
        return []
    starts = [start for start, _ in names]
    spans = []
    for match in (m for start, end in _lines_with(text, _SEPARATORS, LISTED_WITH) for m in _LIST.finditer(text, start, end)):
        items = [_without_honorific(text, *item.span(1)) for item in _ITEM.finditer(text, match.start(), match.end())]
        known = [item for item in items if found_among(item, names, starts)]
        surnames = [(s, e) for s, e in items if (s, e) not in known and text[s:e] in lists.surnames]
        if len(known) >= LISTED_WITH or (known and len(items) >= 3 and len(known) + len(surnames) == len(items)):
            spans += surnames
    return spans


def _without_honorific(text: str, start: int, end: int) -> tuple[int, int]:
    """The item less a kanji honorific glued to it (桑田様: 桑田)."""
    return (start, end - 1) if end - start > 2 and text[end - 1] in _KANJI_HONORIFICS else (start, end)


def _lines_with(text: str, marks: str, least: int):
    """(start, end) of the lines holding `least` of the marks at least (the patterns open
    with any kanji: they are run on these lines only); only lines with a mark are visited."""
    line_end = -1
    for mark in re.finditer(f"[{marks}]", text):
        if mark.start() < line_end:
            continue  # a line already judged
        start = text.rfind("\n", 0, mark.start()) + 1
        line_end = text.find("\n", mark.start())
        line_end = len(text) if line_end < 0 else line_end
        if sum(text.count(m, start, line_end) for m in marks) >= least:
            yield start, line_end


_ARROWS = "→⇒➡➔＞>"
_CIRCULATION_WORDS = ("回覧", "供覧", "回付", "決裁", "押印", "閲覧", "稟議", "順")
_POSTS = frozenset({"部長", "課長", "係長", "室長", "所長", "局長", "次長", "主任", "主査", "班長", "課長補佐", "副部長",
                    "校長", "教頭", "院長", "園長", "会長", "副会長", "理事長", "事務局長", "担当", "担当者", "全員"})
_DESK_ENDS = frozenset("部課室係局所班科")
_ROUTE_FIRST = re.compile(r"[\u4e00-\u9fff々]{1,4}(?=[ \u3000]*$)")  # the word right before the first arrow


def circulated_surnames(text: str, lists: NameLists) -> list[tuple[int, int]]:
    """(start, end) of the listed surnames of a route parted by arrows on a circulation's line (see the module)."""
    if not any(arrow in text for arrow in _ARROWS):
        return []
    spans = []
    for start, end in _lines_with(text, _ARROWS, 1):
        if any(word in text[start:end] for word in _CIRCULATION_WORDS):
            items = _route_items(text, start, end)
            surnames = [(s, e) for s, e in items if text[s:e] in lists.surnames]
            if len(surnames) >= 2 and all(text[s:e] in lists.surnames or _a_post_or_desk(text[s:e]) for s, e in items):
                spans += surnames
    return spans


def _route_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The route's items, honorific off: the kanji word right before the first arrow, the one opening each part after."""
    parts, at = [], start
    for i in range(start, end + 1):
        if i == end or text[i] in _ARROWS:
            parts.append((at, i))
            at = i + 1
    first = _ROUTE_FIRST.search(text, parts[0][0], parts[0][1])
    items = [first.span()] if first else []
    for part_start, part_end in parts[1:]:
        part_start += len(text[part_start:part_end]) - len(text[part_start:part_end].lstrip(" \u3000"))
        word = _ITEM.match(text, part_start, part_end)
        if word:
            items.append(word.span(1))
    return [(s, e - 1) if e - s >= 2 and text[e - 1] in _KANJI_HONORIFICS else (s, e) for s, e in items]


def _a_post_or_desk(word: str) -> bool:
    """A route's item that is no person: a post (部長) or a desk the paper ends at (総務課, 庶務係)."""
    return word in _POSTS or (len(word) >= 2 and word[-1] in _DESK_ENDS)
