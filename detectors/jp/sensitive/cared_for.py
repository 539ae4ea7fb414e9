"""病歴 told by the care a named disease gets, where the disease and the care's verb stand apart:
its medicine changed or taken (膵嚢胞の薬が変わり, 痛風の薬を飲み始めた), its care at a place
(〜にて当院で加療中, 〜で市立病院に通院中, 〜のため大学病院へ入院), its diagnosis said as a noun
(〜の診断で服薬継続, 〜の診断あり), a remedy applied for it (〜で保湿剤を塗布), its care noted in
brackets right after its name (喘息(吸入薬), 高血圧(内服中), 乾癬(外用・通院中)) — a roster's, a
note's or a mail's way, in a cell, after a label or in a sentence (sens20). The disease is read back from
the anchor as a noun of its own shape (health.DISEASE_ENDINGS or the lexicon), never from a list
of sentences; a medicine or a hospital named without a disease tells nothing here.
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.lexicon import WORD_CHAR, Lexicon, kana_names, words_regex
from detectors.jp.sensitive.phrases import Cells, Phrase

# a disease's medicine or treatment, and what happened to it
_MEDICINE = re.compile(r"の(?:[一-龥ァ-ヺ]{1,5}|塗り|飲み|貼り)?(?:薬|お薬|治療薬|内服薬|注射|点滴|治療|療法|処方)(?:(?:が|を|は|も)[^。\n、]{0,8}?)?"
                       r"(?:変わ|変更|増え|増量|減|減量|始ま|始め|飲み|飲んで|続け|続いて|続く|継続|終わ|受け|中止|再開|処方|出て|効い|切れ"
                       r"|預か|持参|持たせ|塗|使っ|使用|打っ|打ち|忘れ|飲み忘れ|切らし|切れ)")
# a medicine named against the disease, and what happened to it (抗アレルギー薬が増えた) (care15)
_AGAINST = re.compile(r"抗(?P<disease>[ァ-ヺー一-龥]{2,8}?)(?:薬|剤)(?:(?:が|を|は|も)[^。\n、]{0,8}?)"
                      r"(?:変わ|変更|増え|増量|減|減量|始ま|始め|飲み|飲んで|続け|継続|中止|再開|処方|出|忘れ|切らし|預か|持参|持たせ)")
# a remedy applied for the disease (〜で保湿剤を塗布, 〜で吸入薬を使用中, 〜で目薬を点眼)
_APPLIED = re.compile(r"で(?:[一-龥ァ-ヺ]{1,6})?(?:薬|剤|軟膏|クリーム|ローション|目薬|点眼薬|吸入器|パッチ)を(?:毎日|毎朝|毎晩|朝晩)?"
                      r"(?:塗布|塗っ|塗る|使用|使っ|服用|内服|吸入|点眼|貼付|貼っ|持参|携帯)")
# a disease with its cause particle, then the place that cares for it, then the care
_AT_A_PLACE = re.compile(r"(?:にて|で|のため(?:に)?|により)、?(?:当院|貴院|当科|貴科|[一-龥ァ-ヺ]{1,10}(?:病院|医院|クリニック|診療所|センター|内科|外科|科))"
                         r"(?:で|に|へ|にて|を)(?:加療|通院|入院|治療|経過観察|フォロー|受診|手術|療養)")
# a disease diagnosed, said as a noun (統合失調症の診断で服薬継続, 〜の診断あり): not 診断書, not a check-up's 健康診断
_DIAGNOSED = re.compile(r"(?:の|と)診断(?:で|あり|が(?:ある|あり|出|下り)|を受け|済み?(?![一-龥]))")
# the care in brackets after the disease's name: a medicine, its route or a course of care (sens20)
_IN_BRACKETS = re.compile(r"\((?:[^()\n]{0,12}?)(?:外用|内服|服用|服薬|投薬|投与|吸入|注射|点眼|点鼻|貼付|塗布|通院|治療|加療|療養"
                          r"|経過観察|術後|透析|処方|薬|剤|軟膏|インスリン)[^()\n]{0,8}\)")
# …but the disease with its care as the topic of what follows (〜(抗ウイルス薬)の流行期には, 〜(外用)について)
_TOPIC_AFTER = re.compile(r"の(?!ため)|に(?:は|つ|関|対)|とは")

_CUES = ("診断", "薬", "剤", "軟膏", "クリーム", "ローション", "吸入器", "パッチ", "治療", "療法", "注射", "点滴", "処方",
         "病院", "医院", "クリニック", "診療所", "センター", "当院", "貴院", "当科", "貴科", "科",
         "外用", "内服", "服用", "服薬", "投薬", "投与", "吸入", "点眼", "点鼻", "貼付", "塗布", "通院", "加療", "療養", "経過観察",
         "術後", "透析", "インスリン")
_CUE = re.compile("|".join(_CUES))  # one scan of the text, not one a cue


class CaredForMatcher:
    """A disease named before the medicine or the place that cares for it."""

    def __init__(self, lexicon: Lexicon, disease_like) -> None:
        self.lexicon = lexicon
        self.disease_like = disease_like  # HealthMatcher.disease_like: the lexicon or a disease's ending
        # a name with kana in it is read back by name (乳がん, 尋常性ざ瘡) (sens20: the lexicon's, not three)
        kana = words_regex(kana_names(lexicon.diseases) + ("がん",))
        self._noun_before = re.compile(rf"(?:[{WORD_CHAR}]{{0,14}}{kana}|[{WORD_CHAR}]{{2,16}})\Z")

    def find(self, text: str, cells: Cells) -> list[Phrase]:
        if _CUE.search(text) is None:
            return []
        found = []
        for pattern in (_MEDICINE, _APPLIED, _AT_A_PLACE, _DIAGNOSED, _IN_BRACKETS):
            for match in pattern.finditer(text):
                line_start = text.rfind("\n", 0, match.start()) + 1
                noun = self._noun_before.search(text, max(line_start, match.start() - 16), match.start())
                if noun and self.disease_like(noun.group()) and not (
                        pattern is _IN_BRACKETS and _TOPIC_AFTER.match(text, match.end())):
                    found.append(Phrase(noun.start(), match.end(), "病歴"))
        found += [Phrase(m.start(), m.end(), "病歴") for m in _AGAINST.finditer(text) if self.disease_like(m.group("disease"))]
        return found
