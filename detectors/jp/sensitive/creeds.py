"""信条 as no single writer wrote it but any may (creed20): the forms of a belief that
thirteen development writers' phrases generalise to, read by the act or the noun that
says it, each anchored on fixed letters:

- a camp or an advocate of a cause (改憲派である, 熱心な反原発論者, 脱原発を主張している);
- a conviction as the reason of a way of life (倫理的な理由から菜食主義を貫く, 信念として
  輸血を拒否, 良心的兵役拒否者);
- a political act of one's own (議会に請願書を提出した, 陳情を繰り返している, 市議選に
  立候補した経験がある);
- a party's standing or work (党籍を持つ, 〜党の機関紙を購読, 〜党の選挙ボランティアをした).

A party's, a company's or the public's stand (党は脱原発を主張, 当社は〜を推進), an
invitation (〜にご参加ください) and a school's election (生徒会長に立候補) tell no one's belief.
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.advocacy import INVITED
from detectors.jp.sensitive.lexicon import Anchored, compile_pattern
from detectors.jp.sensitive.phrases import Cells, Phrase, is_denied, is_generic

_LETTERS = "一-龥々ァ-ヺー・"
# a cause's word at the end of the run before 派 / 論者 / を主張: a cause of its own (反原発, 護憲), or what is
# wanted of an issue named before it (死刑存置, 原発再稼働反対; 賛成派 alone names no issue)
_CAUSE_END = re.compile(r"(?:(?P<own>[反脱](?!対)[一-龥ァ-ヺー]{1,6}|護憲|改憲|非戦)"
                        r"|廃止|廃絶|撤廃|存置|存続|反対|賛成|擁護|愛護|保護|推進|平和)\Z")
_CAMP = r"(?:派|論者)(?:である|だ|です|であり|として|を自認|を公言|と(?:して|自認|公言))"
_ASSERTED = (r"を(?:強く|一貫して|熱心に|公然と|常々|以前から|長年)?"
             r"(?:主張(?:して(?:いる|おり|いた)|した|する|し続け)|(?:訴え|唱え)(?:て(?:いる|おり|いた)|た|る|続け))")
# a conviction named as the reason, then the way of life it rules (肉を食べない, 革製品を使わない)
# (each pattern opens with a set of literal first letters: an alternation of groups would be tried everywhere)
_REASONS = (r"(?:倫理|道徳|良心|主義|思想|信条)(?:的な|上の|の)理由(?:から|で|により|によって)",
            # 信念, 信条 or 思想 named as the reason, however a writer words it (leftovers20)
            r"(?:信念|信条|思想)(?:上の理由)?(?:として|から|により|によって|に基づき|に基づいて|に従い|に従って|上)",
            r"(?:重んじる|大切にする)考えから")
_WAY = (r"(?:(?:菜食|ヴィーガン|ビーガン|ベジタリアン|肉|魚|動物性|革製品|毛皮|輸血|兵役|徴兵|軍|投票|献血|動物実験|解剖|国歌|国旗|君が代)"
        r"[^。\n\t]{0,10}?(?:しない|しな(?:かった|く)|せず|ない|ず|拒否|拒ん|拒む|貫|実践|続け|避け|控え|である|だ|です|を通)"
        # or the way of life named as a noun that ends the clause (〜の信条からヴィーガン。, 〜からベジタリアンとの申し出) (sens20)
        r"|(?:ヴィーガン|ビーガン|ベジタリアン|ペスカタリアン|フルータリアン|菜食主義者?|完全菜食|プラントベース)"
        r"(?=[。、,)」\t\n]|$|と(?:の|いう)?[^。\n\t]{0,3}(?:申し?出|こと|事|話|報告|相談|申告)))")
_OBJECTOR = r"良心的(?:兵役|徴兵)?拒否(?:者)?"
# one's own petition or lobbying, and a candidacy in a public election
_LOBBIED = r"(?:請願|陳情)(?:書を[^。\n\t]{0,8}?(?:提出|出し|送)|(?:活動)?を(?:繰り返|続け|行っ|重ね))"
_ELECTION = re.compile(r"(?:[一-龥]選(?:挙)?|選挙|議会|議員|首長|市長|知事|町長|村長|区長|党(?:公認)?)(?:に|で|から|として)?\Z")
_STOOD = r"立候補(?:した(?:ことが(?:ある|あり)|経験)|経験|歴|して(?:いた|落選|当選)|し(?:て)?落選|し(?:て)?当選)"
# a protest taken part in, whatever its cause (国会前の抗議行動に参加), and a self-named ideologist
_PROTESTED = r"(?:抗議行動|抗議デモ|抗議集会|デモ行進)(?:に|へ)(?:参加|加わ)(?:し|っ)"
_IDEOLOGIST = (r"(?:リバタリアン|アナキスト|アナーキスト|マルキスト|マルクス主義者|フェミニスト|ナショナリスト|シオニスト|パシフィスト)"
               r"(?:である|だ|です|を自認|を公言|と(?:して|自認|公言))")
# a party's standing or work of the person
_PARTY_WORK = (r"党籍を(?:持|有|置)|党の?機関紙(?:を|の)(?:定期)?(?:購読|配達|配布)"
               r"|党の?(?:選挙)?(?:ボランティア|運動員|選挙運動|選挙事務所)(?:を|に|で|として)(?:し|参加|務め|手伝|活動)"
               # work at a party's branch or its supporters' body (〜党の地方支部で選挙ボランティア, 〜党後援会の役員) (sens23)
               r"|党の?[一-龥]{0,4}(?:支部|後援会|事務所|県連|選対|部|局)(?:の|で|に)(?:選挙)?"
               r"(?:ボランティア|運動員|役員|幹事|事務局(?:長)?|支部長|会計|世話人|所属|活動)(?:を(?:担当|務め))?")
_BY_A_BODY = re.compile(r"(?:会社|当社|弊社|組合|団体|協会|政府|自治体|議会|委員会|学会|[市町村県国党]|市民|国民|住民|世論)"
                        r"(?:として)?(?:は|も|が)[^。\n\t]{0,16}\Z")
_WORDS = re.compile(r"派|論者|主張|訴え|唱え|理由|信念|信条|考え|拒否|請願|陳情|立候補|党|抗議|デモ|スト|アン")


# a group's name in a field of one's groups (所属団体: 死刑廃止の会, 反原発ネットワーク, 〇〇党): named by its cause
_CAUSE_GROUP = re.compile(r"(?:を(?:守る|訴える|求める|なくす|めざす|目指す|許さない)|に反対する|廃止|廃絶|撤廃|撤去|撤退|阻止|反対|護憲|平和"
                          r"|(?<![一-龥])[反脱](?!対)[一-龥ァ-ヺー]{1,6})[一-龥ァ-ヺー]{0,6}?の?(?:会|団体|市民|ネットワーク|連絡会|NPO|運動)"
                          r"|[一-龥ァ-ヺー]{2,10}党(?:支部|員)?\Z")


CAUSE = "cause"  # the kind of labels.tsv's labels of one's groups


def names_a_cause(value: str) -> bool:
    """Whether a value under a label of one's groups (所属団体) names a group of a cause or a party."""
    return _CAUSE_GROUP.search(value) is not None


_RUN = re.compile(rf"[{_LETTERS}]{{2,10}}\Z")


def _with_cause(text: str, match: re.Match) -> list[tuple[int, int]]:
    """The match with the run of letters before it, when that run ends in a cause (脱原発 before を主張)."""
    run = _RUN.search(text, max(0, match.start() - 10), match.start())
    cause = run and _CAUSE_END.search(text, run.start(), match.start())
    return [(run.start(), match.end())] if cause and (cause["own"] or cause.start() > run.start()) else []


class CreedMatcher:
    def __init__(self, lexicon=None) -> None:
        self._held = (compile_pattern(_CAMP), compile_pattern(_ASSERTED))
        self._ways = tuple(compile_pattern(rf"{reason}[^。\n\t]{{0,12}}?{_WAY}") for reason in _REASONS)
        self._acts = tuple(compile_pattern(p) for p in (_OBJECTOR, _PROTESTED, _IDEOLOGIST, _LOBBIED))
        self._stood = compile_pattern(_STOOD)
        self._party_work = Anchored(_PARTY_WORK, _LETTERS, 12)

    def find(self, text: str, cells: Cells) -> list[Phrase]:
        if not _WORDS.search(text):
            return []
        found = [span for pattern in self._held for m in pattern.finditer(text) for span in _with_cause(text, m)]
        found += [m.span() for pattern in (*self._ways, *self._acts) for m in pattern.finditer(text)]
        found += [m.span() for m in self._stood.finditer(text) if _ELECTION.search(text, max(0, m.start() - 12), m.start())]
        found += list(self._party_work.spans(text))
        return [Phrase(s, e, "信条") for s, e in found
                if not is_denied(text, e) and not INVITED.match(text, e) and not is_generic(text, s, e)
                and not _BY_A_BODY.search(text, max(0, s - 18), s)]
