"""Rosters of an organisation whose membership is 要配慮: a politician's 後援会 or a
party (信条), a trade union (労働組合), a temple, shrine or church (宗教). Every row of
such a roster is a member; the cell that gives the member's standing in it (区分:
幹事, 役職: 書記長, 会員種別: 青年部) is their membership, one finding a member.
The roster's title says what the organisation is; the title itself, the
organisation's office and address, and its header are no member's information.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from detectors.jp.sensitive.phrases import Phrase, clean_value
from detectors.jp.sensitive.union_bodies import not_a_labour_union

_TITLE_LINES = 3
_ROSTER = r"(?:名簿|会員|台帳|一覧|リスト|名列)"
_ORGANISATIONS = (("信条", re.compile(rf"(?:後援会|党支部|党員|政治団体|支持者|支援者の会|を支える会|を囲む会)[^\n]{{0,12}}{_ROSTER}")),
                  ("労働組合", re.compile(rf"(?:労働組合|労組|ユニオン|職員組合|教職員組合)[^\n]{{0,12}}{_ROSTER}|組合員名簿")),
                  ("宗教", re.compile(rf"(?:寺|院|檀家|門徒|檀信徒|信徒|氏子|教会|神社)[^\n]{{0,8}}{_ROSTER}")))
# the label of a member's standing in the organisation
_STANDING = re.compile(r"(?:^|[ \t])(?:会員)?(?:区分|種別|役職|役員|役割|部会|所属部|立場|資格|会員種別|会員区分|組合役職)$")


def roster_category(text: str, unread: Sequence[tuple[int, int]]) -> str | None:
    """The category of the organisation a roster's title names, if a title above
    its first labelled row names one."""
    first_label = next((start for start, end in unread if text.endswith(": ", start, end)), None)
    if first_label is None:
        return None
    head = text[:first_label]
    if head.count("\n") > _TITLE_LINES + 1:
        return None
    for category, pattern in _ORGANISATIONS:
        if (found := pattern.search(head)) and not (category == "労働組合" and not_a_labour_union(head, found.start())):
            return category  # a co-operative's 組合員名簿 (漁協, 生協) lists no union's members
    return None


def standings(text: str, unread: Sequence[tuple[int, int]], none_values: frozenset[str],
              category_of: Callable[[str], str | None]) -> list[Phrase]:
    """Each member's standing in the roster's organisation, unless a column already
    tells each member's belief or union (所属政党, 宗派: category_of a label gives
    the 要配慮 category it labels): one finding a member."""
    category = roster_category(text, unread)
    if category is None:
        return []
    labelled = [(index, start, end, text[start:end - 2].rpartition("\n")[2].rpartition("\t")[2].strip())
                for index, (start, end) in enumerate(unread) if text.endswith(": ", start, end)]
    if any(category_of(label) == category for _, _, _, label in labelled):
        return []
    found = []
    for index, start, end, label in labelled:
        if not _STANDING.search(" " + label):
            continue
        value_end = unread[index + 1][0] if index + 1 < len(unread) else len(text)
        value = text[end:value_end].strip()
        if value and clean_value(value).lower() not in none_values and len(value) <= 20:
            found.append(Phrase(end, end + len(value), category))
    return found
