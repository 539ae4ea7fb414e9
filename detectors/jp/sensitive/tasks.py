"""An aid or a disability word naming a task one does for others (sens20): a volunteer's, a
helper's or a staff member's work — 活動内容: 車いす介助, 担当: 車椅子の押し・誘導, 希望する活動 |
視覚障害のある方の誘導, 経験: 車いすの移乗介助 — or the organisation's equipment kept up (車いすの
清掃・点検, 車椅子 整備, 車いす2台). The person helps whoever uses the aid; the words tell no one's body.

A need stays the person's (車いす介助が必要, 要車いす介助, 車いす(全介助)), and so does a label of
the person's own state (移動: 車いす介助, ADL: 車いす): only a label or a column of what one does
(活動, 担当, 業務, 役割, 経験, 資格 …) makes helping a task; upkeep of equipment is one
under any label, unless the aid is said to be the person's (本人の車いすを点検).
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.phrases import Phrase

# whom the helping is for, then the help (者の誘導, のある方の介助, 利用者の移乗)
_AID = re.compile(r"車いす|車椅子|車イス|白杖|歩行器|補聴器|障害|障がい")
_FOR_WHOM = r"(?:者|児|(?:の|が)?ある(?:方|人)|の(?:ある)?方|利用者|使用者)?(?:の|を|への)?"
_HELPING = re.compile(_FOR_WHOM + r"(?:移乗|移動|乗降|歩行|食事|入浴)?(?:介助|介護|押し|誘導|付き?添い|サポート|補助|送迎|ガイド)")
# the equipment kept up, or counted as things (車いす2台, 歩行器 3基)
_UPKEEP = re.compile(r"(?:の|を)?(?:清掃|点検|整備|消毒|洗浄|メンテナンス|保守|管理|搬送|準備|片付け|回収|修繕|空気入れ)"
                     r"| *[0-9]+ *(?:台|基|脚|セット)")
# the help as the person's own need (介助が必要, 全介助, 介助を要する, 見守りレベル)
_NEEDED = re.compile(r"[^\t\n。]{0,4}?(?:が|を)?(?:必要|要する|要す|受け|レベル)|[^\t\n。]{0,3}[(（]?(?:全|一部|要)介助")
# a label or a column of what one does
_TASK = re.compile(r"活動|担当|業務|役割|作業|仕事|職務|従事|係|経験|資格|できること|得意|特技|スキル|ボランティア|奉仕")
LABEL_REACH = 12
_OWN = re.compile(r"(?:本人|自分|自身|ご自身|愛用|私物|個人)の?$")


def names_a_task(text: str, phrase: Phrase, above: list[str] | None) -> bool:
    """A 障害 phrase followed by a help given to someone under a task's label or column, or by
    the upkeep of equipment (not the person's own aid)."""
    if phrase.category != "障害" or text[phrase.start - 1:phrase.start] == "要":
        return False
    aid = _AID.search(text, phrase.start, phrase.end)  # the help may be read into the phrase (車椅子の移乗介助)
    after = aid.end() if aid else phrase.end
    if _UPKEEP.match(text, after):
        return not _OWN.search(text, max(0, phrase.start - 6), phrase.start)
    helping = _HELPING.match(text, after)
    if helping is None or _NEEDED.match(text, helping.end()):
        return False
    cell_start = max(text.rfind("\t", 0, phrase.start), text.rfind("\n", 0, phrase.start)) + 1
    colon = text.rfind(":", cell_start, phrase.start)  # the cell's own label (活動内容: …)
    if colon >= 0:
        return _TASK.search(text, max(cell_start, colon - LABEL_REACH), colon) is not None
    return bool(above) and _TASK.search(above[-1]) is not None
