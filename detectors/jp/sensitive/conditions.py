"""障害 and 病歴 told by the grammar of a person's condition rather than by its name:
what a part of the body cannot do (右手が不自由, 片耳が聞こえにくい), a daily activity that
is hard or needs help (歩行が困難, 食事に一部介助), a support a person needs or uses
(要約筆記が必要, 放課後等デイサービスを利用), a delay of development (知的な遅れがある),
a developmental trait with its diagnosis (ADHDの傾向); a disease answered on a
questionnaire (糖尿病：有, ☑高血圧, 喘息 ■あり □なし), a pregnancy or a birth told of
someone (妊娠12週, 出産予定日は3月), a disease given as the reason of a leave
(休職の理由は適応障害), a device or a therapy a person lives with (ペースメーカーを入れている,
リハビリに通っている).

Each rule is gated by a cue word of its own (most texts hold none) and every phrase
is dropped when it speaks of people in general or of a rule (〜が必要な方は, 妊娠中又は
出産後の女性).
"""

from __future__ import annotations

import re

from detectors.first_chars import finder_of, matches
from detectors.jp.sensitive import aftermath, supplies
from detectors.jp.sensitive.disabling import LOST_CUES, LOST_FUNCTION
from detectors.jp.sensitive.health import names_a_disease
from detectors.jp.sensitive.lexicon import WORD_CHAR, Lexicon, words_regex
from detectors.jp.sensitive.marked_after import marks_follow
from detectors.jp.sensitive.phrases import Cells, Phrase, is_denied, is_generic
from detectors.words import WordsPresent

_BODY_PART = (r"(?:右|左|両|片)?(?:手|足|腕|脚|手足|手指|指|耳|目|眼|膝|ひざ|肘|肩|股関節|下肢|上肢|半身|下半身|体幹)"
              r"|(?:右|左)半身|言葉|口|舌")
_NOT = r"(?:ない|なく|ず|にく[いく]|づら[いく])"  # cannot, or hardly
_CANNOT = (r"(?:が|は|の)(?:少し|やや|かなり|ほとんど|まったく|全く|うまく|思うように|十分に|自由に)?"
           rf"(?:不自由|動(?:か|かせ|かし|き){_NOT}|聞こえ{_NOT}|聞こえが悪|遠[いく]|見え{_NOT}|(?:利|き)かな[いく]"
           rf"|曲が[らり]{_NOT}|伸び{_NOT}|上が[らり]{_NOT}|出{_NOT})")
_INABILITY = re.compile(rf"(?:{_BODY_PART}){_CANNOT}")
# a daily activity (ADL, communication, learning) said to be hard or to need someone's help
_ACTIVITIES = (r"(?:歩行|移動|移乗|読み書き|文字の読み書き|書字|読字|音読|発語|発話|発音|会話|聞き取り|意思疎通|意思の疎通|コミュニケーション"
               r"|階段(?:の)?昇降|立ち上がり|起き上がり|寝返り|起立|立位(?:保持)?|座位(?:保持)?|食事|排泄|排せつ|入浴|着替え|更衣|整容"
               r"|服薬管理|金銭管理|計算|板書|書き写し|長時間の立位|長距離の歩行|屋外歩行|身辺処理)")
_HARD = (r"(?:が|に|は|で|の)(?:やや|かなり|非常に|とても|一人では|ひとりでは|自力では|自分では|独力では)?"
         r"(?:困難|難しい|難しく|できない|できず|不可|不能|苦手で|時間がかか(?:る|り|って)|支障があ"
         r"|(?:全|一部|要)介助|(?:介助|介護|支援|見守り|付き添い|補助|声かけ|声掛け)が(?:必要|要る|いる|欠かせない))")
_ACTIVITY_HARD = re.compile(rf"{_ACTIVITIES}{_HARD}")
# a means of communication or access a person needs (the service, not a product's feature)
_MEANS = r"(?:要約筆記|筆談|点字(?:資料)?|拡大文字|音声読み上げ|読み上げソフト|ルビ付き(?:の)?資料|手話|介助者|付添人|ガイドヘルパー)"
_NEEDED = re.compile(rf"{_MEANS}(?:での対応|による対応|の配置|の同行|の付き添い)?(?:が|を)(?:必要|必須|欠かせない|希望|要する|依頼|申請)")
# a service for disabled children or adults, with its use
_SERVICES = (r"(?:放課後等デイサービス|児童発達支援(?:センター)?|通級指導教室|通級による指導|通級指導|通級|特別支援学校|特別支援教室|就労移行支援"
             r"|就労継続支援 *[AB]型|就労定着支援|同行援護|行動援護|重度訪問介護|共同生活援助|障害者グループホーム|移動支援|日中一時支援"
             r"|ジョブコーチ|職場適応援助者|障害者雇用枠|障害者枠|補装具|日常生活用具|特別児童扶養手当|障害児福祉手当|特別障害者手当"
             r"|発達支援|療育)")
_USE = (r"(?:を|に|の|で|へ|から)?(?:週 *[0-9一二三四五]+ *(?:回|日)|月 *[0-9一二三四五]+ *回|毎日|現在)?"
        r"(?:利用|通所|通って|通う|通い|通学|在籍|受給|支給|交付|申請|受けて|受け(?:た|る)|入所|入学|進学|転籍|採用|雇用|勤務)")
_SERVICE_USED = re.compile(rf"{_SERVICES}{_USE}")
# a delay of development, said of a child or an adult
_DELAY = re.compile(r"(?:知的|発達|言葉|ことば|言語|運動|精神運動|認知)(?:面|発達)?(?:な|の|に|が)?(?:遅れ|遅滞)"
                    r"(?:が(?:ある|あり|見られ|みられ|認められ)|あり)?")
_TRAIT = re.compile(r"(?:ASD|ADHD|AD/HD|LD|SLD|DCD|自閉症スペクトラム|自閉スペクトラム|自閉|発達障害|注意欠如|多動)(?:症)?(?:の|が)?"
                    r"(?:傾向|特性|疑い|診断|グレーゾーン)(?:が(?:ある|あり|見られ|みられ)|あり|を受け(?:た|て(?:いる|おり))?)?")
# a device or a therapy a person lives with (ペースメーカーを入れている, 在宅酸素療法を行っている), a
# therapy attended (リハビリに通っている, 透析のため週3回通院)
_DEVICES = (r"(?:ペースメーカー|植込み型除細動器|人工関節|人工弁|人工血管|ステント|シャント|在宅酸素(?:療法)?|酸素ボンベ|インスリンポンプ"
            r"|胃ろう|胃瘻|人工呼吸器|気管切開|尿道カテーテル|ストーマ)")
_LIVES_WITH = re.compile(rf"{_DEVICES}(?:を|が)?(?:入れ(?:て(?:いる|おり)|た)|入って(?:いる|おり)|装着|使用(?:中|して)|使って|留置"
                         r"|植え込|植込|埋め込|行って(?:いる|おり)|導入(?:し|済|中)|(?:して|し)(?:いる|おり)|入っている)")
_THERAPIES = r"(?:リハビリ(?:テーション)?|人工透析|血液透析|腹膜透析|透析|デイケア|カウンセリング|化学療法|抗がん剤治療|放射線治療|点滴)"
# when it is attended: a count a week or a month, or its days and time of day (月水金は夕方に) (care16)
_WHEN = (r"(?:週 *[0-9一二三]+ *(?:回|日)|月 *[0-9一二三]+ *回|毎日|(?:[月火水木金土日]・?){1,7}(?:曜日?)?(?:は|に)?"
         r"(?:午前|午後|夕方|朝|夜間?)?(?:に|から)?)?")
_ATTENDED = re.compile(rf"{_THERAPIES}(?:に|へ|で|のため(?:に)?|を受けに)、?{_WHEN}(?:通って|通う|通い|通院|通所|入院)")
# a questionnaire's answer after a disease (糖尿病：有, 高血圧（あり）, 喘息 ■あり □なし): the yes is
# searched for, then what stands before it (a pattern opening with spaces would be tried everywhere)
_YES = re.compile(r"(?:有り?|あり|はい|該当)(?![一-龥ぁ-ん])[)）]?")
_BEFORE_YES = re.compile(r"(?:[:：\t][ 　]*(?:[■☑☒✓✔●◉][ 　]*)?|[(（] *|[ 　]*[■☑☒✓✔●◉] *)$")
_CHECKED = re.compile(r"[☑☒✓✔]|[■●◉](?=[^\n]*[□☐○])|(?<=[□☐○])[■●◉]")  # ■ a mark only on a line of choices
_NOUN = re.compile(rf"[{WORD_CHAR}]{{2,16}}")
_NOUN_BEFORE = re.compile(rf"[{WORD_CHAR}]{{2,16}}\Z")
# a pregnancy's disorder or its treatment told of someone (切迫早産, 流産した, 不妊治療中); a pregnancy or a
# birth as such (妊娠中, 妊娠20週, 産休中, 出産予定日) is no disease and says no doctor's care (health24, see
# detectors.jp.sensitive.pregnancy)
_PREGNANCY = re.compile(r"切迫(?:早産|流産)|流産(?:した|し|の)|死産|不妊治療(?:中|を受け|のため|に通)")
# a doctor's guidance given to the person (医師から安静を指示された: 施行令第2条第3号), whatever change of body it
# was for — a pregnancy's care is told this way (health24)
_GUIDED = re.compile(r"(?:医師|主治医|担当医|産科医|産業医|助産師)(?:から|より)[^。\n]{0,16}?(?:指示|指導)"
                     r"(?:され(?:た|て(?:いる|おり))|を受け(?:た|て(?:いる|おり))|があ(?:った|り)|が出(?:た|て(?:いる|おり)))")
# a disease given as the reason of a leave or an arrangement (休職の理由は適応障害)
_REASON = re.compile(r"(?:休職|休業|欠勤|退職|休学|休養|配置転換|時短勤務|短時間勤務|業務軽減|就業制限)(?:の)?(?:理由|事由|原因)"
                     r"(?:は|が|:|：|として)? *")
# a condition given as the cause of an absence (痛風発作で数日欠勤, 適応障害のため休職): the noun before is read back
# (care16) a service suspended for it until a date (〜のため2025年3月12日まで休止), a meeting missed (欠席)
_UNTIL = r"[0-9年月日/.\-令和平成RH ]{2,14}まで"
_ABSENCE = re.compile(rf"(?:で|のため|により|が原因で|の影響で)(?:{_UNTIL}[一-龥ァ-ヺー]{{0,4}}?|[^。\n\t、]{{0,6}}?)"
                      r"(?:欠勤|休職|休業|休学|早退|休ん|休み|半休|遅刻|休止|休会|欠席)")  # 休み, 半休, 遅刻: an arrangement (sens18)
# a note in brackets between the condition and its cause's particle (人工透析(週3回)のため) (sens18)
_NOTE_BEFORE = re.compile(r"\([^()\n]{1,12}\)\Z")
_ATTACKS = ("発作",)  # an episode of a disease (痛風発作): a condition too
# said of people in general, or one item of a rule's list
_GENERAL_AFTER = re.compile(r"(?:な|の|である|がある|した|する)?(?:方|人|者|患者|女性|労働者|社員|職員|従業員|児童|生徒|利用者|お客様|場合|際|とき)"
                            r"|又は|または|若しくは|もしくは|及び|や(?![一-龥])|等の"
                            r"|(?:な|に|の)?(?:状況|状態|環境|場面|時間帯)|(?:に|と)な(?:っ|る|り)")  # a situation, not a person
_CUES = {"inability": ("不自由", "動か", "動き", "聞こえ", "見え", "利かない", "きかない", "曲が", "伸び", "上が", "遠",
                       "出な", "出にく", "出づら", "出ず"),
         "activity": ("困難", "難し", "できな", "できず", "不可", "不能", "苦手", "時間がかか", "支障", "介助", "介護", "支援", "見守り",
                      "付き添い", "補助", "声かけ", "声掛け"),
         "means": ("筆記", "筆談", "点字", "拡大文字", "読み上げ", "ルビ", "手話", "介助者", "付添人", "ガイドヘルパー"),
         "service": ("デイサービス", "児童発達", "通級", "特別支援", "就労", "援護", "訪問介護", "生活援助", "グループホーム", "移動支援",
                     "日中一時", "ジョブコーチ", "適応援助", "障害者", "補装具", "日常生活用具", "手当", "発達支援", "療育"),
         "development": ("遅れ", "遅滞", "ASD", "ADHD", "AD/HD", "LD", "DCD", "自閉", "発達障害", "注意欠如", "多動"),
         "answer": ("有", "あり", "はい", "該当"),
         "ticked": ("☑", "☒", "✓", "✔", "■", "●", "◉"),
         "therapy": ("ペースメーカー", "除細動器", "人工", "ステント", "シャント", "酸素", "インスリン", "胃ろう", "胃瘻", "気管切開",
                     "カテーテル", "ストーマ", "リハビリ", "透析", "デイケア", "カウンセリング", "療法", "治療", "点滴"),
         "pregnancy": ("切迫", "流産", "死産", "不妊"),
         "reason": ("理由", "事由", "原因"), "guided": ("医師", "主治医", "担当医", "産科医", "産業医", "助産師"),
         "absence": ("欠勤", "休職", "休業", "休学", "早退", "休ん", "休み", "半休", "遅刻", "休止", "休会", "欠席"),
         "lost": LOST_CUES, "supplies": supplies.CUES, "aftermath": aftermath.CUES}


class ConditionMatcher:
    """Disabilities and diseases told by what is said of the person."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._disease = re.compile(words_regex(lexicon.diseases))  # a name in kana too (うつ病, ぜんそく)
        self._disease_before = re.compile(words_regex(frozenset(word[::-1] for word in lexicon.diseases)))
        self._finders = {pattern: finder_of(pattern) for pattern in (
            _INABILITY, _ACTIVITY_HARD, _NEEDED, _SERVICE_USED, _DELAY, _TRAIT, _PREGNANCY, _REASON, _LIVES_WITH,
            _ATTENDED, _ABSENCE, LOST_FUNCTION, _GUIDED)}
        self._cues = WordsPresent(word for words in _CUES.values() for word in words)
        # (the cue a text must hold, the rule): most texts hold none of a rule's cues
        self._rules = (("inability", self._told(_INABILITY, "障害")), ("activity", self._told(_ACTIVITY_HARD, "障害")),
                       ("means", self._told(_NEEDED, "障害")), ("service", self._told(_SERVICE_USED, "障害")),
                       ("development", self._told(_DELAY, "障害")), ("development", self._told(_TRAIT, "障害")),
                       ("answer", self._answers), ("ticked", self._ticked), ("pregnancy", self._told(_PREGNANCY, "病歴")),
                       ("therapy", self._told(_LIVES_WITH, "病歴")), ("therapy", self._told(_ATTENDED, "病歴")),
                       ("reason", self._reasons), ("absence", self._absences), ("guided", self._told(_GUIDED, "病歴")), ("lost", self._told(LOST_FUNCTION, "障害")),
                       ("supplies", lambda text: supplies.supplied(text, self.disease_like, self._known)),
                       ("aftermath", lambda text: aftermath.left_after(text, self.disease_like, self._known)))

    def find(self, text: str, cells: Cells) -> list[Phrase]:
        found: list[Phrase] = []
        cues = self._cues(text)  # one scan for every rule's cue words
        for cue, rule in self._rules:
            if not cues.isdisjoint(_CUES[cue]):
                found += rule(text)
        return [p for p in found if not is_denied(text, p.end) and not is_generic(text, p.start, p.end)
                and not _GENERAL_AFTER.match(text, p.end)]

    def _spans(self, pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
        return [m.span() for m in matches(pattern, self._finders[pattern], text)]

    def _told(self, pattern: re.Pattern, category: str):
        """A rule: the pattern's matches as phrases of the category."""
        return lambda text: [Phrase(start, end, category) for start, end in self._spans(pattern, text)]

    def disease_like(self, noun: str) -> bool:
        return names_a_disease(self.lexicon, noun)

    def _known(self, noun: str) -> bool:
        return noun in self.lexicon.diseases or noun in self.lexicon.treatments

    def _answers(self, text: str) -> list[Phrase]:
        """A disease with a yes after it: the disease and its answer."""
        found = []
        for yes in _YES.finditer(text):
            mark = _BEFORE_YES.search(text, max(0, yes.start() - 6), yes.start())
            if not mark:
                continue
            line_start = text.rfind("\n", 0, mark.start()) + 1
            window = max(line_start, mark.start() - 16)
            before = text[window:mark.start()].rstrip(" 　")
            end = window + len(before)
            noun = _NOUN_BEFORE.search(before)
            known = self._disease_before.match(before[::-1])
            if noun and self.disease_like(noun.group()):
                found.append(Phrase(window + noun.start(), yes.end(), "病歴"))
            elif known:
                found.append(Phrase(end - known.end(), yes.end(), "病歴"))
        return found

    def _disease_at(self, text: str, position: int) -> tuple[int, int] | None:
        """The disease or treatment that begins at position, if one does."""
        known = self._disease.match(text, position)
        noun = _NOUN.match(text, position)
        if noun and self.disease_like(noun.group()) and not (known and known.end() > noun.end()):
            return noun.span()
        return known.span() if known else None

    def _ticked(self, text: str) -> list[Phrase]:
        """A disease after a ticked box (☑高血圧; ■ only on a line of choices)."""
        found = []
        for mark in _CHECKED.finditer(text):
            line_start, line_end = text.rfind("\n", 0, mark.start()) + 1, text.find("\n", mark.end())
            if marks_follow(text, line_start, len(text) if line_end < 0 else line_end):
                continue  # 心臓病□ 胃ポリープ■: the mark is the disease's before it (marked_after)
            span = self._disease_at(text, mark.end() + (text[mark.end():mark.end() + 1] == " "))
            if span:
                found.append(Phrase(*span, "病歴"))
        return found

    def _absences(self, text: str) -> list[Phrase]:
        """The condition a person was absent for, read back from its cause's particle."""
        found = []
        for start, end in self._spans(_ABSENCE, text):
            line_start = text.rfind("\n", 0, start) + 1
            note = _NOTE_BEFORE.search(text, max(line_start, start - 14), start)
            start = note.start() if note else start
            noun = _NOUN_BEFORE.search(text[max(line_start, start - 16):start])
            if noun and (self.disease_like(noun.group()) or noun.group().endswith(_ATTACKS)):
                found.append(Phrase(start - len(noun.group()), end, "病歴"))
        return found

    def _reasons(self, text: str) -> list[Phrase]:
        """The disease named as the reason of a leave."""
        found = []
        for reason in self._spans(_REASON, text):
            span = self._disease_at(text, reason[1])
            if span:
                found.append(Phrase(*span, "病歴"))
        return found
