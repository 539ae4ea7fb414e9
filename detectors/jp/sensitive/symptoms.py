"""A symptom under its label: what a named person's body shows (issue 12, health19).

A contact-tracing list, a school's or a care home's daily check, a clinic's reception
sheet or an incident log keeps each person's 症状 (主訴, 自覚症状, 体調の変化): 発熱と咳,
38.2℃, 発疹あり, 下痢・嘔吐, 頭痛が続く. Under such a label a value that names a body's
symptom, a disease, or says yes (あり, 有) is the person's 病歴 (施行令第2条第2号: 病歴;
a symptom recorded against a named person in an infection's investigation tells his
illness). The same label heads a repair shop's or a help desk's column of a machine's fault
(症状: 電源が入らない, 異音がする): no body's word there, so no finding.
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.lexicon import compile_pattern, words_regex

SYMPTOM = "symptom"  # labels.tsv's kind of a symptom's label
# a body's symptom as a clerk or a nurse writes it down; a temperature (37.8℃, 38度2分)
_SYMPTOM_WORDS = (
    "発熱", "微熱", "高熱", "熱発", "熱感", "咳", "せき", "咳嗽", "痰", "鼻水", "鼻汁", "鼻づまり", "鼻閉", "くしゃみ",
    "咽頭痛", "のどの痛み", "喉の痛み", "咽頭違和感", "頭痛", "腹痛", "胃痛", "胸痛", "腰痛", "関節痛", "筋肉痛", "下痢",
    "軟便", "血便", "嘔吐", "吐き気", "嘔気", "悪心", "倦怠感", "だるさ", "全身倦怠", "発疹", "皮疹", "湿疹", "かゆみ",
    "痒み", "じんましん", "蕁麻疹", "息切れ", "呼吸困難", "息苦しさ", "悪寒", "寒気", "味覚", "嗅覚", "めまい", "眩暈",
    "しびれ", "痺れ", "けいれん", "痙攣", "ひきつけ", "意識障害", "意識消失", "充血", "目やに", "黄疸", "むくみ", "浮腫",
    "動悸", "食欲不振", "脱水", "腫れ", "痛み", "出血", "喀血", "吐血", "耳下腺腫脹",
)
_SYMPTOM = compile_pattern(words_regex(_SYMPTOM_WORDS))
_TEMPERATURE = re.compile(r"3[5-9](?:\.[0-9])? *(?:℃|°C|度)")


class SymptomValues:
    """Whether a value under a symptom's label tells a body's symptom or a disease."""

    def __init__(self, diseases: frozenset[str]) -> None:
        self._disease = compile_pattern(words_regex(tuple(diseases)))

    def tells(self, value: str) -> bool:
        return bool(_SYMPTOM.search(value) or _TEMPERATURE.search(value) or self._disease.search(value))
