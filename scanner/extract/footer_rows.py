"""A table's footer written as a form (実施日 | 2024/11/10 | 実施機関 | …健診センター, or
事業所 法人番号 | 1234567890123 | …株式会社, under a list of people): its values are labelled by the cell to their left, not by the columns
they happen to stand in — the date under 生年月日 is the day of the examination."""

from __future__ import annotations

import re

Cells = list[tuple[int, str]]

_SHORT = 12
# the label of a record's own date or body: the day it was done, made or due, who did it
_FOOTER_LABEL = re.compile(r"(?:実施|作成|記入|受診|検査|健診|報告|提出|発行|更新|確認|集計)(?:日|年月日|日時|機関|者|場所|施設)$"
                           r"|^(?:備考|注記|計|合計|小計)$|法人番号$|^(?:事業所|事業者|会社|法人|団体)(?:名|番号)?$")


def is_footer_row(cells: Cells) -> bool:
    """Whether a row under a header opens with a record's own label and a value after it."""
    if len(cells) < 2:
        return False
    first = cells[0][1].strip()
    return len(first) <= _SHORT and not any(ch.isdigit() for ch in first) and _FOOTER_LABEL.search(first) is not None


def footer_labels(cells: Cells) -> list[str]:
    """Each cell's label: the label cell to its left (実施日 | 2024/11/10), none for the labels."""
    labels, current = [], ""
    for _, text in cells:
        stripped = text.strip()
        if _FOOTER_LABEL.search(stripped) and len(stripped) <= _SHORT and not any(ch.isdigit() for ch in stripped):
            labels.append("")
            current = stripped
        else:
            labels.append(current)
    return labels
