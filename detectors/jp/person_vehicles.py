"""A car named by its maker and its model, read as a person's name (people23): スズキ アルト, トヨタ
アクア, 日産 セレナ, ホンダ フィット. A dealer's customer list, an adjuster's report or a car-share's log
writes the car so, in a column of the car (購入車, 車種, 車両) or in prose after 車両（…; a model's word
is often a given name's reading (アルト, セレナ, ノア) and a maker's a surname's (スズキ, ホンダ, マツダ).

- a model right after a maker's word (日産 セレナ: the name read from セレナ on) is the car's;
- a maker's word then a model (スズキ アルト, read as one name) is the car's where the car is spoken of:
  its cell's header or the words just before it name a vehicle (車, 車両, 車種, vehicle, car); a maker
  that is no surname's reading (ダイハツ, スバル, 日産) is a car's anywhere.
"""

from __future__ import annotations

import re

from detectors.lines import composed_header

# makers whose name no person bears, and makers called after a founder's surname (スズキ, ホンダ, …)
_MAKERS = ("ダイハツ", "スバル", "日産", "ニッサン", "三菱", "ミツビシ", "レクサス", "いすゞ", "イスズ", "日野", "光岡", "ミツオカ")
_SURNAME_MAKERS = ("スズキ", "ホンダ", "トヨタ", "マツダ", "ヤマハ", "カワサキ")
_KATAKANA_MODEL = re.compile(r"[ァ-ヺー]{2,10}")
_MAKER_BEFORE = re.compile(rf"(?:{'|'.join(_MAKERS + _SURNAME_MAKERS)})[ \u3000]$")
_VEHICLE = re.compile(r"車|vehicle|car\b|model|モデル", re.IGNORECASE)
_REACH = 8  # characters before the name where the vehicle's word stands: 被保険者車両（


def names_a_vehicle(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a car's model, or its maker and model (see the module)."""
    value = text[start:end]
    if _KATAKANA_MODEL.fullmatch(value) and _MAKER_BEFORE.search(text, max(0, start - 6), start):
        return True
    maker, _, model = value.replace("\u3000", " ").partition(" ")
    if not _KATAKANA_MODEL.fullmatch(model):
        return False
    if maker in _MAKERS:
        return True
    return maker in _SURNAME_MAKERS and _a_vehicle_is_spoken_of(text, start)


def _a_vehicle_is_spoken_of(text: str, start: int) -> bool:
    cell, colon = composed_header(text, start)
    if colon > cell and _VEHICLE.search(text, cell, colon):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    return _VEHICLE.search(text, max(line_start, start - _REACH), start) is not None
