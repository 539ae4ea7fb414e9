"""A label of a person's illness by its grammar, not by a list of labels: a state of care and
a head noun of illness or medicine (内服中の薬, 罹患中の疾病, 通院中の病名, 現在かかっている病気),
a doctor's word (主治医からの診断), a history of care (治療歴, 罹患歴, 服薬状況). A form, a
roster or an export writes the same column in ever new words; the grammar is the class.

A care word alone (治療, 薬, 診断) labels nothing: an inventory's 薬, a system's 診断.
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.disabling import CONDITION, DISABILITY_LABEL
from detectors.jp.sensitive.lexicon import FieldLabel

_CARE = r"(?:治療|通院|服用|内服|服薬|罹患|療養|加療|使用|投薬|受診)"
_ILLNESS = r"(?:病気|疾患|疾病|病名|傷病名?|持病|病歴|症状)"  # (a longer word before its beginning)
_MEDICINE = r"(?:薬剤|薬品|薬|お薬|くすり|処方薬)"
HEALTH_LABEL = (rf"(?:現在|今|過去に|これまでに)?{_CARE}中の(?:{_ILLNESS}|{_MEDICINE})(?:名)?"
                rf"|(?:現在|今|過去に|これまでに)?(?:かかって(?:いる|いた)|かかった|患って(?:いる|いた)|治療して(?:いる|いた)"
                rf"|通院して(?:いる|いた)|飲んで(?:いる|いた)|服用して(?:いる|いた))(?:{_ILLNESS}|{_MEDICINE})(?:名)?"
                r"|(?:主治医|医師|医療機関)(?:から|より)?の(?:診断名|診断|病名|所見)"
                rf"|(?:治療|罹患|服薬|投薬|服用|受診|加療)(?:歴|状況|内容)"
                # care a nurse gives the person (必要な医療的ケア: 胃ろう, 吸引) and the state of an illness (病状)
                r"|(?:必要な|実施する|日常の)?(?:医療的ケア|医療ケア|医療処置)(?:の?(?:内容|種類))?|(?:現在の)?病状"
                rf"|{DISABILITY_LABEL}")
_WHOLE = re.compile(rf"(?:{HEALTH_LABEL})")
HEALTH_FIELD = FieldLabel("病歴", "any")
_DISABILITY = re.compile(DISABILITY_LABEL)
DISABILITY_FIELD = FieldLabel("障害", CONDITION)


class LabelMeanings(dict):
    """The lexicon's labels, and every label the grammar makes one of illness."""

    def __missing__(self, label: str) -> FieldLabel:
        if _DISABILITY.fullmatch(label):
            return DISABILITY_FIELD
        if _WHOLE.fullmatch(label):
            return HEALTH_FIELD
        raise KeyError(label)


_LINE_MARKS = re.compile(r"^[ \t・■□●◆◇○*\-\[【〈《]+|[ \t】\]〉》:]*(?:\([^)\n]{0,12}\))?[ \t】\]〉》:]*$")  # and its note


def without_label_lines(text: str, found: list, label_of) -> list:
    """Phrases of illness not inside a line that is a label alone (【現在治療中の病気】 holds 治療中:
    the form's printed label, no one's state). label_of: FieldValues.label_of."""
    kept = []
    for phrase in found:
        if phrase.category == "病歴":
            start, end = text.rfind("\n", 0, phrase.start) + 1, text.find("\n", phrase.end)
            line = _LINE_MARKS.sub("", text[start:len(text) if end < 0 else end])
            labelled = label_of(line) if "\t" not in line and len(line) <= 24 else None
            if labelled and labelled[0] == line:
                continue
        kept.append(phrase)
    return kept
