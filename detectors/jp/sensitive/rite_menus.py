"""Rites of several faiths listed together are a menu, not a person's faith (union15).

A wedding hall's plans (神前式・キリスト教式・仏前式), a funeral company's services (仏式・
神式・キリスト教式の葬儀を担当) or a rule that admits any rite name two rites or more joined
by a list's mark: what is offered or handled, while a person's own rite is one.
"""

from __future__ import annotations

import re

_RITE = r"[一-龥ァ-ヺー]{1,8}式"
# two rites or more joined by a list's mark (・, 、, /, や, と)
_MENU = re.compile(rf"{_RITE}(?:(?:[・、/／]|や|と)[ 　]*{_RITE})+")


def without_rite_menus(text: str, found: list) -> list:
    """Phrases without the 宗教 ones inside a list of two rites or more (asked once a text)."""
    if "式" not in text:
        return found
    menus = [m.span() for m in _MENU.finditer(text)]
    if not menus:
        return found
    return [p for p in found if p.category != "宗教" or not any(s < p.end and p.start < e for s, e in menus)]
