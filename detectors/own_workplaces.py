"""A person's workplace phone with no workplace named (issue 12, forms17).

A workplace's contacts are the employer's where the record names the employer
(勤務先：みどり運輸　勤務先電話 …, a 勤務先 column beside a 勤務先電話 one: contacts13).
A child's, a patient's or a user's form often gives only the number — 保護者（父）：…
勤務先電話 …, 父　勤務先TEL：…, 日中の連絡先（勤務先）：…, an emergency contact's
勤め先 — and then it is the number the form reaches that person at: no employer is
named whose it could be, and the label ties it to the person of the record.
"""

from __future__ import annotations

import re

from detectors.legal_forms import ANY_LEGAL_FORM
from detectors.lines import line_bounds
from detectors.words import alternation

WORKPLACE_WORDS = ("勤務先", "勤め先", "就職先", "出向先")
_WORKPLACE = re.compile(alternation(WORKPLACE_WORDS))
# The workplace's own field with a name in it (勤務先：みどり運輸, 勤務先名 (有)西田塗装): its word,
# a separator, and no number, bracket, other label, note on a label or end of line after (勤務先電話,
# 勤務先 0466-…, 連絡先（勤務先）, 勤務先（日中連絡先）, an empty cell). Atomic: 勤務先名： gives back no
# letter to pass for a name.
_NOT_A_NAME = (r"[0-9０-９+＋〒)）:：\s]|[(（][0-9０-９]|[(（][^)）\n]{0,6}(?:連絡|電話|TEL|℡|携帯|番号)"
               r"|電話|TEL|Tel|tel|ＴＥＬ|℡|FAX|Fax|ＦＡＸ|番号|住所|所在地"
               r"|連絡先|携帯|" + alternation(WORKPLACE_WORDS) + "|$")
_NAMED = re.compile("(?:" + alternation(WORKPLACE_WORDS) + r")(?>(?:名称|名)?[ 　\t・/／]*[:：]?[ 　]*)(?!"
                    + _NOT_A_NAME + ")")
_LEGAL_FORM = re.compile(ANY_LEGAL_FORM)
RECORD_LINES_ABOVE = 2  # a form's lines of the same person: 父　勤務先：… over 父　勤務先電話：…


def reached_at_work(label: str, deciding_end: int, lines, value_start: int) -> bool:
    """The value's own label ends in a workplace's word (deciding_end: where the
    organisation's word ending last in label ends) and its record names no workplace:
    not on its line, nor — when its line names no person (父　勤務先電話：…) and is
    no table's row — on the lines above it, up to a blank one or a person's (see the
    module). lines: detectors.organisation's, its text, tabbed and names_a_person."""
    last = None
    for last in _WORKPLACE.finditer(label):
        pass
    if last is None or last.end() != deciding_end:
        return False
    text = lines.text
    start, end = line_bounds(text, value_start)
    if _LEGAL_FORM.search(text, start, value_start) or _NAMED.search(text, start, end):
        return False
    person = lines.names_a_person(start, end)
    for _ in range(0 if lines.tabbed or person else RECORD_LINES_ABOVE):
        if start == 0:
            break
        start, end = line_bounds(text, start - 1)
        if not text[start:end].strip():
            break
        if _NAMED.search(text, start, end):
            return False
        if lines.names_a_person(start, end):
            break  # the record's head: 父　氏名：… over 父　勤務先電話：…
    return True
