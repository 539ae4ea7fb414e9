"""An allergy named by its allergen in hiragana (issue 12, health19).

A meal service's, a school's or a camp's list writes the allergen the way the food is
written on a menu: in hiragana (えびアレルギー, かにアレルギー, そばアレルギー, ごまアレルギー,
くるみアレルギー). The readers of a disease take a run of kanji and katakana before its
head, so they read アレルギー alone; the allergen is part of the person's 病歴 and of the
value a clerk would look for. A particle opening the run (娘はえびアレルギー) is not the
allergen's.
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.phrases import Phrase

_HEAD = "アレルギー"
_HIRAGANA_BEFORE = re.compile(r"[ぁ-ゖ]{2,6}\Z")
_PARTICLE = "はがもにのをと"
SHORTEST_ALLERGEN = 2  # えび, かに, そば, ごま


def with_allergens(text: str, found: list[Phrase]) -> list[Phrase]:
    """Phrases opening with アレルギー take in the hiragana allergen right before them."""
    if _HEAD not in text:
        return found  # cheap gate
    return [_widened(text, p) if text.startswith(_HEAD, p.start) else p for p in found]


def _widened(text: str, phrase: Phrase) -> Phrase:
    run = _HIRAGANA_BEFORE.search(text, max(0, phrase.start - 6), phrase.start)
    if run is None:
        return phrase
    allergen = run.group()
    if allergen[0] in _PARTICLE and len(allergen) > SHORTEST_ALLERGEN:
        allergen = allergen[1:]  # 娘はえびアレルギー: は is the sentence's
    return phrase._replace(start=phrase.start - len(allergen))
