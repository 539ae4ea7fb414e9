"""An animal's record (a veterinary chart, a pet hotel's or a groomer's card): its owner is
named beside the animal, and the illness, the allergy or the disability it tells is the
animal's, not the owner's (sens7). Said by the labels such a record has and a person's
record has not."""

from __future__ import annotations

import re

from detectors.animal_words import ANIMAL_RECORD_FIELD

# a farm's record of its livestock: an animal's ear tag or herd number, its keeper, its shed
LIVESTOCK_RECORD = r"個体(?:識別)?番号|耳標(?:番号)?|畜主|牛舎|豚舎|鶏舎|畜舎"
ANIMAL_RECORD = re.compile(r"飼い?主|患畜|" + LIVESTOCK_RECORD + "|" + ANIMAL_RECORD_FIELD)
# the categories an animal's record tells of the animal (its owner's faith or union stay the owner's)
OF_AN_ANIMAL = frozenset({"病歴", "障害", "健康診断結果"})


def an_animals_record(text: str) -> bool:
    """Whether the text is an animal's record: its health phrases (OF_AN_ANIMAL) are the animal's."""
    return ANIMAL_RECORD.search(text) is not None
