"""宗教, 信条, 人種・民族 and 社会的身分: what a person believes, belongs to, or
comes from.

A religion counts with its member (浄土真宗の門徒, カトリック信者, 〇〇寺の檀家), with
faith or conversion (〜を信仰, 〜に入信), or as a believer or a practice that tells
it (ムスリム, ハラール食, 輸血拒否); a party with membership or support (〇〇党の党員,
〜を支持); an origin or a status by its own words (アイヌ民族, 在日コリアン, 同和地区出身).
Political activity counts with its party or alone (〇〇党候補の選挙運動, 機関紙を配布),
a religion with its activity (〇〇教会の礼拝に通う). A bare religion or party name,
or a member's word (門徒, 檀家, 党員, 後援会員), counts only as a short cell or field
value of a person's row (detectors.jp.sensitive.fields for labelled ones).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from detectors.jp.sensitive.convictions import RULE_NOUNS, a_persons_rule, with_its_name
from detectors.jp.sensitive.boundaries import a_group_modifier, a_place_of_worship
from detectors.jp.sensitive.lexicon import Anchored, Gated, Lexicon, compile_pattern, whole_word, words_regex
from detectors.jp.sensitive.phrases import Cells, Phrase, is_denied, is_generic

_FAITH = (r"(?:を|に|へ|で|の)?(?:信仰(?:して(?:いる|おり)|している|する|中)?|入信(?:した|して(?:いる|おり|いた))?"
          r"|帰依|改宗(?:した)?|洗礼を受け(?:た|て(?:いる|おり|いた))?|受洗(?:した|して(?:いる|おり|いた))?|入会(?:した|して(?:いる|おり|いた))?|得度(?:した|して(?:いる|おり|いた))?)")
_INSTITUTIONS = r"(?:寺|院|教会|神社|八幡宮|天満宮|大社|稲荷|モスク|会堂|聖堂)"
_NAME_LETTERS = "一-龥々ァ-ヺー"
_ORIGIN_TAIL = r"(?:の)?(?:出身|の血を引く|系|[一二三四0-9]世|である|民族)?"
_NOT_ETHNIC = r"(?!衣装|音楽|舞踊|料理|楽器|学|主義|紛争|問題|自決|文化|史|[ \t]*:)"  # nor a label (出身民族: …)
_SUPPORT = (r"(?:の|に|を|へ)?(?:(?:熱心|熱烈|強固|忠実|有力)な|長年の|古くからの)?(?:党員|党籍|支持者|後援会員|後援会|党友|同盟員|活動家|会員|ボランティア|運動員|選挙スタッフ|所属(?:して(?:いる|おり|いた))?"
            r"|支持(?:して(?:いる|おり)|している|する)?|投票(?:した|して(?:いる|おり|いた))?|入党(?:した)?"
            r"|寄付(?:した|して(?:いる|おり|いた))?|献金)")


_ACTIVITY = (r"(?:候補(?:者)?|議員|陣営|支部|後援会)?(?:の)?(?:選挙運動|選挙活動|政治活動|選挙事務所|機関紙|ビラ|ポスター|街頭演説"
             r"|街頭活動|街宣|演説会|集会|決起大会|署名活動|党費|勉強会|学習会)(?:を|に|で|の)?(?:毎週|毎月|毎回|よく|時々|熱心に|定期的に)?(?:配布|配っ|手伝|参加|加わ|従事|協力|支払|納め|ボランティア|活動)")
# one pattern each: `re` scans fast for a pattern's first letters only when no top-level
# alternative begins with a group (see UnionMatcher._known)
_ACTIVITY_ALONE = (r"(?:選挙運動|選挙活動|政治活動)(?:に|を)(?:参加|加わ|従事|手伝|行っ|し(?:た|て))",
                   r"機関紙(?:を)?(?:配布|配っ)", r"党費(?:を)?(?:納め|支払)", r"(?:入党|離党)(?:した|して)")
# a belief given as the reason of a refusal (〜を信条から拒否, 思想上の理由で参加しない)
# …or what the conviction keeps the person from doing, however said (ヴィーガン思想により革製品を扱わない,
# 動物愛護の思想から毛皮を身につけない), its name read backwards from the anchor (sensitive17)
# …or its rule said as a noun, in a cell or a field (ヴィーガンの信条から動物性食品不可, 〜の信念から肉類NG) (beliefs24)
_REFUSED_FOR_BELIEF = (r"(?:信条|信念|思想)(?:上(?:の理由)?(?:から|により|によって|で)?|の理由(?:から|により|によって|で)|から|により|によって|に基づき|に基づいて|で|のため)、?"
                       rf"(?:[^。\n\t]{{0,12}}?)(?:拒否|拒ん|拒む|辞退|控え|避け|参加しな|参加せず|行わな|[ぁ-ん](?:ない|ず|ません)|{RULE_NOUNS})")
# joining a faith told without its name, with its time (平成12年に入信, 結婚を機に入信) or as a fact
_JOINED_A_FAITH = (r"(?:[0-9一二三四五六七八九十元]+年(?:[0-9]+月)?(?:頃)?に|幼少期に|学生時代に|結婚を機に|母の勧めで|家族の勧めで)入信"
                   r"(?:した|して(?:いる|おり|いた)|し)?|入信(?:した|して(?:いる|おり|いた))|受洗(?:した|して(?:いる|おり|いた))")
# ordained, whatever the school (僧籍あり, 僧籍を持つ, 得度した): a Buddhist's orders (beliefs18b)
_ORDAINED = r"僧籍(?:を(?:持|有|得)|が?あ)|得度(?:した|して(?:いる|おり|いた)|を受け)"
_WORSHIP = (r"(?:の)?(?:布教所|教会所|分教会|道場|教会|寺|神社|モスク|支部|青年部|婦人部|集会|会合|行事|法要|法座|礼拝|ミサ|座談会|勉強会|月次祭|練成会|修行)"
            r"(?:に|へ|で|の)(?:通(?:う|っ)|参加|出席|参拝|活動|役員|奉仕)(?!て(?:ください|下さい)|ましょう)")
_WORSHIPPED = ("通う", "通っ", "参加", "出席", "参拝", "活動", "役員", "奉仕")  # every match of _WORSHIP holds one
MEMBERS_ALONE = ("門徒", "檀家", "檀徒", "門信徒", "檀信徒", "氏子", "信徒", "信者", "教会員", "崇敬者", "求道者", "陪餐会員",
                  "現住陪餐会員", "別帳会員", "門徒総代", "檀家総代", "氏子総代", "信徒総代", "護持会員", "崇敬会員")
# a politician's 後援会 is political support whoever it backs
_SUPPORTERS = (r"(?<![部校ブム団])後援会(?:員|の(?:会員|役員|幹事|事務局長?|世話人)|に(?:入会|加入|入って|所属)(?:して(?:いる|おり|いた)|した)?"
               r"|で(?:活動|手伝|ボランティア)(?:して(?:いる|おり|いた)|した|を(?:して(?:いる|おり|いた)|した))?"
               r"|の(?:事務|手伝い|活動)(?:を)?(?:手伝って(?:いる|おり|いた)|して(?:いる|おり|いた)|した))")
# a party the lexicon does not know, by its name's ending, supported (市民〇〇党を支持している);
# a movement against or for a policy joined (脱〇〇運動の活動に参加, 〇〇反対運動に加わる)
_UNKNOWN_PARTY_SUPPORTED = r"(?<![政与野各同当全])党を(?:熱心に|強く|長年|一貫して)?支持(?:して(?:いる|おり|いた)|している|する|し)"
_MOVEMENT = r"(?:反|脱)[一-龥ァ-ヺー]{1,8}運動|[一-龥ァ-ヺー]{1,8}(?:反対|阻止|撤廃|廃止)運動"
_MOVEMENT_JOINED = rf"(?:{_MOVEMENT})(?:の)?(?:活動|集会|デモ)?(?:に|へ)(?:参加|加わ)"
_BRANCH = r"(?:支部|総支部|地区|本部|県連|府連|都連|道連|地方|青年部|青年局|女性局|婦人部|事務局)"
# a political body joined or served, whatever its name (保守系の政治団体に所属, 政治結社の幹事)
_JOINED_OR_SEATED = (r"(?:(?:に|へ)(?:所属|加入|入会|参加|入党)(?:して(?:いる|おり|いた)|した)?"
                     # with its branch or section before the seat (政治団体の支部役員, 右翼団体の地区幹事) (sensitive17b)
                     rf"|の?{_BRANCH}?(?:会員|メンバー|役員|幹事(?:長)?|代表|構成員|世話人|党員|支持者|委員|事務局長))")
_QUOTED = r"[「『“][^」』”\n]{1,20}[」』”]"
# a party unnamed, by its own member's word only (地元の政党支部の党員): 政党の代表, 政党の支持者 are any party's (text26)
_POLITICAL_BODY = (rf"(?:(?:政治団体|政治結社|右翼団体|左翼団体|政治サークル)(?:{_QUOTED})?{_JOINED_OR_SEATED}"
                   rf"|政党の?{_BRANCH}?の?党員)")
# a party by its name in quotes (政党「〜」の支部幹事, 「〜党」の党員) (beliefs18b): apart, each with fixed first letters
_PARTY_QUOTED = (rf"政党{_QUOTED}{_JOINED_OR_SEATED}", rf"[「『“][^」』”\n]{{1,20}}党[」』”]{_JOINED_OR_SEATED}")
_NO_PARTY = "与野政各同当全両他"  # 与党, 野党, 各党 …: a party's word, no party's name
_PARTY_MEMBERS_ALONE = ("党員", "党友", "後援会員", "党籍あり")
# a religion in a name that is no faith: a school, a hospital, a newspaper
_NOT_FAITH = r"(?!系|大学|短期大学|短大|学院|学園|高校|高等学校|中学|小学校|幼稚園|保育園|病院|新聞|会館|霊園|墓地|美術|研究|文化)"
# a bare word running on into a longer name (キリスト教書センター, 神道写真館: a shop's), or a party's
# name with its own affair after it (〇〇党の代表選, 〜の政策: a news desk's subject), is no one's
_RUNS_ON = r"(?![一-龥ァ-ヺー])"
_ITS_AFFAIR = r"(?!の[一-龥ァ-ヺー]|[一-龥ァ-ヺー])"


class BeliefsMatcher:
    def __init__(self, lexicon: Lexicon) -> None:
        religions = words_regex(lexicon.religions)
        members = words_regex(lexicon.religion_members)
        self._religion = compile_pattern(
            rf"{religions}(?:(?: *\([^)\n]{{1,12}}\))?(?:の)?{members}|{_FAITH}|徒|教徒)")
        self._institution = Anchored(rf"{_INSTITUTIONS}(?: *\([^)\n]{{1,12}}\))?(?:の)?{members}", _NAME_LETTERS, 10)
        self._practice = compile_pattern(
            rf"{words_regex(lexicon.religious_practices)}(?:食|料理)?(?:を|が|の|に)?"
            rf"(?:希望|必要|対応|配慮|参加|ため)?(?:して(?:いる|おり)|している)?")
        self._origin = compile_pattern(rf"{words_regex(lexicon.ethnic_origins)}{_ORIGIN_TAIL}")
        self._generation = compile_pattern(r"在日 *[一二三四0-9]世")  # apart: see UnionMatcher._known
        self._people = Anchored(rf"民族{_NOT_ETHNIC}", _NAME_LETTERS, 6, least=1)
        self._status = compile_pattern(rf"{words_regex(lexicon.social_status)}(?:の)?(?:出身|出生)?")
        parties = words_regex(lexicon.parties)
        # a party's member or its supporters' association's post (自由民主党 党員, 〜党の地区後援会幹事)
        self._party = compile_pattern(rf"{parties}(?:{_SUPPORT}|員|者|的(?:な)?思想| *党員"
                                      rf"|の?[一-龥]{{0,4}}後援会(?:の)?(?:幹事|役員|会員|会長|世話役|事務局長))")
        self._supporters = Gated(_SUPPORTERS, ("後援会",))
        # a party's name masked (〇〇党, △△党) is a party still; its supporter however keen (sensitive17)
        # …its name in quotes (「〇〇党」の党員), or a seat in its branch (〜党の県連幹事; a seat alone, 〜党の幹事長, is news) (beliefs18b)
        self._party_member = Anchored(r"党[」』”]?(?:の)?(?:(?:(?:熱心|熱烈|強固|忠実)な|長年の)?(?:党員|支持者)"
                                      rf"|{_BRANCH}(?:の)?(?:役員|幹事|代表|委員|会計|事務局長|世話人))|党員",
                                      _NAME_LETTERS + "〇○△×", 10, least=1)
        self._party_supported = Anchored(_UNKNOWN_PARTY_SUPPORTED, _NAME_LETTERS, 10, least=2, needs=("党を",))
        self._political_body = Anchored(_POLITICAL_BODY, _NAME_LETTERS + "の", 8)
        self._party_quoted = tuple(compile_pattern(p) for p in _PARTY_QUOTED)
        self._activity = tuple(compile_pattern(p) for p in (rf"{parties}{_ACTIVITY}",) + _ACTIVITY_ALONE) + (
            Gated(_MOVEMENT_JOINED, ("運動",)),)
        self._refused_for_belief = Anchored(_REFUSED_FOR_BELIEF, _NAME_LETTERS, 10)
        self._worship = Gated(rf"{religions}{_WORSHIP}", _WORSHIPPED)
        self._joined = Gated(_JOINED_A_FAITH, ("入信", "受洗"))
        self._ordained = compile_pattern(_ORDAINED)
        # a label said in a sentence: 実家の宗派は浄土宗, 支持政党は立憲
        self._said = (compile_pattern(rf"(?:宗派|宗旨|信仰|宗教)(?:は|が) *(?:{religions}|{members})"),
                      compile_pattern(rf"(?:支持政党|支持する政党|所属政党)(?:は|が) *{parties}"))
        self._faith_alone = compile_pattern(rf"{words_regex(lexicon.religions + MEMBERS_ALONE)}{_NOT_FAITH}{_RUNS_ON}")
        self._party_alone = compile_pattern(rf"{words_regex(lexicon.parties + _PARTY_MEMBERS_ALONE)}{_ITS_AFFAIR}")

    def find(self, text: str, cells: Cells) -> list[Phrase]:
        practices = (m for m in self._practice.finditer(text) if not a_place_of_worship(text, m.end()))
        found = _all(self._religion.finditer(text), text, "宗教") + _all(practices, text, "宗教")
        # not a house of parliament (衆議院の長老: a senior member); filtered, so the anchor keeps its fast scan
        found += _all(((s, e) for s, e in self._institution.spans(text) if "議院" not in text[s:e]), text, "宗教")
        origins = (m for m in self._origin.finditer(text) if m.group()[-1] == "の" or not a_group_modifier(text, m.end()))
        peoples = ((start, end) for start, end in self._people.spans(text)
                   if not a_group_modifier(text, end) and not _a_line_alone(text, start, end))
        found += _all(origins, text, "人種・民族") + _all(peoples, text, "人種・民族")
        found += _all(self._generation.finditer(text), text, "人種・民族")
        found += _all(self._status.finditer(text), text, "社会的身分")
        found += _all(self._party.finditer(text), text, "信条") + _all(_some_party(text, self._party_member.spans(text)), text, "信条")
        found += _all(self._party_supported.spans(text), text, "信条") + _all(self._political_body.spans(text), text, "信条")
        found += _all((m for pattern in self._party_quoted for m in pattern.finditer(text)), text, "信条")
        found += _all(self._joined.finditer(text), text, "宗教") + _all(self._ordained.finditer(text), text, "宗教")
        found += _all(self._said[0].finditer(text), text, "宗教") + _all(self._said[1].finditer(text), text, "信条")
        found += _all(self._supporters.finditer(text), text, "信条") + _all(self._refused(text), text, "信条")
        found += _all((m for pattern in self._activity for m in pattern.finditer(text)), text, "信条") + _all(self._worship.finditer(text), text, "宗教")
        if cells.unread:  # bare words count in a person's row only
            found += cells.phrases(_words(self._faith_alone, text), "宗教")
            found += cells.phrases(_words(self._party_alone, text), "信条")
        return [p for p in found if not is_denied(text, p.end) and not is_generic(text, p.start, p.end)]


    def _refused(self, text: str) -> Iterator[tuple[int, int]]:
        """Spans of a rule kept for a conviction; not a rule for anyone nor a body's creed (convictions)."""
        for start, end in self._refused_for_belief.spans(text):
            conviction = _CONVICTION.search(text, start, end).start()
            if a_persons_rule(text, start, end, conviction):
                yield (with_its_name(text, start) if start == conviction else start), end


_CONVICTION = re.compile(r"信条|信念|思想")


def _some_party(text: str, spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Spans of a named party: 与党の県連幹事 or 野党の支持者 names none (a news desk's subject)."""
    return ((start, end) for start, end in spans if not (text[start + 1:start + 2] == "党" and text[start] in _NO_PARTY))


def _a_line_alone(text: str, start: int, end: int) -> bool:
    """A line that is the word alone (出身民族 over its value, a heading): a label's or a title's
    words; a form's value there is read by its label (detectors.jp.sensitive.above)."""
    return text[start - 1:start] in ("", "\n") and text[end:end + 1] in ("", "\n")


def _words(pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text) if whole_word(text, *m.span())]


def _all(matches: Iterable, text: str, category: str) -> list[Phrase]:
    """Phrases of matches or (start, end) spans that are whole words."""
    spans = (m if isinstance(m, tuple) else m.span() for m in matches)
    return [Phrase(start, end, category) for start, end in spans if whole_word(text, start, end)]
