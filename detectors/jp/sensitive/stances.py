"""信条 and 宗教 told by what a person does for them: a protest against a policy
(〜の再稼働に反対して抗議している, 〜反対のデモに参加), speaking for a party's candidate
(〜党の候補の応援演説をした), speaking at a political group's rally (〜市民連合の
集会で登壇), a faith told by what it forbids (輸血を拒む信仰を持っている, 宗教上の理由で
豚肉を食べない); a view on an issue held (死刑廃止を支持している, 〜存置論者), a
religious body joined in general terms (新興宗教の団体に入会, 宗教団体の信者); a creed held about an
issue (〜に反対する思想を持っている). A care word inside such a phrase (輸血) is the belief, not a treatment.
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.lexicon import Anchored, Lexicon, compile_pattern
from detectors.jp.sensitive.phrases import Cells, Phrase, is_denied, is_generic

_ISSUE_LETTERS = "一-龥々ァ-ヺーA-Za-z0-9・のへ"
_PROTEST = (r"(?:に|へ)?(?:反対|抗議)(?:して|し、|する)[^。\n\t]{0,16}?"
            r"(?:抗議(?:して|行動|活動|集会|デモ)?|デモ|座り込み|署名(?:活動|運動)|街頭(?:宣伝|演説|活動)|集会|行進|スタンディング)"
            r"(?:を|に|で)?(?:して(?:いる|おり|いた)|している|した|参加(?:して(?:いる|おり|いた)|した)?|行って(?:いる|おり|いた))?")
_CAMPAIGN = (r"(?:応援演説|選挙応援|選挙カー|ポスター貼り|ビラ配り|戸別訪問|電話作戦)(?:を|に|で)?"
             r"(?:した|して(?:いる|おり|いた)|行っ(?:た|て)|務め(?:た|て)|参加(?:した)?|手伝(?:った|って))")
_GROUP = r"(?:党|市民連合|市民の会|市民ネット|同盟|戦線|政治団体|政治連盟)"
_RALLY = rf"{_GROUP}(?:の)?(?:集会|デモ|決起大会|演説会|街宣|街頭宣伝)(?:で|に)(?:登壇|演説|スピーチ|発言|司会|参加)(?:した|して(?:いる|おり|いた))?"
_FAITH_RULE = (r"(?:拒む|拒否する|禁じる|禁止する|避ける|認めない)(?:信仰|教え|宗教|戒律)(?:を持(?:つ|って(?:いる|おり))|に従(?:う|って(?:いる|おり))"
               r"|を守(?:る|って(?:いる|おり)))")
_FAITH_REASON = (r"(?:信仰|宗教)(?:上|的な)の?理由(?:から|で|により)[^。\n\t]{0,12}?"
                 r"(?:食べ(?:ない|られない)|飲ま(?:ない|ず)|口にしない|拒否|拒ん|避け|控え|受けない|参加しない)")
# a school's or a public rite refused for a faith or a conviction (宗教上の理由で国歌を斉唱しない, 信仰上の
# 理由から剣道の授業を受けない): a stand of conscience, 信条, whichever reason is named; a faith's rule on
# food or care (宗教上の理由で豚肉を食べない) stays 宗教 (_FAITH_REASON)
_CONSCIENCE = (r"(?:信仰|宗教|思想|信条|良心)(?:上|的な)の?理由(?:から|で|により|によって)[^。\n\t]{0,6}?"
               r"(?:校歌|国歌|君が代|国旗|日の丸|式典|儀式|卒業式|入学式|朝礼|敬礼|拝礼|起立|斉唱|神事|祭礼|参拝|剣道|柔道|武道|格技)"
               r"[^。\n\t]{0,8}?(?:しない|せず|しなかった|ない|ず|拒否|拒ん|拒む|辞退|見学|控え)")

# a view on a public issue held: the issue's name, then what is wanted of it, then holding it
_VIEW = (r"(?:廃止|反対|撤廃|存置|阻止|容認|推進|撤退)(?:論|派)?(?:を|に)(?:強く|熱心に|一貫して|公然と)?"
         r"(?:支持|主張|賛同)(?:して(?:いる|おり|いた)|している|する|し)|(?:廃止|反対|撤廃|存置|容認)論者"
         r"|(?:に|へ)賛成の立場(?:を(?:と|取)(?:って(?:いる|おり)|る)|に立(?:って(?:いる|おり)|つ)|である|だ)")
# …not an organisation's stance (会社は〜廃止を支持している)
_BY_A_BODY = re.compile(r"(?:会社|当社|弊社|組合|労組|団体|協会|連合|政府|自治体|議会|委員会|学会|[市町村県国党]|市民|国民|住民|人々|世論|多く|過半数|割)(?:として)?(?:は|も|が|の)[^。\n\t]{0,16}$")
# a creed held about an issue (天皇制に反対する思想を持っている, 死刑を否定する信念を抱いている)
_CREED_HELD = (r"(?:に|を)(?:反対|否定|支持|肯定|信奉)する(?:思想|信条|信念|政治信条|政治思想)を"
               r"(?:持(?:つ|って(?:いる|おり|いた))|抱(?:く|いて(?:いる|おり|いた)))")
# a religious body named in general terms, joined or belonged to
_FAITH_BODY = (r"(?:新興宗教|宗教団体|教団|宗教サークル)(?:の(?:団体|会|集まり))?(?:に|へ)(?:入会|入信|加入|所属|入っ)"
               r"|(?:新興宗教|宗教団体|教団)の(?:会員|信者|信徒|幹部|メンバー|役員)")


class StanceMatcher:
    def __init__(self, lexicon: Lexicon) -> None:
        self._protest = Anchored(_PROTEST, _ISSUE_LETTERS, 18, least=2)
        self._campaign = Anchored(_CAMPAIGN, _ISSUE_LETTERS, 20)
        self._rally = Anchored(_RALLY, "一-龥々ァ-ヺー・の", 10)
        self._faith_rule = Anchored(_FAITH_RULE, "一-龥々ァ-ヺーを", 10, least=1)
        self._faith_reason = compile_pattern(_FAITH_REASON)
        self._conscience = compile_pattern(_CONSCIENCE)
        self._view = Anchored(_VIEW, "一-龥々ァ-ヺー", 10, least=2)
        self._faith_body = compile_pattern(_FAITH_BODY)
        self._creed_held = Anchored(_CREED_HELD, _ISSUE_LETTERS, 12, least=2)

    def find(self, text: str, cells: Cells) -> list[Phrase]:
        found = [Phrase(s, e, "信条") for anchored in (self._protest, self._campaign, self._rally)
                 for s, e in anchored.spans(text)]
        found += [Phrase(s, e, "信条") for s, e in self._creed_held.spans(text)]
        found += [Phrase(*m.span(), "信条") for m in self._conscience.finditer(text)]
        found += [Phrase(s, e, "信条") for s, e in self._view.spans(text) if not _BY_A_BODY.search(text, max(0, s - 18), s)]
        found += [Phrase(s, e, "宗教") for s, e in self._faith_rule.spans(text)]
        found += [Phrase(*m.span(), "宗教") for pattern in (self._faith_reason, self._faith_body) for m in pattern.finditer(text)]
        return [p for p in found if not is_denied(text, p.end) and not is_generic(text, p.start, p.end)]


def beliefs_over_care(found: list[Phrase], text: str) -> list[Phrase]:
    """A treatment or disease inside a belief's or a record's phrase (輸血 in 輸血を拒む信仰,
    入院 in 少年院に入院していた) is the belief or the record; a faith's reason inside a
    stand of conscience (宗教上の理由 in 宗教上の理由で国歌を斉唱しない) is that stand."""
    beliefs = [p for p in found if p.category in ("宗教", "信条", "犯罪歴")]
    if not beliefs:
        return found
    stands = [p for p in beliefs if p.category == "信条"]
    found = [p for p in found if not (p.category == "病歴" and any(b.start <= p.start and p.end <= b.end for b in beliefs))
             and not (p.category == "宗教" and any(b.start <= p.start and p.end <= b.end for b in stands))]
    return one_conviction(text, found) if stands else found


# a faith named in words (not only by what it forbids): the phrase is the faith's, not a conviction's
_FAITH_WORDS = re.compile(r"宗教|信仰|信者|信徒|教徒|教会|教団|宗派|教義|戒律|寺|神社|エホバ|イスラム|ムスリム|キリスト|仏教|カトリック")


def one_conviction(text: str, found: list[Phrase]) -> list[Phrase]:
    """One finding where a conviction's phrase (信条) and a faith's (宗教) overlap in part (信念として
    輸血を拒否 | 輸血を拒否している, leftovers20): the category the words say — 宗教 when the two
    name a faith (信仰, 教義, 宗派…), 信条 when they name only a belief or a creed (信念, 信条, 思想), the
    refusal alone being the act of either. Both are 信条 of 法第2条第3項 (ガイドライン通則編: 思想と
    信仰の双方を含む); one act is one finding."""
    dropped = set()
    for stand in (p for p in found if p.category == "信条"):
        for faith in (p for p in found if p.category == "宗教" and p.start < stand.end and stand.start < p.end):
            named = _FAITH_WORDS.search(text, min(stand.start, faith.start), max(stand.end, faith.end))
            dropped.add(id(stand) if named else id(faith))
    return [p for p in found if id(p) not in dropped]
