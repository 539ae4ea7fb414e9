"""A condition left after a disease or an operation (care16): 脳梗塞後の左半身まひ,
心筋梗塞後の息切れ, 帝王切開後の傷の痛み. The disease named first is what the writer records:
the whole is the illness (病歴), as 脳梗塞の後遺症で左半身にまひ is (health). After a storm or
a rain (台風後の片付け) no disease stands before 後の, so nothing is said. A paralysis left
(脳梗塞後の右片まひ) stays in the one 病歴 phrase: the law's 障害 (施行令第2条, 規則第5条) is
a certified or certifiable disability, which a text names (障害, 手帳, 級) — sequels_told (health18b).
"""

from __future__ import annotations

import bisect
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


# what a sequel left, told after it (脳梗塞の後遺症で左半身に軽いまひ, 脳出血後遺症による右手のしびれ)
_SEQUEL_THEN = re.compile(r"後遺症(?:で|による|により|のため|として|が残り)、?[ 　]*"
                          r"(?P<left>[^。、\n\t]{0,12}?(?:まひ|麻痺|拘縮|しびれ|痺れ|障害|障がい)(?:\([^()\n]{1,12}\))?)")
# the text names a disability of the law's (身体障害者福祉法's 別表: a certified grade, a 手帳): 障害
_DISABILITY_NAMED = re.compile(r"障害|障がい|手帳|[0-9一二三四五六七]級")


def sequels_told(text: str, found: list[Phrase]) -> list[Phrase]:
    """A phrase holding or ending at a sequel (後遺症) with what it left told after it, as one
    phrase to that end: the disease's history (病歴), as a paralysis named as a disease's sequel
    is — a 障害 only when the text names a disability (障害, 手帳, 級: a certified one) (health18b)."""
    if "後遺症" not in text:
        return found
    sequels = [m.start() for m in _SEQUEL_THEN.finditer(text)]  # once per text, not per phrase
    if not sequels:
        return found
    told, whole = [], []
    for phrase in found:
        index = bisect.bisect_left(sequels, phrase.start)
        at = sequels[index] if index < len(sequels) and sequels[index] < phrase.end else -1
        sequel = _SEQUEL_THEN.match(text, at) if at >= 0 and phrase.category in ("病歴", "障害") else None
        if sequel is None or phrase.key:
            told.append(phrase)
            continue
        named = _DISABILITY_NAMED.search(text, sequel.start("left"), max(phrase.end, sequel.end()))
        whole.append(phrase._replace(end=max(phrase.end, sequel.end()), category="障害" if named else "病歴"))
    # what was read alone inside (片麻痺 inside 右片麻痺) is the one phrase
    return [p for p in told if not any(w.start <= p.start and p.end <= w.end for w in whole)] + whole
