"""Kanji names listed with people (issue 12, wikilook2): prose lists people with a
middle dot or a dash between them (羽田孜・杉山憲夫・熊谷弘, 吉田茂-白洲-牛場信彦);
an item the dictionary does not tag as a name is a person too when at least two
other items of the same list were found as names. Lists of places or works
(東京・大阪・名古屋) hold no found name and are left alone.
"""

from __future__ import annotations

import bisect
import re

_KANJI = "\u4e00-\u9fff々"
_ITEM = f"[{_KANJI}ァ-ヶー]{{2,6}}"
_LIST = re.compile(f"(?<![{_KANJI}ァ-ヶー・-]){_ITEM}(?:[・\\-－]{_ITEM}){{2,}}")
_SEPARATOR = re.compile("[・\\-－]")
# not a department, an office or a body listed with its people (営業部・山田・佐藤)
_KANJI_ITEM = re.compile(f"[{_KANJI}]{{2,5}}(?<![部課室係局省庁会党社所校院団組県府市町村区国都])")
LISTED_WITH = 2  # found names an item must be listed with


def listed_with_people(text: str, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of kanji items of a list (see the module) that holds at least
    LISTED_WITH names among `names` (spans found in text, sorted by start)."""
    if "・" not in text and "-" not in text and "－" not in text:
        return []
    starts = [start for start, _ in names]
    found = []
    for match in _LIST.finditer(text):
        items, position = [], match.start()
        for part in _SEPARATOR.split(match.group()):
            items.append((position, position + len(part)))
            position += len(part) + 1
        known = [item for item in items if found_among(item, names, starts)]
        if len(known) >= LISTED_WITH:
            found += [(start, end) for start, end in items
                      if (start, end) not in known and _KANJI_ITEM.fullmatch(text, start, end)]
    return found


def found_among(item: tuple[int, int], names: list[tuple[int, int]], starts: list[int]) -> bool:
    i = bisect.bisect_right(starts, item[0]) - 1
    return i >= 0 and names[i][0] <= item[0] and names[i][1] >= item[1]
