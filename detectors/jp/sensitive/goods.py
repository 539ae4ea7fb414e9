"""An aid as goods (health22): a wheelchair or a walker named as the item of a rental, a sale or a
stock (貸与品目: 車いす（自走式）, 品名 歩行器, 備品: 車椅子2台) is a thing dealt in — the contract or the
list tells what changes hands, not that the person lives with a disability (the PPC's guidelines:
what only lets one guess a category is not 要配慮). The person's own use said in words stays
(移動：車いすを使用, 車いすで通所): no goods label leads it. Writer: corpus 21's care-equipment lease.
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.phrases import Phrase

_CUES = ("品", "機種", "型番", "在庫")  # most texts hold none: the rule is not run
# a label of goods on the phrase's line, its value running up to the phrase (no other label between)
_GOODS_LABEL = re.compile(r"(?:品目|品名|商品|製品|貸与品|貸出品|レンタル品|購入品|備品|機種|型番|在庫)(?:名)?[^\S\n]*[:：]"
                          r"[^:：\n\t]*$")
_AID = re.compile(r"車いす|車椅子|車イス|歩行器|歩行車|シルバーカー|杖|補聴器|集音器|義足|義手|介護ベッド|特殊寝台|リフト|スロープ")
_NOT_AN_AID = re.compile(r"障|手帳|級|使用|利用|生活|移動")  # a disability's own words or the person's use


def _an_aid(text: str, phrase: Phrase) -> bool:
    words = text[phrase.start:phrase.end]
    return bool(_AID.search(words)) and not _NOT_AN_AID.search(words)


def without_goods(text: str, found: list[Phrase]) -> list[Phrase]:
    """found without the 障害 phrases that are an aid given as the goods of a line's label."""
    if not any(cue in text for cue in _CUES) or not any(p.category == "障害" for p in found):
        return found
    return [p for p in found if not (
        p.category == "障害" and _an_aid(text, p)
        and _GOODS_LABEL.search(text, text.rfind("\n", 0, p.start) + 1, p.start))]


# a distance or a time reached with the aid (杖歩行で10m可能, 歩行器で50m自立): a rehabilitation's step
# measured, not a disability the person lives with (sens25: a case conference's 経過 slide)
_PROGRESS_AFTER = re.compile(r"[^\S\n]*で[^\S\n]*[0-9]+[^\S\n]*(?:m|メートル|分)[^\S\n]*(?:可能|自立|達成)")


def without_progress(text: str, found: list[Phrase]) -> list[Phrase]:
    """found without the 障害 phrases that are an aid with the distance or time reached with it."""
    return [p for p in found if not (p.category == "障害" and _an_aid(text, p) and _PROGRESS_AFTER.match(text, p.end))]
