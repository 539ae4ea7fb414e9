"""A former surname beside a married name, and a mail's display name in romaji.

Staff lists and notices keep a married woman's former surname: 大槻 颯太（旧姓 浜口）,
森本 沙織 ※旧姓 北村, 杉浦陽菜（古川） — the former surname is the person's data too,
and alone it is a place-like word the dictionary often does not tag as a name (古川).
A mail header writes the sender as a display name before the address:
"Miho Hamaguchi" <…>, "SUGIURA SAKURA" <…>, "Nonomura, Tomoya" <…> (Outlook's
surname first), From: Kono Emi <…>.
"""

from __future__ import annotations

import re

from detectors.first_chars import finder_of, matches
from detectors.jp.person_names import NameLists

_WORD = r"[\u4e00-\u9fff々]{1,4}|[ァ-ヶー]{2,8}"
# 旧姓 X, 旧姓：X, 旧姓・X, 旧姓は X, （旧：X）
_FORMER = re.compile(rf"(?:旧姓(?:[ \u3000]*[:：・は][ \u3000]*|[ \u3000]+|(?=[\u4e00-\u9fff々]))|(?<=[(（])旧[:：][ \u3000]*)({_WORD})"
                     r"(?=[)）\s、,。]|$)")
_BARE_BRACKET = re.compile(r"[(（]([\u4e00-\u9fff々]{2,3})[)）]")  # 杉浦陽菜（古川）
_NOT_SURNAMES = frozenset({"なし", "同じ", "不明", "同上", "使用", "併記", "本人"})
_DISPLAY_NAME = re.compile(r'(?:^|(?<=[\s:：,]))"?([A-Z][a-z]{1,14},? [A-Z][a-z]{1,14}|[A-Z]{2,14},? [A-Z]{2,14})"? <[^>\s@]+@')
_DISPLAY_NAME_FINDER = finder_of(_DISPLAY_NAME)  # a quote or a capital: not tried at every position


def former_surnames(text: str, names: list[tuple[int, int]], lists: NameLists) -> list[tuple[int, int]]:
    """(start, end) of former surnames after 旧姓 / 旧：, and of a listed surname alone
    in brackets right after a name found (names: the spans the other tiers report)."""
    spans = []
    if "旧" in text:
        spans += [m.span(1) for m in _FORMER.finditer(text) if m.group(1) not in _NOT_SURNAMES]
    if "(" in text or "（" in text:
        ends = {end for _, end in names}
        spans += [m.span(1) for m in _BARE_BRACKET.finditer(text)
                  if m.start() in ends and m.group(1) in lists.surnames and m.end(1) - m.start(1) >= 2]
    return spans


def display_names(text: str, lists: NameLists) -> list[tuple[int, int]]:
    """(start, end) of a display name in romaji before a mail address: a listed surname
    and a listed given name in either order (not "Customer Support", "Akira Design" <…>)."""
    if "@" not in text:
        return []
    spans = []
    for match in matches(_DISPLAY_NAME, _DISPLAY_NAME_FINDER, text):
        first, second = match.group(1).upper().replace(",", "").split(" ")
        if lists.romaji_pair(first, second):
            spans.append(match.span(1))
    return spans
