"""Days of a schedule read as a name (issue 12, names11): a run of weekday characters
in their week's order (火木土, 月水金) heading a plan in brackets, before 曜 or of three
days or more is the days, not a person; a surname of weekday characters alone (水木さん)
stays."""

from __future__ import annotations

import re

_WEEK = "月火水木金土日"
_DAYS = re.compile(rf"[{_WEEK}]{{2,7}}")


def schedule_days(text: str, start: int, end: int) -> bool:
    """火木土 in （火木土） or before 曜: the whole run of weekdays around the span, in
    the week's order, bracketed, before 曜 or of three days or more; not a name."""
    if not _DAYS.fullmatch(text, start, end):
        return False
    while start > 0 and text[start - 1] in _WEEK:
        start -= 1
    while end < len(text) and text[end] in _WEEK:
        end += 1
    days = text[start:end]
    if list(days) != sorted(set(days), key=_WEEK.index):
        return False
    bracketed = start > 0 and text[start - 1] in "（(【[" and text[end:end + 1] in ("）", ")", "】", "]")
    return bracketed or text[end:end + 1] == "曜" or len(days) >= 3
