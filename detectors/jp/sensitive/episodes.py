"""病歴 told by a past episode or by care the person keeps up (sens6): てんかん発作の既往が
あり, 喘息の既往歴あり (a nurse's or a teacher's note), インスリン注射を一日二回自己管理,
ホルモン療法を継続中 (a care plan), a medicine by its form and dose (a pharmacy's 薬歴),
脳梗塞の再発予防; a record of prison or reform school (少年院に入って
いた) or being taken in (深夜徘徊で補導): 犯罪歴. The disease or the treatment is a word of the lexicon; the predicate says it
is the person's.
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.lexicon import Lexicon, compile_pattern, whole_word, words_regex
from detectors.jp.sensitive.phrases import Cells, Phrase, is_denied, is_generic

_PAST = r"(?:発作)?(?:の既往(?:歴)?|歴)(?:が(?:あり|ある|あって)|あり|有り?|を持つ)"  # (care15) アナフィラキシー歴あり
_KEPT_UP = (r"(?:を)?[^。\n\t、]{0,8}?(?:自己管理(?:して(?:いる|おり))?|自己注射(?:して(?:いる|おり))?|継続(?:中|して(?:いる|おり))?"
            r"|実施中|常時携帯|携帯(?:して(?:いる|おり))?)")
_INSIDE = (r"(?:少年院|少年鑑別所|鑑別所|刑務所|拘置所)(?:に|へ)(?:入って(?:いた|いる|おり)|入所(?:して(?:いた|いる)|した)"
           r"|収容(?:されて(?:いた|いる)|された)|送られ(?:た|て(?:いた|いる)))")
# a medicine by its form and dose (ドネペジル塩酸塩錠5mg, ランソプラゾールOD錠15mg): given by a
# pharmacist, 調剤 is 要配慮 as the disease is. A tablet is one whatever its dose; another form
# needs its dose (a タイムカプセル, a hand cream are not medicines)
_MEDICINE = (r"(?<![ァ-ヺー])[ァ-ヺー]{3,14}(?:[一-龥]{1,4}塩)?(?:(?:OD|徐放|腸溶|口腔内崩壊)?錠(?: *[0-9.]+ *(?:mg|μg|g))?"
             r"|(?:カプセル|散|顆粒|細粒|軟膏|点眼液|吸入液|内用液|坐剤|テープ|パップ) *[0-9.]+ *(?:mg|μg|g|mL|%|枚))")
# a disease kept from coming back (脳梗塞の再発予防): the person has had it
_RECURRENCE = r"(?:の)?再発(?:予防|防止)"
# taken in by the police for conduct (深夜徘徊で補導)
_TAKEN_IN = r"(?:[一-龥ァ-ヺー]{1,8}(?:で|により)(?:警察に)?)補導(?:された|され|歴)?"
# an injury told by how it befell (足を轢かれ打撲, 指を挟まれて骨折: a work accident's report)
_INJURED = (r"(?:挟まれ|轢かれ|ひかれ|ぶつけ|強打し|転倒し|転落し|落下し)(?:て)?、?"
            r"(?:打撲|骨折|捻挫|挫創|裂傷|切創|擦過傷|脱臼|熱傷|やけど)")
# a work vehicle or machine did it: an accident, no crime (フォークリフトに足を轢かれ)
_MACHINE = re.compile(r"(?:フォークリフト|台車|重機|クレーン|トラクター|コンベア|機械|ローラー)(?:に|で)[^。\n\t]{0,6}$")
_WORDS = re.compile(r"打撲|骨折|捻挫|挫創|裂傷|切創|擦過傷|脱臼|熱傷|やけど|既往|歴(?:あり|有|があ)|自己管理|自己注射|継続|実施中|携帯|少年院|鑑別所|刑務所|拘置所|錠|mg|再発|補導")


class EpisodeMatcher:
    def __init__(self, lexicon: Lexicon) -> None:
        self._rules = ((compile_pattern(rf"{words_regex(lexicon.diseases)}{_PAST}"), "病歴"),
                       (compile_pattern(rf"{words_regex(lexicon.treatments)}{_KEPT_UP}"), "病歴"),
                       (compile_pattern(_INSIDE), "犯罪歴"), (compile_pattern(_MEDICINE), "病歴"),
                       (compile_pattern(rf"{words_regex(lexicon.diseases)}{_RECURRENCE}"), "病歴"),
                       (compile_pattern(_TAKEN_IN), "犯罪歴"), (compile_pattern(_INJURED), "病歴"))

    def find(self, text: str, cells: Cells) -> list[Phrase]:
        if not _WORDS.search(text):
            return []
        found = [Phrase(*m.span(), category) for pattern, category in self._rules for m in pattern.finditer(text)
                 if whole_word(text, *m.span())]
        return [p for p in found if not is_denied(text, p.end) and not is_generic(text, p.start, p.end)]


def by_a_machine(text: str, phrases: list[Phrase]) -> list[Phrase]:
    """Without the 犯罪被害 of a work accident (フォークリフトに足を轢かれ)."""
    return [p for p in phrases if p.category != "犯罪被害" or not _MACHINE.search(text, max(0, p.start - 24), p.start)]
