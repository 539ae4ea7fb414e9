"""A condition left after a disease or an operation (care16): 脳梗塞後の左半身まひ,
心筋梗塞後の息切れ, 帝王切開後の傷の痛み. The disease named first is what the writer records:
the whole is the illness (病歴), as 脳梗塞の後遺症で左半身にまひ is (health). After a storm or
a rain (台風後の片付け) no disease stands before 後の, so nothing is said. A lasting
impairment left (脳梗塞後の左半身まひ, 脳出血後の右片麻痺) is a disability: the disease is
told as 病歴 and the impairment as 障害, as a sequel told with 後遺症 is (revrules18).
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
# a lasting impairment left (a paralysis, a contracture) is a disability, as a sequel's is (sequels);
# a pain, a numbness or a breathlessness after it is the illness's course (revrules18)
_LASTING = re.compile(r"(?:まひ|麻痺|拘縮)\Z")
# an operation said by its act (帝王切開, 会陰切開, 分娩): no ending of the health lexicon's
_OPERATIONS = ("切開", "術", "分娩", "出産")


def left_after(text: str, disease_like: Callable[[str], bool], known: Callable[[str], bool]) -> list[Phrase]:
    """Each condition after a disease or an operation named just before 後の, as one 病歴 phrase.
    `known`: a name of the lexicon (only such a name may hold kana: くも膜下出血)."""
    found = []
    for match in _LEFT.finditer(text):
        start = named_before(text, match.start(), lambda noun: _named(noun, disease_like), known)
        if start is None:
            continue
        lasting = _LASTING.search(match.group())
        if lasting:  # the disease is the illness, the impairment it left a disability: both told
            found += [Phrase(start, match.start(), "病歴"), Phrase(match.start() + len("後の"), match.end(), "障害")]
        else:
            found.append(Phrase(start, match.end(), "病歴"))
    return found


def _named(noun: str, disease_like: Callable[[str], bool]) -> bool:
    return disease_like(noun) or (noun.endswith(_OPERATIONS) and len(noun) > 2)


# a sequel's lasting impairment told after it (脳梗塞の後遺症で左半身にまひ, 脳梗塞後遺症による右片麻痺)
_SEQUEL_THEN = re.compile(r"後遺症(?:で|による|により|のため|として)、?[ 　]*(?P<left>[^。、\n\t]{0,10}?(?:まひ|麻痺|拘縮))")


def sequels_apart(text: str, found: list[Phrase]) -> list[Phrase]:
    """A body phrase holding or ending at a sequel (後遺症) with a lasting impairment told after it,
    as two: the disease up to 後遺症 (病歴) and the impairment to the phrase's end (障害) — one
    rule with left_after's (revrules18)."""
    if "後遺症" not in text:
        return found
    told, split = [], []
    for phrase in found:
        at = text.find("後遺症", phrase.start, phrase.end)
        sequel = _SEQUEL_THEN.match(text, at) if at >= 0 and phrase.category in ("病歴", "障害") else None
        if sequel is None or phrase.key:
            told.append(phrase)
            continue
        left = sequel.start("left")
        split.append(phrase._replace(start=left, end=max(phrase.end, sequel.end()), category="障害"))
        told.append(phrase._replace(end=at + len("後遺症"), category="病歴"))
    # the impairment read alone too (片麻痺 inside 右片麻痺) is the one phrase
    return [p for p in told if not any(s.start <= p.start and p.end <= s.end for s in split)] + split
