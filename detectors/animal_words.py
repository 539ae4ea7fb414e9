"""The fields only an animal's record has (犬種, ペット名 …): the 要配慮 recognizer reads a
text holding one as an animal's record, and non_human reads a birth or a name beside one
as the animal's (one vocabulary for both)."""

from __future__ import annotations

from detectors.words import alternation

ANIMAL_RECORD_FIELDS = ("犬種", "猫種", "畜種", "動物種", "動物名", "ペット名", "ペット情報", "ペットの名前", "ペットの種類")
ANIMAL_RECORD_FIELD = alternation(ANIMAL_RECORD_FIELDS)
