"""A label of a person's illness by its grammar, not by a list of labels: a state of care and
a head noun of illness or medicine (内服中の薬, 罹患中の疾病, 通院中の病名, 現在かかっている病気),
a doctor's word (主治医からの診断), a history of care (治療歴, 罹患歴, 服薬状況). A form, a
roster or an export writes the same column in ever new words; the grammar is the class.

A care word alone (治療, 薬, 診断) labels nothing: an inventory's 薬, a system's 診断.
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.disabling import CONDITION, DISABILITY_LABELS
from detectors.jp.sensitive.lexicon import FieldLabel

_PREFIXES = ("", "現在", "今", "過去に", "これまでに")
_CARE = ("治療", "通院", "服用", "内服", "服薬", "罹患", "療養", "加療", "使用", "投薬", "受診")
_ILLNESS = ("病気", "疾患", "疾病", "病名", "傷病名", "傷病", "持病", "病歴", "症状")
_MEDICINE = ("薬剤", "薬品", "薬", "お薬", "くすり", "処方薬")
_HEADS = tuple(head + tail for head in _ILLNESS + _MEDICINE for tail in ("", "名"))
_STATES = ("かかっている", "かかっていた", "かかった", "患っている", "患っていた", "治療している", "治療していた",
           "通院している", "通院していた", "飲んでいる", "飲んでいた", "服用している", "服用していた")
# Every label the grammar makes, as words: searched for in one trie with the lexicon's labels
# (a pattern opening with an optional word is tried at every position of a text; a trie only
# where its first letters occur).
HEALTH_LABELS = frozenset(
    [prefix + care + "中の" + head for prefix in _PREFIXES for care in _CARE for head in _HEADS]
    + [prefix + state + head for prefix in _PREFIXES for state in _STATES for head in _HEADS]
    + [doctor + via + "の" + word for doctor in ("主治医", "医師", "医療機関") for via in ("から", "より", "")
       for word in ("診断名", "診断", "病名", "所見")]
    + [care + tail for care in ("治療", "罹患", "服薬", "投薬", "服用", "受診", "加療") for tail in ("歴", "状況", "内容")]
    # care a nurse gives the person (必要な医療的ケア: 胃ろう, 吸引) and the state of an illness (病状)
    + [given + care + tail for given in ("", "必要な", "実施する", "日常の") for care in ("医療的ケア", "医療ケア", "医療処置")
       for tail in ("", "内容", "種類", "の内容", "の種類")]
    + ["病状", "現在の病状"]) | DISABILITY_LABELS
HEALTH_FIELD = FieldLabel("病歴", "any")
DISABILITY_FIELD = FieldLabel("障害", CONDITION)


class LabelMeanings(dict):
    """The lexicon's labels, and every label the grammar makes one of illness."""

    def __missing__(self, label: str) -> FieldLabel:
        if label in DISABILITY_LABELS:
            return DISABILITY_FIELD
        if label in HEALTH_LABELS:
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
