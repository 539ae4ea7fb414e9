"""信条 told by a group that stands for a cause, or by a political outlook (sens7): a seat in
or work for a group named by what it asks (憲法九条を守る会の世話人, 死刑廃止を訴える会の会員,
再稼働に反対する市民の会で活動), and an outlook said of the person (保守的な政治思想を持つ,
社会主義の思想を持っている). A group's name alone, a cause alone or an invitation
(〜を守る会にご参加ください) is no one's belief.
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.lexicon import Anchored, compile_pattern
from detectors.jp.sensitive.phrases import NOT_PRESENT, Cells, Phrase, is_denied, is_generic
from detectors.jp.sensitive.seats import HOW_LONG, SEAT_WORD

# a group named by its cause: 〜を守る会, 〜を訴える市民の会, 〜に反対する運動
_ASKS = (r"(?:を(?:守る|訴える|求める|願う|望む|考える|掲げる|実現する|めざす|目指す|進める|許さない)|に反対する|をなくす|保護|愛護|廃絶|撤廃"
         # or by what it wants of an issue, as a noun (原発再稼働反対の市民団体, 死刑存置派の会) (sens23)
         r"|(?:反対|廃止|阻止|撤回|存置)(?:派)?の)")
_GROUP = r"(?:(?:市民|県民|区民|町民|住民|女性|母親|親)の?|[一-龥]{0,2}の)?(?:会|団体|グループ|ネットワーク|連絡会|協議会|運動|市民運動|NPO(?:法人)?)[」』]?"
_SEAT = (r"(?:の|で)?(?:世話人|代表|共同代表|事務局(?:長)?|役員|理事|幹事|会員|メンバー|活動家|呼びかけ人|支持者|支援者|実行委員(?:長)?|ボランティア|運動員)"
         r"(?:を(?:担当|務め))?"  # the seat's verb taken in: 担当 after it reads as a desk's (phrases._GENERIC_AFTER)
         rf"|(?:に|へ|で){HOW_LONG}(?:所属|加入|入会|参加|関わ|携わ|活動)(?:して(?:いる|おり|いた)|した|している|っている|ってきた)|{SEAT_WORD}")
_OUTLOOK = (r"(?:保守|リベラル|革新|右翼|左翼|右派|左派|社会主義|共産主義|無政府主義|国家主義|民族主義|自由主義|新自由主義|反共|親米|反米)"
            r"(?:的な|の|系の)?(?:政治)?(?:思想|信条|考え方|政治観|立場)(?:を持(?:つ|って(?:いる|おり|いた))|の持ち主|を公言)")
# an invitation after the phrase (〜にご参加ください): no one's belief (creeds too)
INVITED = re.compile(rf"(?:しましょう|ください|下さい|する方|される方|の方{NOT_PRESENT}|者は|希望者|募集)")
_WORDS = re.compile(r"会|団体|グループ|ネットワーク|NPO|運動|思想|信条|考え方|政治観|立場")


class AdvocacyMatcher:
    def __init__(self, lexicon=None) -> None:
        self._group = Anchored(rf"{_ASKS}{_GROUP}(?:{_SEAT})", "一-龥々ァ-ヺー0-9・", 14, least=2)
        self._outlook = compile_pattern(_OUTLOOK)

    def find(self, text: str, cells: Cells) -> list[Phrase]:
        if not _WORDS.search(text):
            return []
        found = [Phrase(s, e, "信条") for s, e in self._group.spans(text)]
        found += [Phrase(*m.span(), "信条") for m in self._outlook.finditer(text)]
        return [p for p in found if not is_denied(text, p.end) and not INVITED.match(text, p.end)
                and not is_generic(text, p.start, p.end)]
