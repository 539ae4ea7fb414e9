"""A value's label written after it, in its clause (運転免許：第…号　1234 5678 9012
マイナンバー): some hands give a value first and name it after. When another value
stands between a value and the label before it, that label is the other value's
(its licence number's, here), and the number word right after the value, with
nothing but blanks or a bracket between, is the value's own label: its context
instead of the label before. A word followed by a colon is the next value's label,
not this one's."""

from __future__ import annotations

import re

from detectors.jp.number_labels import names_a_number

# blanks, an optional bracket, a short word with no digit, its bracket closed, then the clause's end
_AFTER = re.compile(r"[ 　]*[(（【\[「]?[ 　]*([^\s0-9０-９:：=＝、。,，()（）【】\[\]「」]{2,16})[)）】\]」]?(?=[ 　\t\n、。,，]|$)")
# the text before a value in its cell ends with another value: a digit, or a number's 号 or bracket
_VALUE_END = re.compile(r"(?:[0-9０-９]|[0-9０-９][号)）])$")


def label_after(text: str, start: int, end: int) -> str | None:
    """The number word labelling the value at start..end from after it, when another
    value stands right before it in its cell; else None."""
    match = _AFTER.match(text, end)
    if match is None or not names_a_number(match.group(1)):
        return None
    cell = max(text.rfind("\n", 0, start), text.rfind("\t", 0, start)) + 1
    return match.group(1) if _VALUE_END.search(text[cell:start].rstrip(" 　")) else None
