"""A date's label on the line above it, as a form printed to PDF, typed into a text file
or laid out down one column of a sheet sets them out (「生年月日」 on its line, 「1980年4月1日」
on the next; then 「申込日」, 「2026年4月1日」). A date alone on its line under a line that is
only a date's label (no digit, no value of its own; blank lines between, as a PDF's text
has them) has that label as its own: without it the window reached past 申込日 to the
生年月日 two lines up and read the day of filing as a birth. In a sheet whose title cell
was taken for the column's header, each line starts with that composed header (`入会申込書: `):
the same header before the label and before the date is passed over."""

from __future__ import annotations

import re

# a line that is only a label: a few letters, no digit, no key-value colon
_LABEL_LINE = re.compile(r"[^\s0-9:：=\t]{1,16}")
_REACH = 40  # characters above the date: its label's line and the blank lines a PDF puts between
_DATE_LABEL = re.compile(r"(?:日|日付|年月|date|day)$|生年|誕生|birth|dob|^(?:生まれ|産まれ|生)$", re.IGNORECASE)  # 生 alone
_COMPOSED = re.compile(r"[^\t\n:]{1,24}: ")


def label_above(text: str, line_start: int, start: int, date_pattern: re.Pattern) -> str | None:
    """The label on the line above the date starting its line at start (after a
    composed header, if any), when the date is all its line holds and the line above
    is only a date's label (after the same composed header)."""
    header = text[line_start:start]
    if header.strip() and not _COMPOSED.fullmatch(header):
        return None
    date = date_pattern.match(text, start)
    line_end = text.find("\n", start)
    if date is None or line_start < 1 or text[date.end():len(text) if line_end < 0 else line_end].strip(" \t"):
        return None
    first = max(0, line_start - _REACH - len(header))
    _, newline, above = text[first:line_start].rstrip().rpartition("\n")
    if not newline and first > 0:  # a long line's tail, not a line
        return None
    above = above.strip()
    if header.strip():
        if not above.startswith(header):
            return None
        above = above[len(header):].strip()
    return above if _LABEL_LINE.fullmatch(above) and _DATE_LABEL.search(above) else None


# A form that prints each field's caption in brackets under its blank (a fax cover sheet, a
# 送付状: 「土橋 正和」 over 「（患者氏名）」, 「昭和18年5月9日」 over 「（生年月日）」).
_CAPTION_LINE = re.compile(r"[（(]([^\s0-9:：=\t（）()]{1,16})[）)]")


def label_below(text: str, line_start: int, start: int, date_pattern: re.Pattern) -> str | None:
    """The bracketed caption on the next line with text under a date that is all its line
    holds, when it is a date's label and the line after the caption is no date: under a form
    whose captions stand above their values, the caption below a date heads the next date."""
    date = date_pattern.match(text, start)
    if date is None or text[line_start:start].strip():
        return None
    line_end = text.find("\n", date.end())
    if line_end < 0 or text[date.end():line_end].strip(" \t"):
        return None
    lines = [line.strip() for line in text[line_end + 1:line_end + 1 + 2 * _REACH].split("\n")]
    filled = [line for line in lines[:-1] if line]  # the last piece may be a line cut short
    caption = _CAPTION_LINE.fullmatch(filled[0]) if filled else None
    if caption is None or not _DATE_LABEL.search(caption.group(1)):
        return None
    after = filled[1] if len(filled) > 1 else ""
    return None if date_pattern.match(after) else caption.group(1)
