"""A treatment's supplies or deliveries for a named client (care16): a pharmacy's or a
dealer's round (在宅酸素療法の消耗品, インスリン製剤の定期お届け, 腹膜透析液の定期配送) tells
the illness the client is treated for, though no verb says "has". A notice about the
supplies (〜の配送に関するお知らせ, 〜の発注は毎月) is of no one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from detectors.jp.sensitive.named_before import named_before
from detectors.jp.sensitive.phrases import Phrase

CUES = ("消耗品", "衛生材料", "配達", "配送", "お届け", "定期便", "補充")
# what is brought (the supplies, or the delivery itself), right after the treatment's の: searched
# by its own first letters (a pattern opening with の would stop at every の of the text)
_SUPPLIED = re.compile(r"消耗品|衛生材料|定期(?:配達|配送|お届け|補充|便)|配達|配送|お届け|補充")
# the supplies as a subject of a rule or a notice, not a client's round
_OF_NO_ONE = re.compile(r"(?:に関する|について|に関して|のお知らせ|のご案内|の(?:取り?扱い|発注|在庫|手順|方法)|は(?:、)?(?:毎月|毎週|休止|停止))")
# the form the treatment comes in, read off before the treatment's name is judged (透析液, 注射液)
_FORM = re.compile(r"(?:液|用品|装具|器材|キット|セット|ボンベ)$")


def supplied(text: str, treatment_like: Callable[[str], bool], known: Callable[[str], bool]) -> list[Phrase]:
    """Each treatment followed by its supplies or its delivery, as a 病歴 phrase. `known`: a
    name of the lexicon (only such a name may hold kana: 抗がん剤)."""
    found = []
    for match in _SUPPLIED.finditer(text):
        if text[match.start() - 1:match.start()] != "の" or _OF_NO_ONE.match(text, match.end()):
            continue
        start = named_before(text, match.start() - 1, lambda noun: treatment_like(_FORM.sub("", noun) or noun),
                             lambda noun: known(_FORM.sub("", noun)))
        if start is not None:
            found.append(Phrase(start, match.end(), "病歴"))
    return found
