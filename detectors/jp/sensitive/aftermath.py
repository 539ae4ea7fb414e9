"""A condition left after a disease or an operation (care16): 脳梗塞後の左半身まひ,
心筋梗塞後の息切れ, 帝王切開後の傷の痛み. The disease named first is what the writer records:
the whole is the illness (病歴), as 脳梗塞の後遺症で左半身にまひ is (health). After a storm or
a rain (台風後の片付け) no disease stands before 後の, so nothing is said.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from detectors.jp.sensitive.named_before import named_before
from detectors.jp.sensitive.phrases import Phrase

CUES = ("後の",)
# what is left: a part's (傷の, 創部) pain, paralysis, numbness, swelling, breathlessness, or a condition's head
_LEFT = re.compile(r"後の(?:[一-龥ァ-ヺー]{1,4}の)?[一-龥ァ-ヺーぁ-ゖ]{0,8}?"
                   r"(?:まひ|麻痺|しびれ|痺れ|痛み|痛|むくみ|浮腫|息切れ|拘縮|後遺症|障害|不全|症状|症|炎|感染|出血|うつ)")
# an operation said by its act (帝王切開, 会陰切開, 分娩): no ending of the health lexicon's
_OPERATIONS = ("切開", "術", "分娩", "出産")


def left_after(text: str, disease_like: Callable[[str], bool], known: Callable[[str], bool]) -> list[Phrase]:
    """Each condition after a disease or an operation named just before 後の, as one 病歴 phrase.
    `known`: a name of the lexicon (only such a name may hold kana: くも膜下出血)."""
    found = []
    for match in _LEFT.finditer(text):
        start = named_before(text, match.start(), lambda noun: _named(noun, disease_like), known)
        if start is not None:
            found.append(Phrase(start, match.end(), "病歴"))
    return found


def _named(noun: str, disease_like: Callable[[str], bool]) -> bool:
    return disease_like(noun) or (noun.endswith(_OPERATIONS) and len(noun) > 2)
