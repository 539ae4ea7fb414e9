"""要配慮 told in words rather than by a value or a listed word: a check-up finding
said in a sentence (心電図で〜の所見, 精密検査が必要), a doctor's word retold (〜と言われた,
〜を指摘された), a disability by the aid or the means a person lives with (車いすで,
白杖を持って, 手話が中心, 療育手帳はB), support asked for a condition (合理的配慮として),
an origin (〜にルーツ, 〜系, 民族名), a belief by what a person does for it (〜デモに参加,
〜を求める署名, 〜を信条として, 支持しているのは〇〇党).

A nationality or a residence status alone (国籍, 在留資格, 特別永住者) is a legal status
and a mother tongue only lets one guess an origin: neither is 人種・民族 (the PPC's
guidelines: information from which a category can only be inferred is not 要配慮).
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.lexicon import Anchored, Lexicon, compile_pattern, scanned_pattern, whole_word, words_regex
from detectors.jp.sensitive.phrases import Cells, Phrase, is_denied, is_generic

_CLAUSE = "一-龥々ヵヶァ-ヺー・A-Za-z0-9ぁ-ん"  # letters of a clause, up to a comma or a bracket
_EXAMS = (r"(?:心電図|胸部X線|胸部レントゲン|胸のレントゲン(?:写真)?|レントゲン(?:写真)?|X線|眼底(?:写真|検査)?|腹部エコー|腹部超音波"
          r"|超音波検査|エコー検査|胃部X線|バリウム検査|胃カメラ|内視鏡|聴力検査|視力検査|尿検査|血液検査|便潜血|CT|MRI|マンモグラフィ"
          r"|子宮頸部細胞診|肺機能検査|心音|人間ドック)")
# what a finding is said to be: seen, shown, flagged (not a denial: 所見なし is denied later)
_SEEN = (r"(?:の)?所見(?:が(?:あり|ある|見られ|みられ)|あり)?|影(?:があ|が写|が見)|を認め(?:る|た)?(?!ず|ない|ません|られ)|が見つか(?:り|った|って)"
         r"|が写って|陽性|疑い|異常(?:があ|あり)|を指摘され|で引っかか|聞き取れてい(?:ない|ません)|低下|肥大|不整な")
_FURTHER = (r"(?:精密検査|二次検査|再検査|精査)(?:が必要|を(?:受ける|受け)よう(?:に)?(?:言われ|勧められ|指示され)|を勧められ"
            r"|の(?:対象|指示)(?:となっ|にな))")
# a doctor's word retold after what was said
_SAID = r"(?:だ|である)?(?:」)?(?:と(?:言われ|いわれ|指摘され|診断され)|を指摘され)(?:た|て|ました)?"
_MEDICAL_CUE = re.compile(r"症|病|炎|癌|がん|腫|瘍|ヘルニア|骨折|梗塞|不全|疾患|不整脈|狭窄|結石|ポリープ|傾向|疑い|異常|所見"
                          r"|腫れ|影|高い|低い|高値|低値|気味|予備群|肥満|貧血|脂肪肝|ブロック|肥大|麻痺|過敏|癬|嚢胞|のう胞")
_CLAUSE_END = re.compile(r"[。\n\t]")  # a cell ends a clause too: the next cell's 所見 is its own column
_CHECKUP_CUE = re.compile(r"健診|健康診断|人間ドック|検査|検診")
_AIDS = (r"(?:電動)?(?:車いす|車椅子|車イス)(?:で|を(?:使|利用|使用)|使用|利用|ユーザー|生活)"
         r"|(?:白杖|白い杖)(?:を(?:持|使|つ)|で|歩行|使用)|(?:盲導犬|聴導犬|介助犬)(?:を連れ|と|同伴|使用)"
         r"|手話(?:が(?:中心|主|第一言語|母語)|で(?:コミュニケーション|会話|話す?|やりとり)|を(?:使って|用いて)(?:会話|話))"
         r"|(?:人工内耳|補聴器)(?:を)?(?:装用|装着|つけ|使用)|オストメイト|人工肛門|ストーマ(?:を)?(?:造設|保有|装着)")
_CARDS = r"(?:療育手帳|愛の手帳|障害支援区分|障がい支援区分|精神保健福祉手帳|身体障害者手帳|精神障害者保健福祉手帳)"
_CARD_GRADE = rf"{_CARDS}(?:は|が|:)? *(?:[AB][12]?(?:判定)?|[1-6]級|区分 *[1-6]|[1-6](?![0-9]))(?![A-Za-z0-9])"
_SERVICES = r"(?:就労継続支援 *[AB]型|就労移行支援|生活介護|自立訓練)(?:の)?(?:事業所)?(?:に通|を利用|で働|から(?:移|転)|に在籍)"
_ACCOMMODATION = r"合理的配慮(?:として|を(?:求め|申し出|依頼|お願い|希望|申請)(?:た|て|る|し))"
_DEVELOPMENTAL_CELLS = r"(?:ASD|LD|ADD|SLD|DCD)"
_ROOT_PLACES = (r"(?:[ァ-ヺー]{2,12}|[一-龥]{1,6}(?:国|島|州|地方|半島|大陸)|中国|韓国|朝鮮|台湾|沖縄|琉球|外国|海外|アジア|アフリカ"
                r"|南米|中東|東欧)")
_GLOSS_AFTER = re.compile(r"[(（][^()（）]{1,8}[)）]$")
_PEOPLES = (r"(?:日|韓国|朝鮮|中国|台湾|華|インド|アラブ|ユダヤ|アフリカ|ラテン|ヒスパニック|ブラジル|ペルー|フィリピン|ベトナム|ネパール"
            r"|タイ|インドネシア|イラン|トルコ|ロシア|モンゴル|パキスタン|バングラデシュ|ミャンマー|スリランカ|コリアン|アイルランド|イタリア)")
# 〜系 read backwards from 系 (a pattern beginning with the peoples would be tried everywhere)
_DESCENT = (r"系(?:[ァ-ヺー]{2,10}人|人|[一二三四0-9]世|移民|日本人|の家系|の出身|の血)?(?!企業|会社|銀行|資本|メーカー|ブランド|スーパー|ホテル"
            r"|チェーン|証券|商社|航空|ファンド|金融|外資|店|料理|レストラン|工場|法人|団体)")
_PEOPLE_NAME = r"民族名(?:は|が|:|で)? *[一-龥ァ-ヺー]{1,8}"
_CAUSES = (r"(?:反対|賛成|廃止|撤廃|推進|反|脱|護憲|改憲|平和|人権|差別|原発|基地|戦争|政権|政府|選挙|政治|ヘイト|環境|気候|動物|憲法"
           r"|死刑|再稼働|増税|軍|核|移設|独立|自治|民主|自由)")
_MOVEMENT = r"(?:運動|デモ|抗議活動|抗議集会|集会|座り込み|署名活動|行進)(?:に|へ)(?:[ぁ-ん一-龥]{0,4})?(?:参加|加わ|通って|行って)"
_PETITION = r"(?:を求める|に反対する|に賛成する|反対|賛成)署名(?:を(?:集め|呼びかけ)|の呼びかけ|活動|に協力)?"
# a conviction given as a reason or a stand (思想信条上の理由により, 平和主義の信念から)
_CREED = (r"を信条と(?:して|する|し)|を信奉(?:して|する|し)|に傾倒(?:して|する|し)"
          r"|(?:思想 *・? *信条|信条|信念|良心|思想|宗教観|倫理観)上の(?:理由|立場|信念)(?:により|から|で|として)?"
          r"|主義(?:の|という|としての)(?:信念|信条|立場|考え)(?:から|により|で)?"
          r"|(?:共産|社会|無政府|国家|民族|保守|平和|反戦|菜食|軍国|反戦平和)主義(?:者|を信奉|を支持|に傾倒)")
_EXAM_CUES = ("心電図", "X線", "レントゲン", "眼底", "エコー", "超音波", "バリウム", "胃カメラ", "内視鏡", "聴力検査", "視力検査",
              "尿検査", "血液検査", "便潜血", "CT", "MRI", "マンモグラフィ", "細胞診", "肺機能", "心音", "人間ドック")
_AID_CUES = ("車いす", "車椅子", "車イス", "白杖", "白い杖", "導犬", "介助犬", "手話", "人工内耳", "補聴器", "オストメイト", "人工肛門",
             "ストーマ", "手帳", "区分", "支援", "生活介護", "自立訓練", "合理的配慮")
_BELIEF_CUES = ("運動", "デモ", "集会", "抗議", "座り込み", "行進", "署名", "信条", "信奉", "傾倒", "主義", "信念", "良心", "思想")
_IF_AFTER = re.compile(r"(?:と(?:なった|なる|された))?(?:場合|とき|時|方|人)")
# a phrase about people in general (手話で話す社員が, 車いすを使う方は)
# the subject before a clause read backwards (山田さんは|週末に…デモに参加): not the phrase
_SUBJECT_BEFORE = re.compile(r"^.*(?:さん|氏|様|君|くん|は|も|、)")
# a case particle opening the run before a word's letters (が精神…; not がん, はしか: hiragana follows them)
_PARTICLE_FIRST = re.compile(r"[がはもを][一-龥ァ-ヺA-Za-z0-9]")
_PEOPLE_AFTER = re.compile(r"(?:う|く|す|つ|む|る|する|している|の|な)?(?:社員|職員|従業員|方|人|者|利用者|ユーザー|組合員|皆)(?:が|は|も|を|に|の|へ|、|や|と)")


class ToldMatcher:
    def __init__(self, lexicon: Lexicon) -> None:
        self._exam = compile_pattern(_EXAMS)
        self._seen = re.compile(_SEEN)
        self._further = compile_pattern(_FURTHER)
        self._said = Anchored(_SAID, _CLAUSE, 20, least=2)
        self._disability = tuple(scanned_pattern(p) for p in (_AIDS, _CARD_GRADE, _SERVICES))
        self._accommodation = Anchored(_ACCOMMODATION, _CLAUSE + "、", 20)
        self._developmental = compile_pattern(_DEVELOPMENTAL_CELLS)
        self._descended = Anchored(_DESCENT, "一-龥ァ-ヺー", 10, least=1)
        self._people = re.compile(rf"{_PEOPLES}$")
        self._people_name = compile_pattern(_PEOPLE_NAME)
        self._roots = Anchored(r"(?:に|へ|の)ルーツ(?:を持つ|を持ち|を持って|があ(?:る|り)|がある)?", _CLAUSE + "()（）", 14,
                              least=2)  # a place's gloss in brackets read too: 琉球(沖縄)にルーツ
        self._root_place = re.compile(rf"{_ROOT_PLACES}$")
        self._movement = Anchored(_MOVEMENT, _CLAUSE, 20, least=2)
        self._cause = re.compile(_CAUSES)
        self._petition = Anchored(_PETITION, _CLAUSE, 16)
        self._creed = Anchored(_CREED, _CLAUSE, 12)
        self._medical = compile_pattern(words_regex(lexicon.diseases))
        # (words one of which the text must hold, the rule): most texts hold none, and a
        # pattern beginning with a group is tried at every position (see UnionMatcher._known)
        self._rules = ((_EXAM_CUES, self._results), (("精密検査", "二次検査", "再検査", "精査"), self._further_exams),
                       (("言われ", "いわれ", "指摘され", "診断され"), self._retold), (_AID_CUES, self._disabilities),
                       (("ルーツ",), self._rooted), (("系", "民族名"), self._descent), (_BELIEF_CUES, self._beliefs))

    def find(self, text: str, cells: Cells) -> list[Phrase]:
        found = []
        for cues, rule in self._rules:
            if any(cue in text for cue in cues):
                found += rule(text)
        if cells.unread:
            found += cells.phrases((m.span() for m in self._developmental.finditer(text)), "障害")
        found = [_after_subject(text, p) for p in found]
        return [p for p in found if whole_word(text, p.start, p.end) and not is_denied(text, p.end)
                and not is_generic(text, p.start, p.end) and not _PEOPLE_AFTER.match(text, p.end)
                and not text.startswith("ら", p.end)]  # 〜と言われたら: a hypothesis

    def _disabilities(self, text: str) -> list[Phrase]:
        found = [Phrase(m.start(), m.end(), "障害") for p in self._disability for m in p.finditer(text)]
        return found + [Phrase(s, e, "障害") for s, e in self._accommodation.spans(text)]

    def _rooted(self, text: str) -> list[Phrase]:
        return [Phrase(s, e, "人種・民族") for s, e in self._roots.spans(text) if self._names_place(text, s, e)]

    def _descent(self, text: str) -> list[Phrase]:
        found = [Phrase(m.start(), m.end(), "人種・民族") for m in self._people_name.finditer(text)]
        for start, end in self._descended.spans(text):
            anchor = text.index("系", start)
            people = self._people.search(text, start, anchor)
            if people:
                found.append(Phrase(people.start(), end, "人種・民族"))
        return found

    def _beliefs(self, text: str) -> list[Phrase]:
        found = [Phrase(s, e, "信条") for s, e in self._movement.spans(text) if self._cause.search(text, s, e)]
        return found + [Phrase(s, e, "信条") for spans in (self._petition, self._creed) for s, e in spans.spans(text)]

    def _names_place(self, text: str, start: int, end: int) -> bool:
        anchor = re.search(r"(?:に|へ|の)ルーツ", text[start:end])
        # the place with a gloss in brackets after it (琉球(沖縄)にルーツ, ミャンマー(ビルマ)の): the place is read before it
        return bool(anchor and self._root_place.search(_GLOSS_AFTER.sub("", text[start:start + anchor.start()])))

    def _results(self, text: str) -> list[Phrase]:
        """A check-up's exam with what it showed, in one clause."""
        found = []
        for exam in self._exam.finditer(text):
            clause_end = _CLAUSE_END.search(text, exam.end())
            stop = min(exam.end() + 32, clause_end.start() if clause_end else len(text))
            seen = None
            for seen in self._seen.finditer(text, exam.end(), stop):
                pass
            if seen:
                found.append(Phrase(exam.start(), seen.end(), "健康診断結果"))
        return found

    def _further_exams(self, text: str) -> list[Phrase]:
        """A further exam required of someone, not a rule (〜が必要となった場合)."""
        return [Phrase(m.start(), m.end(), "健康診断結果") for m in self._further.finditer(text)
                if not _IF_AFTER.match(text, m.end())]

    def _retold(self, text: str) -> list[Phrase]:
        """What a doctor told of a disease or a finding (〜と言われた, 〜を指摘された)."""
        found = []
        for start, end in self._said.spans(text):
            clause = text[start:end]
            if not (_MEDICAL_CUE.search(clause) or self._medical.search(clause)):
                continue
            before = text[max(0, start - 20):start]
            checkup = _CHECKUP_CUE.search(before + clause) or self._exam.search(before + clause)
            category = "健康診断結果" if checkup else "病歴"
            found.append(Phrase(start, end, category))
        return found


def _after_subject(text: str, phrase: Phrase) -> Phrase:
    """The phrase without a subject its backward run took in (山田さんは, 週末は)."""
    head = text[phrase.start:max(phrase.start, phrase.end - 8)]
    subject = _SUBJECT_BEFORE.match(head)
    phrase = phrase._replace(start=phrase.start + subject.end()) if subject else phrase
    # a subject's particle the run began with, after a bracket it stopped at (〜くん（8歳）|が療育手帳…) (health22)
    return phrase._replace(start=phrase.start + 1) if _PARTICLE_FIRST.match(text, phrase.start, phrase.end) else phrase
