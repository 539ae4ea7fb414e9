"""Names under a person's label outside a composed table (issue 12, names11): the same
roles that make a table's column a person column (person_columns.header_kind:
受講者, 被保険者, 世帯主, 患者名, name) label a value in a text form too:
- a key-value line, 「受講者：もちづき きょうへい」, 「世帯主: Kyohei Mochizuki」;
- a form's label on its own line with the value on the next, a blank line between
  them or none (a PDF's or a mail's form: 「被保険者\\nグエン・ヴァン・ナム」);
- one line of JSON or XML keyed in Japanese ({"氏名": "王 志強"}), which the field
  reader composes only when pretty-printed.
The value is judged as a person column's cell is (names_in_cell): a company, a
department, a number or a common word is no name. The dictionary tier finds most
kanji names anywhere; this reads names it cannot know (kana, romaji, foreign)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.jp.person_columns import NameJudge, header_kind, names_in_cell
from detectors.jp.person_keys import a_bare_name_key

_LABEL = r"[^\t\n:：\"<>{}\[\],。、]{1,16}"
# 受講者：値, 受講者 : 値 at a line's start (a bullet or a number before it allowed)
_KEY_VALUE = re.compile(rf"^[ \u3000]*(?:[・●■◆\-*]|[0-9]+[.)])?[ \u3000]*({_LABEL}?)[ \u3000]*[:：][ \u3000]*([^\t\n]+)$",
                        re.MULTILINE)
# a label on its line, its value on the next (a PDF's text puts a blank line between them)
# (the value in a look-ahead: it may be the next label's line)
_LABEL_LINE = re.compile(rf"^[ \u3000]*【?({_LABEL})】?[ \u3000]*\n(?=(?:[ \u3000]*\n)?[ \u3000]*([^\t\n]{{2,24}}?)[ \u3000]*$)",
                         re.MULTILINE)
_JSON = re.compile(r'"([^"\n]{1,16})"[ \t]*:[ \t]*"([^"\n]{1,30})"')
_XML = re.compile(r"<([^<>/\s\n]{1,16})>([^<\n]{1,30})</\1>")
_CAPITALS = re.compile(r"[A-Z]{2,}(?:,? [A-Z]{2,}){1,3}")  # SHRESTHA RAJESH: a passport's spelling, no product's
_NAME_PART = re.compile(r"(?:お?名前|氏名|姓名|フリガナ|ふりがな|カナ|かな|ヨミ|英字|ローマ字|漢字)(?:[(（].*[)）])?")
_SENTENCE = re.compile(r"[。、！？!?「」:：]")


def form_field_names(text: str, judge: NameJudge, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of the names under a person's label in text forms, JSON and XML;
    found: names the other tiers found (they tell a company before a name)."""
    if ":" not in text and "：" not in text and "\n" not in text and "</" not in text:
        return []
    spans = []
    for start, end in _labelled_values(text):
        spans += names_in_cell(text, start, end, judge, [(s, e) for s, e in found if start <= s and e <= end])
    return sorted(set(spans))


def _labelled_values(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each value whose label is a person column's header."""
    for match in _KEY_VALUE.finditer(text):
        if _person_label(match.group(1)):
            yield match.span(2)
    for match in _LABEL_LINE.finditer(text):
        if _person_label(match.group(1)) and not _SENTENCE.search(match.group(2)) and not _a_field(match.group(1)):
            yield match.span(2)
    if '":' in text or "</" in text:
        for pattern in (_JSON, _XML):
            for match in pattern.finditer(text):
                if _person_label(match.group(1)) and (not a_bare_name_key(match.group(1)) or _CAPITALS.fullmatch(
                        match.group(2))):  # a bare name key's value in kana or kanji: person_keys; 磁器マグ, Desk Lamp
                    yield match.span(2)


def _a_field(line: str) -> bool:
    """A line that is a label and its value (宗教 日蓮宗の檀家, 信仰 浄土宗の門徒), read as a
    label because its value ends in a role: it labels nothing on the next line. Not a
    person's role then the name's part (緊急連絡先 氏名, 来訪者 カナ)."""
    words = line.split()
    return len(words) > 1 and header_kind(words[0]) is not True and not _NAME_PART.fullmatch(words[-1])


def _person_label(label: str) -> bool:
    label = label.strip(" \u3000")
    return bool(label) and header_kind(label) is True
