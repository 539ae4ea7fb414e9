"""An illness as a topic, no one's (care15): the disease is the modifier of a noun that makes it
a subject of teaching, a course or a guide — a lecture's title (糖尿病の病態と治療, 認知症の理解),
a training a worker took (認知症介護基礎研修, 喀痰吸引等研修), a class (糖尿病教室), a guide's
title line (てんかん発作時の対応, 心不全とは). A person's record says the person has it, takes
care for it or needs it (てんかん発作時の対応手順を共有する, in a child's row, is read by its
record: the title form is read only on the first line of a text, its title).
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.phrases import Phrase
from detectors.lines import line_bounds

# a noun that makes the disease a subject taught or a course attended, wherever it stands
_TOPIC = re.compile(r"(?:の|に関する|についての|に対する)?(?:病態|病理|基礎知識|最新治療|治療法|予防法|治療と予防|診断と治療"
                    r"|メカニズム|正しい知識|理解(?!が|力)|看護(?:過程|技術)|症状と(?:治療|対応|ケア))"
                    r"|(?:等|の)?(?:介護|ケア|支援|看護|対応力)?(?:基礎|実践|指導者|リーダー|専門|向上)?"
                    r"(?:研修|講座|講習|教室|セミナー|勉強会|養成研修|サポーター養成)")
# a guide's title: what to do when it happens, what it is
_TITLE = re.compile(r"(?:時|の際|が起きた(?:とき|時|ら))の?(?:対応|対処|応急手当|手当て?|注意)|とは(?![一-龥ぁ-ん])")
# a form's printed instruction on the phrase's line: what to mark (現在治療中のもの（■を付ける）)
_INSTRUCTION = re.compile(r"(?:印|○|◯|〇|■|✓|レ|チェック)を?(?:付け|つけ|記入|入れ)|該当する(?:もの|項目|番号)|(?:ものを|ものに)(?:選|お選)")
# the state the question asks about (治療中のもの): alone, a state of no one named
_CARE_STATE = re.compile(r"(?:現在)?(?:治療|通院|服薬|投薬|加療|療養|経過観察)中")
_HEALTH = ("病歴", "健康診断結果")


def without_topics(text: str, found: list[Phrase]) -> list[Phrase]:
    """The phrases but an illness told as a topic (a course's, a training's, a guide's title)."""
    if not any(p.category in _HEALTH for p in found):
        return found
    first_line_end = text.find("\n")
    return [p for p in found if p.category not in _HEALTH or not (
        _TOPIC.match(text, p.end) or (_TITLE.match(text, p.end) and (first_line_end < 0 or p.end <= first_line_end)
                                      and "\t" not in text[:max(first_line_end, 0)]) or _instructed(text, p))]


def _instructed(text: str, phrase: Phrase) -> bool:
    """The phrase's line asks what to mark: the form's printed question, no one's answer."""
    line_start, line_end = line_bounds(text, phrase.start, phrase.end)
    return _CARE_STATE.fullmatch(text, phrase.start, phrase.end) is not None \
        and _INSTRUCTION.search(text, line_start, line_end) is not None
