"""A date's own label: the words that say which date of a record it is (issue 12, dates10).

A record or a form gives each date a label of its own, and a birth is the date under a
birth label: 「生年月日 昭和55年4月12日」 above 「変更年月日 令和5年4月1日」 in a 変更届 whose
lines have no colon (a PDF's, a paragraph's), 「【資格喪失日】平成15年4月1日」, 「change_date=…」,
the second 「…：」 of a line holding two fields. Without this label the character window
reached past it to the 生年月日 of the line above. In a space-separated table (a PDF's
rows, a text export) the header line above gives each date its label in order: the
dates of a row pair with the header's date labels when there are as many of each.
None when the date has no label of its own: the window decides, as before."""

from __future__ import annotations

import re

from detectors.jp.date_deaths import DEATH_LABELS
from detectors.jp.date_label_above import label_above, label_below

# a label right before the date, ending as the labels of dates end (変更年月日, 転居日, 日付,
# 取得年月, change_date, birthday, moved_on); a key, a bracketed label, or a word before a blank
# and a death's label however it ends (逝去：…, Died:, DOD …: see date_deaths)
_SEPARATORS = r"\s:=【】\[\]()<>「」,、。|/"
# 生 or 生まれ alone (a narrow column's header, a key): a birth's label, not 学生 or 先生
BARE_BIRTH = rf"(?<![^{_SEPARATORS}])(?:生まれ|産まれ|生)"
_LABEL_END = (f"(?:日|日付|年月|date|day|_on|_at|_bi|_ymd|gappi|{BARE_BIRTH}"  # …_bi, …gappi: 日 in romaji
              f"|{'|'.join(DEATH_LABELS)})")
_OWN_LABEL = re.compile(rf"(?:^|(?<=[{_SEPARATORS}]))(?P<label>[^{_SEPARATORS}0-9]{{0,16}}{_LABEL_END})"
                        r" *(?:[:=|]|】|\])? *$", re.IGNORECASE)  # | of a form typed as text (死亡日 | …)
_HEADER_DATE_LABEL = re.compile(rf"[^{_SEPARATORS}0-9]{{0,16}}{_LABEL_END}$|生年月日|誕生|birth|dob|生年", re.IGNORECASE)
# an XML element or a JSON key opened right before the date (<shutoku_bi>2023-04-01, "henkoDate": "):
# its name is the date's own label; a name that says no more than a date (<birth><date>) leaves it to the
# element opened right before it (its parent), or to the window if there is none
_NAME = r"[^\s<>/!?\"']{1,40}"
_ELEMENT = re.compile(rf"(?:(?:<(?P<parent>{_NAME})>[ \t]*)?<(?P<element>{_NAME})>"
                      r"|\"(?P<key>[^\"\n]{1,40})\"[ \t]*:[ \t]*\"?)$")
# names of a date, a value or a container of any value (a table's <td>, a sheet's <v>, a <row>), no label
_GENERIC = re.compile(r"date|value|val|v|ymd|day|dt|text|data|td|th|tr|c|cell|field|item|col|column|entry|string|span"
                      r"|p|li|row|record|rec|r|日付|年月日|hi?duke", re.IGNORECASE)
LABEL_REACH = 40  # characters before the date where its label stands
HEADER_REACH = 40  # lines: a space-separated table's header above its rows


def own_label(text: str, start: int, date_pattern: re.Pattern) -> str | None:
    """The label of the date starting at start: the label before it on its line, else
    the header's date label of its column in a space-separated table; None if neither."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, text.rfind("\t", 0, start) + 1, start - LABEL_REACH):start]
    element = _ELEMENT.search(before) if _may_close_an_element(before) else None
    if element:
        name = element["element"] or element["key"]
        if _GENERIC.fullmatch(name):
            name = element["parent"]
        return None if name is None or _GENERIC.fullmatch(name) else name
    above = label_above(text, line_start, start, date_pattern)  # before a composed header's label (生年月日: )
    if above is not None:
        return above
    below = label_below(text, line_start, start, date_pattern) if not before.strip() else None  # （生年月日） under it
    if below is not None:
        return below
    label = _OWN_LABEL.search(before) if _may_end_a_label(before) else None
    if label:
        return label["label"]
    if "\t" in text[line_start:start] or not before.strip():
        return None
    return header_label(text, line_start, start, date_pattern)


# cost11: the two searches above try every position of the window; a label or an element
# must end it, which a look at its last characters tells first (exactly their `$` ends)
_LABEL_END_AT = re.compile(f"{_LABEL_END}$", re.IGNORECASE)
_LABEL_END_LONGEST = 8  # characters of _LABEL_END's longest word (deceased)


def _may_end_a_label(before: str) -> bool:
    """Whether before ends as _OWN_LABEL's match must: a label's end, then spaces, one
    of : = | 】 ] and spaces."""
    tail = before.rstrip(" ")
    if tail[-1:] in (":", "=", "】", "]", "|"):
        tail = tail[:-1].rstrip(" ")
    return _LABEL_END_AT.search(tail, max(0, len(tail) - _LABEL_END_LONGEST)) is not None


def _may_close_an_element(before: str) -> bool:
    """Whether before ends as _ELEMENT's match must: an element's `>`, or a key's `:`
    then blanks and perhaps a `"`."""
    if before.endswith(">"):
        return True
    tail = before[:-1] if before.endswith('"') else before
    return tail.rstrip(" \t").endswith(":")


def header_label(text: str, line_start: int, start: int, date_pattern: re.Pattern) -> str | None:
    """The header's label of the date's column: the nth date label of the first line
    above without a date, for the nth date of the row (as many labels as dates)."""
    line_end = text.find("\n", start)
    row = text[line_start:len(text) if line_end < 0 else line_end]
    dates = [m.start() + line_start for m in date_pattern.finditer(row)]
    if start not in dates:
        return None
    above = line_start - 1
    for _ in range(HEADER_REACH):
        if above <= 0:
            return None
        top = text.rfind("\n", 0, above) + 1
        line = text[top:above]
        above = top - 1
        if not line.strip() or date_pattern.search(line):
            continue
        labels = [word for word in line.split() if _HEADER_DATE_LABEL.search(word)]
        return labels[dates.index(start)] if len(labels) == len(dates) and "\t" not in line else None
    return None

