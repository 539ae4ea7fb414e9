"""Things called like people in records about animals and in schedules (issue 12, names11):
- an animal's record: a name under a bare name label (名前, お名前, 呼び名) in a row or a
  form block that also holds an animal's fields (犬種, 品種, ワクチン, 去勢, 飼い主) is the
  animal's; the owner's column (飼い主, オーナー) stays a person;
- a name given under an animal's own label (ペットのお名前：, ワンちゃんの名前：, 愛犬名：) is
  the animal's at every mention of the document (「…ちゃんは薬を…」): one sense per text;
- a run of weekday characters in their week's order (火木土, 月水金) in brackets or before
  曜: the days of a schedule, not a name (水木 alone, a surname, stays)."""

from __future__ import annotations

import re

_ANIMAL = (r"(?:ペット|ワンちゃん|わんちゃん|ネコちゃん|猫ちゃん|愛犬|愛猫|飼い犬|飼い猫|犬|猫|ネコ|いぬ|ねこ|うさぎ|ウサギ"
           r"|インコ|小鳥|文鳥|ハムスター|フェレット|動物|子犬|子猫)")
_ANIMAL_NAME_VALUE = re.compile(rf"{_ANIMAL}(?:ちゃん|くん)?の?お?(?:名前|なまえ|名)は?[ \u3000]*[:：][ \u3000]*[「『]?"
                                r"([^\s（(「」『』、。:：]{1,10})")
_ANIMAL_FIELD = re.compile(r"犬種|猫種|品種|毛色|ワクチン|狂犬病|去勢|避妊|飼い主|飼主|トリミング|フィラリア")
_BARE_NAME_LABEL = re.compile(r"[ \u3000]*(?:お?名前|なまえ|呼び名|愛称|name)[ \u3000]*[:：][ \u3000]*", re.IGNORECASE)
_WEEK = "月火水木金土日"
_DAYS = re.compile(rf"[{_WEEK}]{{2,7}}")
_BLOCK_LINES = 6  # a form block's lines read either side of the value


def animal_names(text: str) -> frozenset[str]:
    """Values written after an animal's own name label anywhere in text."""
    return frozenset(match.group(1) for match in _ANIMAL_NAME_VALUE.finditer(text))


def an_animal(text: str, start: int, end: int, animals: frozenset[str]) -> bool:
    """Whether the span names an animal: called so by an animal's label in the text, or
    under a bare name label in a record that holds an animal's fields."""
    if text[start:end] in animals:
        return True
    field_start = max(text.rfind("\n", 0, start), text.rfind("\t", 0, start)) + 1
    if not _BARE_NAME_LABEL.fullmatch(text, field_start, start):
        return False
    before, after = text[:start].split("\n")[-_BLOCK_LINES:], text[start:].split("\n", _BLOCK_LINES)[:_BLOCK_LINES]
    lines = before[:-1] + [before[-1] + after[0]] + after[1:]
    block = _one_block(lines, len(before) - 1)
    return _ANIMAL_FIELD.search(block) is not None


def _one_block(lines: list[str], here: int) -> str:
    """The lines around line `here` up to a blank line either side."""
    first, last = here, here
    while first > 0 and lines[first - 1].strip():
        first -= 1
    while last < len(lines) - 1 and lines[last + 1].strip():
        last += 1
    return "\n".join(lines[first:last + 1])


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
