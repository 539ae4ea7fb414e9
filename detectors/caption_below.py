"""A value's caption on the line beneath it (issue 12, ids18).

A form printed as a card, or a fax typed from one, writes the value first and what it is
underneath: `1234 5678 9018` over `（個人番号）`, a number over `↑基礎年金番号`. The
context window after a value stops at its line (in a label-above form the next line is the
next field's label), so such a caption is read only when it cannot be the next field's
label: the value stands alone on its line and the caption line opens with an arrow up or a
round bracket (a label above is written 個人番号, 【個人番号】 or ■個人番号, not （個人番号）
nor ↑個人番号), holds no digit and is short.
"""

from __future__ import annotations

import re

_CAPTION = re.compile(r"[ 　]*(?:↑|\^|\(|（)[ 　]*([^0-9\n\t()（）]{2,20})[)）]?[ 　\t]*(?=\n|$)")


def caption_below(text: str, end: int) -> str | None:
    """The caption on the line after the value ending at end, when the value's line holds
    nothing after it and the next line is only such a caption; else None."""
    line_end = text.find("\n", end)
    if line_end < 0 or text[end:line_end].strip(" 　\t"):
        return None
    found = _CAPTION.match(text, line_end + 1)
    return found[1] if found else None


def captions_value_above(text: str, line_start: int) -> bool:
    """The line above the line starting at line_start is a caption of the value alone on
    the line above it (a number, then （個人番号）): no label of the line below."""
    above = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    if line_start == 0 or not _CAPTION.match(text, above):
        return False
    value = text[text.rfind("\n", 0, max(0, above - 1)) + 1:max(0, above - 1)].strip(" 　\t")
    return above > 0 and value[-1:].isdigit()
