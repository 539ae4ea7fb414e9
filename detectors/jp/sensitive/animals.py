"""An animal's record (a veterinary chart, a pet hotel's or a groomer's card): its owner is
named beside the animal, and the illness, the allergy or the disability it tells is the
animal's, not the owner's (sens7). Said by the labels such a record has and a person's
record has not. A phrase whose clause makes the owner its subject (飼い主様は糖尿病で通院中,
オーナー様ご本人が透析中) is the owner's own (animal17b)."""

from __future__ import annotations

import re

from detectors.animal_words import ANIMAL_RECORD_FIELD

# a farm's record of its livestock: an animal's ear tag or herd number, its keeper, its shed
LIVESTOCK_RECORD = r"個体(?:識別)?番号|耳標(?:番号)?|畜主|牛舎|豚舎|鶏舎|畜舎"
# a business that serves only animals, in its own notes (ペットホテル 宿泊メモ, トリミング予約, 動物病院)
ANIMALS_BUSINESS = r"ペットホテル|ペットサロン|ペットシッター|トリミング|動物病院"
ANIMAL_RECORD = re.compile(r"飼い?主|患畜|" + LIVESTOCK_RECORD + "|" + ANIMALS_BUSINESS + "|" + ANIMAL_RECORD_FIELD)
# the categories an animal's record tells of the animal (its owner's faith or union stay the owner's)
OF_AN_ANIMAL = frozenset({"病歴", "障害", "健康診断結果"})


def an_animals_record(text: str) -> bool:
    """Whether the text is an animal's record: its health phrases (OF_AN_ANIMAL) are the animal's."""
    return ANIMAL_RECORD.search(text) is not None


# the owner as the subject of the clause (飼い主さんは, 飼主様ご本人が, 飼い主の方が, オーナー様も, ご本人は)
_OWNER_SUBJECT = re.compile(r"(?:飼い?主|オーナー|お客)(?:さん|様|さま|の方)?(?:ご?本人|自身)?(?:は|が|も)|ご本人(?:は|が|も)")
# words after the subject that turn the clause to the animal (飼い主様によると、ココちゃんは…)
_TO_THE_ANIMAL = re.compile(r"ちゃん|くん|君|によると|によれば|の話|から(?:聞|伺)|曰く|いわく")
_CLAUSE_REACH = 40


def owners_own(text: str, start: int) -> bool:
    """Whether the clause before a phrase starting at `start` makes the owner its subject."""
    clause = max(text.rfind("\n", 0, start), text.rfind("。", 0, start)) + 1
    window = text[max(clause, start - _CLAUSE_REACH):start]
    if "主" not in window and "本人" not in window and "オーナー" not in window and "お客" not in window:
        return False  # cheap gate: most phrases of an animal's record have no owner before them
    subjects = list(_OWNER_SUBJECT.finditer(window))
    return bool(subjects) and _TO_THE_ANIMAL.search(window, subjects[-1].end()) is None
