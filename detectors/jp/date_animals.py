"""An animal's birth is no person's (issue 12, births14).

A pet clinic's, a breeder's or a farm's record gives an animal's birth under the same
labels as a person's (生年月日, 誕生日) in a row that says whose it is: a breed, a kind of
animal, a coat, a pedigree, the animal's own name field (ペット名 | 犬種 | 生年月日). The row
(its line) holding such a field, or under a header that holds one, is an animal's record, and its dates are not
DATE_OF_BIRTH. A person's row naming their pet in prose (愛犬と散歩) is not a field: the word
must label a field (followed by a colon, a tab or a separator)."""

from __future__ import annotations

import re
from functools import lru_cache

ANIMAL_FIELDS = ("犬種", "猫種", "畜種", "品種", "毛色", "血統", "ペット名", "ペットの名前", "動物名", "動物種", "犬名", "猫名",
                 "馬名", "個体識別番号", "マイクロチップ")
# the word is the field's whole label: 作付品種 (a farmer's crop) is none
_ANIMAL_FIELD = re.compile(rf"(?<![^\s,|｜:：])(?:{'|'.join(ANIMAL_FIELDS)})[ \t]*(?:[:：|｜,\t]|$)", re.MULTILINE)


_HEADER_REACH = 40  # lines above a row where its table's header may stand


@lru_cache(maxsize=8)
def _has_animal_field(text: str) -> bool:
    """Whether any line of the text labels an animal's field: asked once a text, not once a date."""
    return _ANIMAL_FIELD.search(text) is not None


def animal_row(text: str, start: int) -> bool:
    """Whether the line holding start is an animal's record (a field of its breed, its kind, its
    name), in its own cells or in its table's header: the nearest line above with no digit."""
    if not _has_animal_field(text):
        return False
    line = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    if _ANIMAL_FIELD.search(text, line, len(text) if end < 0 else end):
        return True
    for _ in range(_HEADER_REACH):
        if line < 1:
            return False
        above = text.rfind("\n", 0, line - 1) + 1
        words = text[above:line - 1]
        if words.strip() and not any(ch.isdigit() for ch in words):
            return _ANIMAL_FIELD.search(words + "\n") is not None
        line = above
    return False
