"""Who did it, read right before a passive of harm (〜に襲われ, 〜に刺され): an animal, an
insect, the weather or a feeling is no offender, so no crime befell the person (熊に襲われ負傷,
蜂に刺された, 台風に襲われ, 睡魔に襲われ) — a hunting club's accident, a bite or a storm, not
犯罪被害 (beliefs24: a 猟友会's mail, corpus 23). An agent not named (夜道で襲われ) or a person
(見知らぬ男に襲われ) leaves the phrase a crime's."""

from __future__ import annotations

import re

from detectors.words import alternation

_CREATURES = ("熊", "クマ", "ヒグマ", "ツキノワグマ", "猪", "イノシシ", "鹿", "シカ", "猿", "サル", "犬", "野犬", "飼い犬", "猫", "狐",
              "キツネ", "狸", "タヌキ", "ハクビシン", "アライグマ", "獣", "動物", "野生動物", "牛", "馬", "蜂", "ハチ", "スズメバチ",
              "アシナガバチ", "ミツバチ", "アブ", "蚊", "ダニ", "ブヨ", "ムカデ", "毛虫", "虫", "蛇", "ヘビ", "マムシ", "ハブ", "カラス",
              "鳥", "トンビ", "サメ", "クラゲ", "エイ", "魚")
_NATURE = ("台風", "地震", "津波", "豪雨", "大雨", "大雪", "暴風", "嵐", "雷", "落雷", "竜巻", "高波", "波", "洪水", "土砂崩れ",
           "雪崩", "吹雪", "寒波", "熱波", "火災", "災害")
_FEELINGS = ("睡魔", "眠気", "不安", "恐怖", "激痛", "痛み", "めまい", "発作", "吐き気", "悪寒", "孤独感", "虚無感", "衝動")
# the agent and its particle right before the verb (野生の熊に, 大きなスズメバチに, 台風による高波に)
_NO_PERSON = re.compile(rf"(?:{alternation(_CREATURES + _NATURE + _FEELINGS)})(?:の群れ|たち|等|など)?(?:に|から)\Z")
_REACH = 12


def by_no_person(text: str, start: int) -> bool:
    """Whether the passive of harm starting at start was done by an animal, the weather or a feeling."""
    return _NO_PERSON.search(text, max(0, start - _REACH), start) is not None
