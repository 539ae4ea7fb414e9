"""An immunity or infection test's result written with its item (practicum16): a college's
practicum list, a nursery's or a hospital's staff roster, a pre-placement check writes
`麻疹抗体 陰性`, `風疹抗体価 8倍未満`, `ムンプスIgG抗体: 基準値未満`, `HBs抗原 (+)`,
`クォンティフェロン 判定保留` — in a table's cell, a PDF's row joined by spaces, a line of
its own or a sentence (水痘抗体が陰性でした). The item names what was tested, so the
phrase says what it is wherever it stands, under any header or none.

The finding is a result that tells something of the person's body: an antibody too low
(陰性, 低値, 基準未満, 要接種: not immune), an antigen or an infection's antibody found
(HBs抗原 陽性, HCV抗体 陽性), a tuberculosis test positive. A measles antibody 陽性 is the
normal result (immune) and, like a check-up's value in range, is not reported; 済 says
only that the test was done. A notice's rule (抗体が陰性の方は接種を) is dropped later by
results_of_a_kind.
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.phrases import Cells, Phrase

CATEGORY = "健康診断結果"
# the words without which no result here is written (one scan of the text: each alternative opens with a fixed letter)
CUES = re.compile(r"抗[体原]|クォンティ|QFT|T-SPOT|IGRA|ツベルクリン|ツ反")
# what was tested, right before 抗体 / 抗原: a disease (麻疹, B型肝炎), a virus or a marker (HBs, HCV)
# (not from a digit: a number glued before it by a PDF's row, 090-…-5926ムンプス抗体)
# (麻しん, 風しん: the ministry's spelling; a space may part it from 抗体: 麻疹 抗体価)
_ITEM_BEFORE = re.compile(r"(?:おたふくかぜ|おたふく|みずぼうそう|はしか|麻しん|風しん|[一-龥ァ-ヺA-Za-z])[一-龥ァ-ヺーA-Za-z0-9・\-]{0,9}[ 　]?$")
_SITE = re.compile(r"抗(?:体|原)")
# infections whose antibody found is the finding (not immunity from a vaccine)
_INFECTION = re.compile(r"(?:HCV|C型肝炎|HIV|HTLV-?1?|梅毒|TP|HBc)$")
LOW = r"陰性|低値|基準値?未満|基準値?以下|不十分|判定保留|保留|偽陽性|擬陽性|要(?:追加)?(?:ワクチン)?接種|要再検査?|\( *[-−‐±] *\)"
FOUND = r"陽性|強陽性|\( *[+＋]+ *\)"
_TAIL = (r"(?:価)?(?: *[(（]?(?:IgG|IgM|EIA|HI|PA|NT|CLIA)法?[)）]?)?(?:検査)?(?:結果)? *(?:[:：\t] *)?(?:は|が)? *"
         r"(?:[0-9.]+ *(?:倍|IU/mL|mIU/mL)? *(?:未満)? *[(（]?)?")
_AFTER_ANTIBODY = re.compile(_TAIL + rf"(?P<result>{LOW})")
_AFTER_FOUND = re.compile(_TAIL + rf"(?P<result>{FOUND})")  # an antigen's or an infection's 陰性 is the normal result
# a tuberculosis test, named by itself
_TUBERCULOSIS = re.compile(r"(?:クォンティフェロン|QFT|T-SPOT|IGRA|ツベルクリン反応|ツベルクリン|ツ反)(?:-TB)?(?:検査)?"
                           r" *(?:[:：\t] *)?(?:は|が)? *(?P<result>強陽性|陽性|判定保留|\( *[+＋]+ *\))")


class AntibodyResults:
    """An antibody's or an antigen's result after its item; a tuberculosis test's."""

    def find(self, text: str, cells: Cells) -> list[Phrase]:
        if CUES.search(text) is None:
            return []
        found = []
        for site in _SITE.finditer(text):
            line_start = text.rfind("\n", 0, site.start()) + 1
            item = _ITEM_BEFORE.search(text, max(line_start, site.start() - 11), site.start())
            if item is None:
                continue
            antigen = site.group() == "抗原" or _INFECTION.search(item.group().rstrip()) is not None
            after = (_AFTER_FOUND if antigen else _AFTER_ANTIBODY).match(text, site.end())
            if after is not None:
                found.append(Phrase(item.start(), after.end("result"), CATEGORY))
            elif (low := _TAIL_LESS_THAN.match(text, site.end())) is not None:
                found.append(Phrase(item.start(), low.end(), CATEGORY))  # 風疹抗体価 8倍未満
        found += [Phrase(m.start(), m.end("result"), CATEGORY) for m in _TUBERCULOSIS.finditer(text)]
        return found


_TAIL_LESS_THAN = re.compile(r"(?:価)?(?:検査)?(?:結果)? *(?:[:：\t] *)?(?:は|が)? *[0-9.]+ *倍? *未満")
