"""Values of a notice's place and contact lines read like names (issue 12, misc19):

- the value of a place's label (会場：, 開催場所：, 集合場所：, 最寄り：, 行き先：) is a place, a hall
  or a shop, whatever it is called (会場：結城紬 — a weave, a shop; 最寄り：門脇坂から — a slope
  read as the surname 脇坂 inside a longer word): no name found inside it is a person's;
- a contact label after a name, a space between (担当：脇坂　問合せ 03-…, 田中　連絡先 …), is the
  next field of the line, never a given name: the name ends before it.

A person's own label on the line (担当：, 講師：) stands between a place label and the name, so
the name is not read as the place's value.
"""

from __future__ import annotations

import re

# a place's label, then its value up to the name: no space, no separator, no other label between
_PLACE_VALUE = re.compile(r"(?:会場|会場名|開催場所|開催地|実施場所|集合場所|待ち合わせ場所|待合せ場所|場所|最寄り?駅?|行き?先"
                          r"|式場|斎場)[ \u3000]*[:：][ \u3000]*[^\s:：、。,]{0,8}$")
_REACH = 16
# the label of the line's next field, glued after the name with a space: 問合せ, 連絡先, 電話, TEL
_CONTACT_WORD = re.compile(r"[ \u3000]+(?:お?問い?合わ?せ(?:先)?|連絡先|電話(?:番号)?|TEL|Tel|受付|内線|申込み?先?)$")


def in_a_place_value(text: str, start: int) -> bool:
    """Whether the span beginning at start lies in the value of a place's label on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    return _PLACE_VALUE.search(text, max(line_start, start - _REACH), start) is not None


def without_contact_word(text: str, result) -> None:
    """Narrow a found name (a RecognizerResult) that runs on into a contact label (脇坂　問合せ → 脇坂)."""
    word = _CONTACT_WORD.search(text, result.start, result.end)
    if word is not None and word.start() > result.start:
        result.end = word.start()
