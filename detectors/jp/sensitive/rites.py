"""A person's or a family's faith told by their rites and their place of worship (read from
corpus 13's errors): a household altar closed at a denomination's temple (仏壇は浄土真宗本願寺派の
お寺で閉眼供養), a grave moved from a denomination's temple cemetery (日蓮宗の寺院墓地より移転), or
the person said to be of a denomination (ご本人は真言宗豊山派とのこと). The denomination is the
information (宗教), reported as its name; a temple's own notice or a cemetery's own description
(当霊園は日蓮宗の寺院墓地です) is said in the organisation's voice, which the recognizer's other
checks leave to no one.
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.lexicon import Lexicon, words_regex
from detectors.jp.sensitive.phrases import Cells, Phrase

# the place of worship and the rite done there for the family (not a visit or an event)
_PLACE = r"の(?:お寺|寺|寺院|寺院墓地|墓地|霊園|教会|モスク|神社|会堂)"
_RITE = (r"(?:で|より|から|に|にて)(?:[^。\n]{0,8}?)(?:閉眼|開眼|供養|法要|葬儀|納骨|移転|改葬|埋葬|葬送|告別式|通夜|永代|墓じまい"
         r"|分骨|戒名|法名|洗礼)")
# the person said to be of the denomination
_HOLDER = r"(?:ご?本人|故人|ご?家族|実家|[一-龥々]{2,8}(?:さん|様|氏))(?:は|の家は|の家は代々)"
_SAID = r"(?:とのこと|です|だ|である|であり|と聞いて|と伺|の家系)"


class RitesMatcher:
    def __init__(self, lexicon: Lexicon) -> None:
        religions = words_regex(lexicon.religions)
        self._rite = re.compile(rf"(?P<faith>{religions}){_PLACE}{_RITE}")
        self._said = re.compile(rf"{_HOLDER}[ 　]*(?P<faith>{religions}){_SAID}")

    def find(self, text: str, cells: Cells) -> list[Phrase]:
        if "宗" not in text and "教" not in text and "カトリック" not in text and "プロテスタント" not in text:
            return []
        return [Phrase(m.start("faith"), m.end("faith"), "宗教")
                for pattern in (self._rite, self._said) for m in pattern.finditer(text)]
