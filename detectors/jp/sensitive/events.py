"""犯罪歴, 犯罪被害, 人種・民族 and 宗教 told as an event or a practice (events8), in the
plainer grammar other writers use than a record's words:

- 犯罪歴: an arrest said plainly (万引きで捕まった, 警察に捕まった), a penalty paid or served
  (罰金を納付した, 赤切符を切られた, 刑に服した, 保護観察付き執行猶予), a case sent on
  (家庭裁判所に送致された), prison left or entered (出所して, 満期出所, 鑑別所に入った);
- 犯罪被害: a victim of violence sheltered or fleeing (DVで一時保護された, 夫の暴力から逃れる
  ため転居), troubled or stalked by it (ストーカーに悩まされている), a fraud's victim paying a
  sum (架空請求で30万円を支払ってしまった), turning to a victims' support centre, the victim of
  a named offence as a role (横領の被害者として), a protection order applied for (保護命令を申立て);
- 人種・民族: a people of China or of Asia named in kanji with 族 (朝鮮族, 回族);
- 宗教: a faith's service or seat at its place (教会の奉仕, 寺の総代を務める), a seat in its
  organisation (〜学会の地区役員), visits kept up (毎月お参りしている) and a food rule of a
  faith (戒律で豚肉を口にしない).

told_of_no_one drops an offence or a victimisation said as a possibility, a condition or in a
story (逮捕されることもある, 前科がつくと, 主人公は…).

Each rule is tried only when the text holds one of its literal cues.
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.lexicon import Lexicon, compile_pattern, read_words, whole_word, words_regex
from detectors.jp.sensitive.phrases import Cells, Phrase, is_denied, is_generic

_SUM = r"[0-9,一二三四五六七八九十百千]+ *万?円"
# caught for an offence (the offence before で, or the police): 捕まる is the plain word for 逮捕
_CAUGHT_VERB = r"捕ま(?:った|り|って(?:いる|おり|いた)?)"
_CAUGHT = rf"(?:で|により|として)(?:警察に)?(?:{_CAUGHT_VERB}|検挙(?:され(?:た|て)?)?)"
# kinds of offence said plainly, beside the lexicon's names of offences
_PLAIN_OFFENCES = r"|薬物|クスリ|喧嘩|けんか|暴力沙汰|無銭飲食|飲酒運転"
# in a prison or a reform school and out of it, in the past tense (鑑別所に入ったことがある, 刑務所から出てきた)
_INSIDE = (r"(?:少年院|少年鑑別所|鑑別所|刑務所|拘置所)(?:に|へ)(?:入った|入れられ(?:た|て(?:いた)?)?)"
           r"|(?:少年院|少年鑑別所|鑑別所|刑務所|拘置所)から出(?:て(?:きた|来た)|た(?![一-龥]))|服役を終え(?:て|た)?")
_PENALTY = (rf"赤切符(?:を(?:切られ|交付され)(?:た|て)?)?|罰金(?: *{_SUM})?を(?:納付し(?:た|て)|納め(?:た|て)|支払(?:った|って)|払(?:った|って)|納付済み|支払い済み)"
            r"|(?:懲役|禁錮|禁固|拘禁)?刑に服(?:した|し|して(?:いた|いる)?)|保護観察付き(?:の)?執行猶予"
            r"|(?:満期|仮)(?:で)?出所|出所し(?:た|て)?(?![一-龥])")
# violence suffered, then the shelter or the flight from it, in one clause
_VIOLENCE = r"(?:DV|暴力|虐待|ストーカー|つきまとい|付きまとい)"
_SHELTERED = (rf"{_VIOLENCE}(?:被害)?(?:を受け(?:て)?|から逃れる(?:ため|ために)?|を避ける(?:ため|ために)?|を理由に|のため|により|で|から)"
              r"[、 ]?(?:[^。\n\t、]{0,10}?)(?:一時保護(?:され(?:た|て(?:いる|おり|いた))?|中|を受け(?:た|て(?:いる|おり))?)"
              r"|転居(?:した|し|して(?:いる|おり))|避難(?:した|し|して(?:いる|おり)|中))")
# a juvenile's or a suspect's case sent on (家庭裁判所に送致された, 家裁送致)
_SENT_ON = r"(?:家庭裁判所|家裁|検察庁?|地検)(?:に|へ)?送致(?:され(?:た|て(?:いる|おり))?|となった|処分)?"
# a protection order applied for, in a form's short style too (保護命令を申立て, 保護命令申立済み)
_APPLIED = r"保護命令(?:を|の)?(?:申立て|申し立て|申立)(?:た|て(?:いる|おり)|中|済み?|を(?:した|行った))?"
_STALKED = r"(?:ストーカー|ストーキング)され(?:て(?:いる|おり|いた)|た)?"
_TROUBLED = rf"(?:{_VIOLENCE}|痴漢|盗撮)(?:行為|被害)?(?:に|で)悩まされ(?:て(?:いる|おり|いた)|た)?"
# a sum paid to a swindle: the swindle is said before it in the sentence
_PAID = (rf"{_SUM}(?:を|も)(?:支払|払|振り込|振込|渡)(?:ってしまった|ってしまい|った|い|んでしまった|んでしまい|んだ|み|して"
         r"|まされ(?:た)?|し(?:た|て)?|され(?:た)?)")
# a swindle's damage told with its sum, said of someone (詐欺で約150万円の被害を受けた, 〜の被害と主張) (sensitive17b);
# a district's total (〜億円の被害が出ている) is told of no one; a memo's noun phrase ends its line or
# sentence (〇〇さん：通販詐欺で4万円の被害) (people19)
_DAMAGE = (rf"(?:約|およそ)?{_SUM}(?:相当)?の(?:金銭的な?)?被害(?=を受け|を被|に遭|にあ|と(?:主張|申告|訴え|述べ|話|申し出)|を訴え|を申告"
           r"|があった|[)）]|[ \u3000]*(?:\n|\t|。|\Z))")
_SWINDLE = re.compile(r"詐欺|架空請求|還付金|なりすまし|騙され|だまされ|偽の|嘘の|うその|名乗る|もうけ話|投資話|オレオレ")
SENTENCE_BEFORE = 40  # how far back a swindle is looked for, within the sentence
_SUPPORT = (r"(?:被害者支援センター|犯罪被害者支援|被害者支援室|被害者相談室|ワンストップ支援センター|配偶者暴力相談支援センター"
            r"|性暴力(?:被害者)?(?:救援|支援)センター)(?:に|へ|で|の)(?:相談(?:した|して(?:いる|おり|いた)|中|に(?:来|行|訪れ)た)"
            r"|支援を受け(?:た|て(?:いる|おり))|紹介され(?:た)?)")
# peoples named in kanji with 族 (general knowledge: the peoples of China and its neighbours)
_KANJI_PEOPLES = r"(?:朝鮮|満州|満|回|漢|チワン|ミャオ|モンゴル|カザフ|ヤオ|トゥチャ|リー|ペー|ハニ)族(?![一-龥])"
_PLACES_OF_FAITH = r"(?:教会|寺院|菩提寺|お寺|寺|神社|モスク|礼拝所|会堂|教団|修道院|聖堂)"
_SERVICE = (rf"{_PLACES_OF_FAITH}(?:の|で)(?:奉仕|礼拝|集会|行事|法要|法事|役員|総代|世話役|世話人|清掃奉仕|聖歌隊|日曜学校|青年部|婦人会|壮年部"
            r"|ボランティア)(?:活動)?(?:が(?:あるため|あり、?(?:出勤|勤務|出社|休|不在|欠席|参加でき))|に(?:参加|通|出)(?:して(?:いる|おり)|する|した|し)|をして(?:いる|おり)|を務め"
            r"(?:る|て(?:いる|おり)|た)|のため|で(?:不在|休)|(?=[。\n\t]|$))")
# visits kept up at a place of faith (金光教の教会に毎月お参りしている): a practice, not a sightseer's visit
_VISITS = (rf"{_PLACES_OF_FAITH}(?:に|へ|で)(?:[^。\n\t、]{{0,6}}?)(?:お参り|参拝|参詣|お勤め|勤行)(?:して(?:いる|おり|いた)|を(?:続け|欠かさ))"
           r"|(?:モスク|教会|寺院|会堂|礼拝所)(?:に|へ)通(?:って(?:いる|おり|いた)|い続け)")
# a named faith's meetings or church attended or belonged to (〜教の集会に毎週参加, 〜教の教会に所属) (sensitive17b)
_GATHERINGS = rf"(?:の)?(?:{_PLACES_OF_FAITH}|集会|礼拝|例会|ミサ|支部|道場|会合|座談会|勉強会|集い)"
_ATTENDED = (rf"{_GATHERINGS}(?:に|へ)(?:[^。\n\t、]{{0,6}}?)(?:所属|参加|出席|通(?:って|い|う))")
# a seat in a faith's organisation (創価学会の地区役員, 〇〇教会の青年部長)
_SEATS = (r"の[一-龥]{0,4}(?:役員|幹部|責任者|総代|世話人|世話役|会員|信徒|布教師|教師|支部長|部長|婦人部|青年部|壮年部)"
          r"(?!名簿|一覧|募集|各位|数|会|向け|規約|規程|の皆)")  # a list's or a meeting's name is no one's seat
_FOOD_RULE = (r"(?:戒律|教え|教義)(?:で|により|に従(?:い|って)|上|のため|から)[、 ]?[^。\n\t]{0,12}?"
              r"(?:口にしない|口にできない|食べない|食べられない|飲まない|飲めない|不可|禁止|摂らない|控えて(?:いる|おり))")
# a case told of no one (〜を支払ってしまった事例が相次いでいます)
_STORY_AFTER = re.compile(r"(?:という|といった|などの|ような|ように)?(?:事例|事件|ケース|手口|被害が|例が|例も)")
# people in general after the event (少年院に入った少年の多くは)
_PEOPLE_AFTER = re.compile(r"(?:少年|少女|若者|者|人|人々|子ども|子供|方)(?:の|は|が|も|を|に|へ)")
_EVENTS = ("犯罪歴", "犯罪被害")
# a record said of someone else (父が捕まった, 犯人が出所した): not the person's (a parent's origin is)
_SOMEONE_ELSE = re.compile(r"(?:父|母|兄|姉|弟|妹|夫|妻|息子|娘|家族|親族|友人|知人|交際相手|犯人|容疑者|被疑者|加害者|主人公)"
                           r"(?:の多く|ら|たち)?(?:が|は|も)[^。\n\t]{0,16}$")


class EventMatcher:
    def __init__(self, lexicon: Lexicon) -> None:
        offences = words_regex(lexicon.offences + read_words("traffic_offences"))
        offences = offences[:-1] + _PLAIN_OFFENCES + ")"
        religions = words_regex(lexicon.religions)
        # (literal cues one of which the text must hold, patterns, category): most texts hold none,
        # and a pattern is only tried on a text with its cue (see ToldMatcher._rules)
        self._rules = (
            ("捕ま|検挙", (rf"{offences}(?:罪|の罪|の容疑|の疑い|容疑)?{_CAUGHT}", rf"警察に{_CAUGHT_VERB}"), "犯罪歴"),
            ("切符|罰金|刑に服|保護観察付|出所|少年院|鑑別所|刑務所|拘置所|服役|送致", (_PENALTY, _INSIDE, _SENT_ON), "犯罪歴"),
            # the victim of a named offence, as a role (横領の被害者として事情を聴かれた)
            ("被害者", (rf"{offences}(?:事件)?の被害者(?:として|であ(?:る|り)|となった|になった|となり|です)",), "犯罪被害"),
            ("一時保護|転居|避難|悩まされ|ストーカ|ストーキング|支援|保護命令", (_SHELTERED, _TROUBLED, _STALKED, _SUPPORT, _APPLIED),
             "犯罪被害"),
            ("族", (_KANJI_PEOPLES,), "人種・民族"),
            ("教会|寺|神社|モスク|礼拝所|会堂|教団|修道院|聖堂|戒律|教え|教義", (_SERVICE, _FOOD_RULE, _VISITS), "宗教"),
            ("役員|幹部|責任者|世話|会員|信徒|教師|部長|婦人部|青年部|壮年部", (rf"{religions}{_SEATS}",), "宗教"),
            ("所属|参加|出席|通[っいう]", (rf"{religions}{_ATTENDED}",), "宗教"))
        self._rules = tuple((re.compile(cues), tuple(compile_pattern(p) for p in patterns), category)
                            for cues, patterns, category in self._rules)
        self._paid = compile_pattern(_PAID)
        self._damage = compile_pattern(_DAMAGE)

    def find(self, text: str, cells: Cells) -> list[Phrase]:
        found = [Phrase(*m.span(), category) for cues, patterns, category in self._rules if cues.search(text)
                 for p in patterns for m in p.finditer(text)]
        if "円" in text:
            found += [Phrase(*m.span(), "犯罪被害") for m in self._paid.finditer(text) if self._swindled(text, m.start())]
            if "被害" in text:
                found += [Phrase(start, m.end(), "犯罪被害") for m in self._damage.finditer(text)
                          if (start := self._swindle_start(text, m.start())) >= 0]  # from the swindle's word
        return [p for p in found if whole_word(text, p.start, p.end) and not is_denied(text, p.end)
                and not is_generic(text, p.start, p.end) and not _STORY_AFTER.match(text, p.end)
                and not _PEOPLE_AFTER.match(text, p.end)
                and not (p.category in _EVENTS and _SOMEONE_ELSE.search(text, max(0, p.start - 20), p.start))]

    @staticmethod
    def _swindle_start(text: str, start: int) -> int:
        """Where the swindle told before the sum in its sentence begins, or -1."""
        sentence_start = max(text.rfind("。", 0, start), text.rfind("\n", 0, start), start - SENTENCE_BEFORE)
        swindle = _SWINDLE.search(text, sentence_start + 1, start)
        return swindle.start() if swindle else -1

    @classmethod
    def _swindled(cls, text: str, start: int) -> bool:
        """Whether a swindle is told before the sum in its sentence."""
        return cls._swindle_start(text, start) >= 0


# what may happen to anyone (逮捕されることもある, 被害に遭う可能性がある), not what did
# (逮捕されたことがある is what did)
_POSSIBLE_AFTER = re.compile(r"る(?:ことも|ことが)(?:ある|あります|あり得)|(?:る|た)?(?:可能性|おそれ|恐れ|かもしれ)"
                             r"|が(?:つく|付く|ついた|付いた|ある|あれば)(?:と|場合|なら)")  # a condition: 前科がつくと
# a story's sentence (a plot, a book's or a film's summary): its people are made up
_STORY = re.compile(r"主人公|登場人物|物語|あらすじ|粗筋|劇中|小説|ドラマ|映画の")


def told_of_no_one(text: str, phrases: list[Phrase]) -> list[Phrase]:
    """Without the offences and victimisations said as a possibility or told in a story."""
    return [p for p in phrases if p.category not in _EVENTS or not (
        _POSSIBLE_AFTER.match(text, p.end) or _STORY.search(_sentence(text, p.start, p.end)))]


def _sentence(text: str, start: int, end: int) -> str:
    first = max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find("。", end), text.find("\n", end)) if i >= 0]
    return text[first:min(stops, default=len(text))]
