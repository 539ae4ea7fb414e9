"""An animal's record (a veterinary chart, a pet hotel's or a groomer's card): its owner is
named beside the animal, and the illness, the allergy or the disability it tells is the
animal's, not the owner's (sens7). Said by the labels such a record has and a person's
record has not."""

from __future__ import annotations

import re

ANIMAL_RECORD = re.compile(r"飼い?主|ペット名|動物名|犬種|猫種|畜種|患畜|ペットの(?:名前|種類)")
_OF_HEALTH = ("病歴", "障害", "健康診断結果")


def of_an_animal(text: str, category: str) -> bool:
    """Whether a phrase of this category in this text tells an animal's health."""
    return category in _OF_HEALTH and ANIMAL_RECORD.search(text) is not None
