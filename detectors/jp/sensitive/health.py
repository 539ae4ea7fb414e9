"""病歴, 健康診断結果 and 障害: what is said of a person's health.

病歴 is a disease or treatment with what happened to the person (〜で通院中,
〜と診断された, 〜の手術を受けた, 〜を服用), or a fact of treatment alone (入院中,
病気休職); a disease name alone counts only as a short field or cell value. Names
not in the lexicon are recognised by their ending (〜症, 〜病, 〜炎, 〜がん, 〜骨折)
in front of such a predicate. 健康診断結果 is an item with its value (γ-GTP 120 U/L),
a judgement (要精密検査, 判定 D1). 障害 is a disability, a certificate with its grade,
an aid in use; 障害 of a system (システム障害, 通信障害) is never one.
"""

from __future__ import annotations

import re

from detectors.first_chars import finder_of, matches
from detectors.jp.sensitive.care_done import CARE_DONE, body_disabilities, counts_a_prevention, past_a_remark
from detectors.jp.sensitive.lexicon import (WORD_CHAR, Anchored, Lexicon, compile_pattern, has_hiragana, kana_names,
                                            named_with_kana, whole_word, words_regex)
from detectors.jp.sensitive.named_bodies import opens_a_bodys_name
from detectors.jp.sensitive.phrases import Cells, Phrase, is_criterion, is_denied, is_generic, is_programme

DISEASE_ENDINGS = ("症候群", "症", "病", "炎", "癌", "がん", "腫瘍", "腫", "瘍", "ヘルニア", "骨折", "梗塞", "出血", "痛", "アレルギー",
                   "潰瘍", "結石", "狭窄", "麻痺", "不全", "中毒", "損傷", "断裂", "欠損", "疾患", "障害", "感染", "傷", "創",
                   # heads of the other ICD chapters: a lesion's form (異形成, 嚢胞, 結節, ポリープ, 瘤), a tissue's change
                   # (変性, 硬化, 萎縮, 肥大, 壊死), a blockage, a dislocation, a rash, an infection, an eye's or ear's loss
                   "異形成", "嚢胞", "のう胞", "結節", "ポリープ", "瘤", "変性", "硬化", "萎縮", "肥大", "壊死", "閉塞", "脱臼", "捻挫",
                   "疹", "癬", "結核", "貧血", "内障", "難聴", "弱視", "斜視", "奇形", "失調", "欠乏", "亢進", "穿孔", "発作")
# a named operation (〜置換術, 〜バイパス術; not 技術 or 美術), assisted reproduction, a drug taken by mouth
TREATMENT_ENDINGS = ("手術", "治療", "療法", "透析", "移植", "注射", "投与", "切除", "摘出", "薬", "剤", "錠",
                     "置換術", "摘術", "パス術", "形成術", "再建術", "固定術", "造設術", "切開術", "整復術", "郭清術", "吻合術",
                     "授精", "内服")
# A treatment whatever comes before it; the rest need a disease in front of them.
_STRONG = (r"通院(?:中|して(?:いる|おり|いた)|した|を続け(?:て(?:いる|おり|いた))?|を継続|歴|治療|のため|予定)"
           r"|入院(?:中|し(?:た|て(?:いる|おり|いた))?|する|予定|歴|治療)"
           r"|手術(?:を受け(?:た|て(?:いる|おり|いた))?|を受ける予定|し(?:た)?|歴|予定)"
           r"|服薬(?:中|して(?:いる|おり)|治療|歴)|投薬(?:中|治療)|加療中|闘病(?:中)?|療養(?:中|して(?:いる|おり|いた))"
           r"|治療(?:中|を受け(?:た|て(?:いる|おり|いた))?|を続け(?:て(?:いる|おり|いた))?|歴)"
           r"|病気(?:療養|休職|休暇)(?:中)?|傷病休職(?:中)?|私傷病(?:休職|休暇)?|病休"
           r"|(?:病院|医院|クリニック|診療所|救急外来)で(?:手当て|治療|処置|縫合)を受け(?:た|て)"
           r"|(?:整形外科|外科|皮膚科|眼科|歯科|耳鼻科|耳鼻咽喉科|心療内科|精神科|脳神経外科)を受診(?:した|し、|して)"
           r"|診断書(?:を提出|が提出|の提出|を受理)|診断(?:され(?:た|て(?:いる|おり|いた))?|を受け(?:た|て(?:いる|おり|いた))?)")
_WEAK = (r"休職(?:中|して(?:いる|おり)|した|する|予定)?|休業|欠勤|静養|再発|悪化|発症|罹患|既往|疑い|術後"
         r"|経過観察(?:中)?|リハビリ(?:中)?|患(?:って(?:いる|おり)|った|い|う)|かか(?:り|った|って(?:いる|おり|いた))"
         r"|を受け(?:た|て(?:いる|おり|いた))?|を受診(?:した|して(?:いる|おり|いた))?|で受診"
         r"|受診(?:した|して(?:いる|おり)|中)|を続け(?:て(?:いる|おり|いた))?|を開始(?:した)?"
         r"|服用(?:中|して(?:いる|おり|いた))?|内服(?:中)?|処方(?:され(?:て(?:いる|おり|いた))?|を受け)|投与|使用(?:中)?"
         r"|頓用|頓服|屯用|常用(?:して(?:いる|おり)|中)?|があり|がある|があります|判明|見つか(?:った|り)|発覚|抱え(?:て(?:いる|おり|いた))?|持病"  # 頓用: taken when needed (sens23)
         r"|装着(?:中|して(?:いる|おり))?|造設(?:術後|済み?)?|留置(?:中)?|植込み|植え込み"  # a device in the body
         r"|飲(?:み始め(?:て(?:いる|おり|から)?|た)|んで(?:いる|おり)|み続け(?:て(?:いる|おり)|た))"  # a medicine taken
         r"|後遺症|(?:めまい|目まい|眩暈|けいれん|痙攣|ひきつけ|ふらつき|動悸|過呼吸|呼吸困難|胸痛|頭痛)?発作(?:あり|が(?:ある|あり|出))?|を繰り返(?:して(?:いる|おり)?|す)|をやって|をやった|継続(?:中)?|増量|減量|の治療(?:として|のため|で)"  # a sequel, a recurrence, one's own words
         r"|(?:を|は)?(?:携帯|持参|常備)(?:して(?:いる|おり|います))?"  # the drug or device carried for it
         r"|(?:週|1日|一日|月) *[0-9一二三四] *回(?:服用|内服|投与|注射)?"  # a medicine's dosing (〜でメトトレキサート週1回)
         r"|\(? *(?:ステージ|Stage|stage|病期) *[0-9IVⅠ-Ⅳ]+[a-cA-C]?\)?|(?:骨|肺|肝|脳|リンパ節)?転移"  # a patient's cancer: its stage, its spread
         r"|と(?:本人(?:より|から))?(?:申告|の申告|の申し出)"  # a disease reported by the person
         r"|導入(?:した)?(?!済|を?検討|予定)|装用(?:中|して(?:いる|おり))?"  # a treatment begun (インスリン導入), a lens worn for it
         r"|傾向(?:が)?(?:あり|ある|見られ|みられ|認められ)"  # a disease's tendency seen in the person (care16)
         # a disease's state after its care (乳がん 治療済み, 〜で寛解中, 胃潰瘍完治) (sensitive17)
         rf"|治療済み?|手術済み?|完治(?:した|して(?:いる|おり))?|寛解(?:中|状態|して(?:いる|おり))?|治癒(?:した)?|{CARE_DONE}")
_INJURED = r"(?:骨折|捻挫|脱臼|断裂|損傷|挫傷|打撲|発症|再発)(?:し(?:た|て(?:いる|おり|いた))?|を負(?:った|い))"
# an injury said as a noun after the body part (左膝を打撲。): an accident report's way
_INJURED_PART = r"を(?:打撲|骨折|捻挫|脱臼|負傷|やけど|火傷)(?=[。、,\n]|$)"
_PREDICATE = re.compile(rf"{_STRONG}|{_WEAK}")
# care kept up or changed (継続, 増量) tells a disease only of a named one or a drug: 服薬の継続 tells none
_KEPT_UP = re.compile(r"継続(?:中)?|増量|減量")
_GENERIC_CARE = re.compile(r"(?:服薬|投薬|治療|内服|通院|受診|加療|薬)(?:の|を|が|は)?(?:継続|増量|減量)")
_PREDICATE_FINDER = finder_of(_PREDICATE)  # some branches open with a group: re would try every position
_STRONG_PREDICATE = re.compile(_STRONG)
# or a space alone between a disease and its state in a note (C型肝炎 治療済み) (sensitive17)
_PARTICLE_BEFORE = re.compile(r"(?:により|による|のため(?:に)?|に対し(?:て)?|にて|の|で|に|を|が|と|は|から|、| )$")
_TEMPORAL = re.compile(r"^(?:昨年|今年|去年|一昨年|先月|今月|先週|昨日|本日|当日|以前|過去|現在|数年前|幼少期|学生時代|入社後"
                       r"|同年|翌年|前年|今春|今秋|昨秋|今冬|昨冬|年末|年始|[0-9]+年(?:[0-9]+月)?|[0-9]+月)")
_IT_CONTEXT = re.compile(r"(?:システム|サーバ|通信|回線|ネットワーク|機器|装置|設備|電波|ソフト|アプリ|プログラム|データ|"
                         r"ディスク|端末|パソコン|プリンタ|電源|配信|接続|運行|運転|メール|電話|クラウド|ストレージ|基盤|web|Web|WEB)")
# Care that is not treatment: a disease before it says nothing of the person's illness.
_NOT_CARE = ("予防接種", "接種", "ワクチン", "検診", "健診", "健康診断", "人間ドック", "予防", "講習", "研修", "説明", "セミナー",
             "保険", "勉強会", "講演")
# a disease before a vaccine or a screening is what it prevents or looks for (B型肝炎ワクチン)
_CARE_AFTER = re.compile(r" *(?:の)?(?:ワクチン|予防接種|接種|検診|健診|抗体検査|スクリーニング)")
_NOUN_BEFORE = re.compile(rf"[{WORD_CHAR}]{{1,16}}\Z")
# a disease's name with a kana word inside (腰椎すべり症, 頸椎むち打ち症): kanji, kana that are no particle, a head
_KANA_IN_NAME = re.compile(r"[一-龥]{1,8}(?:(?![のはがをにでともへやか])[ぁ-ゖ]){2,4}(?:症候群|症|病)\Z")
_NOUN_RUN = re.compile(rf"[{WORD_CHAR}]{{3,16}}")
_PREFIXES = r"(?:持病(?:に|の|が|は|として)?|既往(?:歴|症)?(?:に|として|は|:)?|基礎疾患(?:に|として|の|は)?)"
# after 持病 or 既往: a header's next word (持病・配慮事項) is no disease, a topic (既往: 当事者は…) no value
_NOT_PREFIXED = re.compile(r"[・ー]|(?:調査|確認|記入|照会|有無|欄|票|の有無)")  # nor the paperwork that asks (既往調査)
_TOPIC = re.compile(r"(?:は|が)")
_VALUE = r"[0-9]+(?:\.[0-9]+)?(?: */ *[0-9]+)?(?![0-9.]* *[-~〜～] *[0-9])"  # not a range (基準値 10-40)
_UNIT = r"(?:mg/dl|mg/dL|g/dL|g/dl|U/L|IU/L|U/l|%|mmHg|mEq/L|ng/mL|万/μL|/μL|x10\^4/μL|kg/m2|cm|kg|mL/min/1\.73m2)"
# a result flagged out of range (152 H, 3.1 (L), 8.6 ↑, 206 *): in a cell of a row that names a check-up item
_FLAGGED = rf"{_VALUE} *{_UNIT}? *(?:[HL↑↓*](?![A-Za-z0-9])|\( *[HL] *\))"
_GRADE = r"(?: *の? *(?:[1-7一二三四五六七] *級|第? *[1-7] *種|[AB][12]?(?![A-Za-z0-9])|[1-4] *度|区分 *[1-6]))"
_IN_USE = (r"(?:を|が|の)?(?:使用|利用|所持|取得|交付|装着|併用|持って|持つ|保持|あり|がある)"
           r"(?:して(?:いる|おり)|している|中|を受けて(?:いる|おり)|を受けている)?")
# 障害者 running on into a longer word: a role, a law, a course (障害者職業生活相談員, 障害者差別解消法)
_A_TERM_GOES_ON = re.compile(r"者[一-龥]")
_ANY_DISABILITY = re.compile(r"障(?:害|がい|碍)(?:が(?:あり|ある|あります)|を(?:持つ|持って|抱え))")


# last time's value beside this time's (前回γ-GT: 201): the result is this time's
_EARLIER = re.compile(r"(?:前回|前年度?|昨年度?|前々回) *$")
_EARLIER_LABEL = re.compile(r"(?:前回|前年度?|昨年度?|前々回)[一-龥]{0,4}$")  # 前回総合判定: B
# a check-up's legend of grades (A:異常なし B:軽度異常 C:要経過観察 …) names no one's result
# (a grade's qualifier or its meaning in brackets: B(軽度): …, A(異常なし) B(軽度所見あり) … (sens20))
_LEGEND_ENTRY = re.compile(r"(?<![A-Za-z0-9])[A-E][12]?(?:判定)?(?:\([^()\n]{1,6}\))? *[:=：(]? *"
                           r"(?:異常なし|軽度|要[一-龥]{1,5}|治療中|経過観察)")
LEGEND_ENTRIES = 3


def in_legend(text: str, start: int) -> bool:
    """Whether the line around start lists the grades of a check-up."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", start)
    entries = _LEGEND_ENTRY.finditer(text, line_start, len(text) if line_end < 0 else line_end)
    return len({m.group()[0] for m in entries}) >= LEGEND_ENTRIES


# the level of 特定保健指導 a check-up put someone in: alone only as a cell of a person's row
# a named person's state said with a copula (田中さんは高血圧です, 母は糖尿病だった): no predicate of care
_NAMED_SUBJECT = r"(?:さん|様|氏|君|くん|ちゃん|本人|患者|利用者|相談者|対象者|入居者|当事者|父|母|夫|妻|息子|娘)(?:は|も)、?"
# the copula's joining form too (患者さんは多発性骨髄腫で、移植を… / 白血病で化学療法中) (care16)
# or a noun sentence ending there (訪問記録：白石様は狭心症。) (sensitive17)
# or given as the reason of what follows (母は喘息なので別室に, 父は糖尿病のため…) (sens20)
_COPULA = (r"(?:です|でした|だった|だ|であった|である|と判明|との(?:こと|事)|で(?=、|[一-龥ァ-ヺー]{1,8}中)|(?=。|\n|$)"
           r"|(?P<reason>なので|ですので|のため|につき))")  # the reason's words are not the value
_GUIDANCE_LEVEL = r"(?:積極的支援|動機付け支援|動機づけ支援)(?:レベル|対象)?"
_GUIDANCE_SAID = rf"特定保健指導 *[(（]? *(?:の)?{_GUIDANCE_LEVEL}"


class HealthMatcher:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        medical = lexicon.diseases | lexicon.treatments
        self._medical_before = re.compile(words_regex(frozenset(word[::-1] for word in medical)))
        self._medical = compile_pattern(words_regex(medical))
        self._prefixed = compile_pattern(
            rf"{_PREFIXES}(?![歴症])(?P<disease>{words_regex(lexicon.diseases)}|[{WORD_CHAR}]{{2,14}})")  # 既往症・けが: 症 is the label's
        judgements = words_regex(lexicon.judgements)
        self._checkup = compile_pattern(
            rf"{words_regex(lexicon.checkup_items)}(?: *\([A-Za-zγ-]{{1,8}}\))?(?:値)? *(?:[:=]|は|が)? *"
            rf"(?:{_VALUE} *{_UNIT}?|\(? *(?:[0-9]?\++|陽性) *\)?|所見あり|異常あり|{judgements})"
            rf"(?: *\(? *(?:{judgements}|[HL↑↓*]) *\)?| *で *{judgements})?")
        self._judgement = compile_pattern(judgements)
        self._flagged = compile_pattern(_FLAGGED)
        self._item = compile_pattern(words_regex(lexicon.checkup_items))
        self._judged = compile_pattern(r"判定 *:? *[B-E][0-9]?(?![A-Za-z0-9])")
        self._injured = Anchored(_INJURED, WORD_CHAR, 12)
        self._injured_part = Anchored(_INJURED_PART, WORD_CHAR, 8, least=1)
        self._graded = compile_pattern(r"[B-E][0-9]?判定")
        self._guidance = (compile_pattern(_GUIDANCE_LEVEL), compile_pattern(_GUIDANCE_SAID))
        # a note in brackets may follow the disease (再生不良性貧血(重症)で、)
        self._named = compile_pattern(rf"{_NAMED_SUBJECT}(?P<disease>(?:[{WORD_CHAR}]|(?![はもが])[ぁ-ゖ]){{2,14}}?)(?:\([^()\n]{{1,8}}\))?{_COPULA}")
        self._kana_names = kana_names(lexicon.diseases)  # a name with kana is read by name (うつ病のため) (sens20)
        self._disability = compile_pattern(rf"{words_regex(lexicon.disabilities)}{_GRADE}?(?:{_IN_USE})?")

    def find(self, text: str, cells: Cells) -> list[Phrase]:
        found = self._predicated(text) + self._checkups(text) + self._disabilities(text)
        found += [Phrase(start, end, "病歴") for anchored in (self._injured, self._injured_part)
                  for start, end in anchored.spans(text)]
        found += [Phrase(m.start("disease"), m.end(), "病歴") for m in self._prefixed.finditer(text)
                  if not _NOT_PREFIXED.match(text, m.start("disease"), m.end()) and not _TOPIC.match(text, m.end())]
        found += [Phrase(m.start("disease"), m.start("reason") if m.group("reason") else m.end(), "病歴")
                  for m in self._named.finditer(text)
                  if (named_with_kana(noun, self._kana_names) if has_hiragana(noun := m.group("disease"))
                      else self.disease_like(noun))]
        found += self._in_cells(text, cells)
        found += [Phrase(m.start(), m.end(), "健康診断結果") for m in self._guidance[1].finditer(text)]
        if cells.unread:
            found += cells.phrases(self._flagged_results(text), "健康診断結果")
            found += cells.phrases((m.span() for m in self._guidance[0].finditer(text)), "健康診断結果")
        return [p for p in found if not is_denied(text, p.end) and not is_generic(text, p.start, p.end)
                and not (p.category == "病歴" and _CARE_AFTER.match(text, p.end))]

    def _in_cells(self, text: str, cells: Cells) -> list[Phrase]:
        """Diseases and treatments alone in a free-text cell (備考: 糖尿病); in a table
        without labels, in any short cell."""
        if not cells.unread:
            return []
        values = cells.free_text()
        if values is None:
            spans = [m.span() for m in self._medical.finditer(text)]
        else:
            spans = [m.span() for start, end in values for m in self._medical.finditer(text, start, end)]
            # a disease no list holds, known by its head (網膜静脈閉塞症 under 特記事項)
            spans += [m.span() for start, end in values for m in _NOUN_RUN.finditer(text, start, end)
                      if self.disease_like(m.group())]
        return cells.phrases((span for span in spans if whole_word(text, *span)), "病歴")

    def _flagged_results(self, text: str) -> list[tuple[int, int]]:
        """Flagged values on the lines (rows) that name a check-up item."""
        spans, line_end = [], -1
        for item in self._item.finditer(text):
            if item.start() < line_end:
                continue  # this row is read
            line_start = text.rfind("\n", 0, item.start()) + 1
            line_end = text.find("\n", item.end())
            line_end = len(text) if line_end < 0 else line_end
            spans += [m.span() for m in self._flagged.finditer(text, line_start, line_end)]
        return spans

    def disease_like(self, noun: str) -> bool:
        return names_a_disease(self.lexicon, noun)

    def disease_before(self, text: str, end: int) -> int | None:
        """Where the disease or treatment ending at `end` starts, if one does (for other matchers)."""
        return self._noun_before(text, end)

    def _noun_before(self, text: str, end: int) -> int | None:
        """Where the disease or treatment ending at `end` starts, if one does."""
        window = text[max(0, end - 24):end]
        known = self._medical_before.match(window[::-1])
        if known:
            start = end - known.end()
            run = _NOUN_BEFORE.search(text, max(0, start - 16), start)  # 右 before 乳がん
            return run.start() + _bullet(run.group()) if run and not _TEMPORAL.match(run.group()) else start
        kana = _KANA_IN_NAME.search(window)  # 腰椎すべり症, 手のしびれ: a name with kana inside
        if kana:
            return end - len(kana.group())
        run = _NOUN_BEFORE.search(window)
        if not run:
            return None
        noun = run.group()[_bullet(run.group()):]
        temporal = _TEMPORAL.match(noun)
        if temporal:
            noun = noun[temporal.end():]
        return end - len(noun) if self.disease_like(noun) else None

    def _chained(self, text: str, end: int) -> int | None:
        """The start of a disease said just before the noun phrase ending at end
        (through a particle), if one is."""
        run = _NOUN_BEFORE.search(text, max(0, end - 16), end)
        if run and run.group().endswith(_NOT_CARE):
            return None
        noun_start = run.start() if run and not self.disease_like(run.group()) else end
        before = _PARTICLE_BEFORE.search(text, max(0, noun_start - 5), noun_start)
        if before and text[before.start() - 1:before.start()] == ")":  # 食物アレルギー(卵・小麦)で: what it is to
            opening = text.rfind("(", max(0, before.start() - 16), before.start())
            return self._noun_before(text, opening) if opening > 0 else None
        return self._noun_before(text, before.start()) if before else None

    def _predicated(self, text: str) -> list[Phrase]:
        found = []
        for match in matches(_PREDICATE, _PREDICATE_FINDER, text):
            particle = _PARTICLE_BEFORE.search(text, max(0, match.start() - 4), match.start())
            if match.group().startswith("診断") and not match.group().startswith("診断書") and not (
                    particle and particle.group() in ("と", "の")):
                continue  # 健康診断を受けた: a check-up, not a diagnosis
            end = particle.start() if particle else match.start()
            end, start = past_a_remark(text, end, self._noun_before)  # the noun, or the one before a remark: 歯周病(重度)で
            if start is None and not particle and match.group() == "術後":  # 人工股関節置換術後: the 術 is the operation's
                start = self._noun_before(text, end + 1)
            # 1型糖尿病で|インスリン注射を続けている, 腰痛で|整形外科を|受診した: the disease it is for
            chained = self._chained(text, end if start is None else start)
            start = chained if chained is not None else start
            if start is not None and not (_KEPT_UP.fullmatch(match.group()) and _GENERIC_CARE.match(text, start)
                                          or counts_a_prevention(match.group(), text[start:end], _NOT_CARE)):
                found.append(Phrase(start, match.end(), "病歴"))
            elif start is None and _STRONG_PREDICATE.fullmatch(match.group()):
                found.append(Phrase(match.start(), match.end(), "病歴"))
        return found

    def _checkups(self, text: str) -> list[Phrase]:
        found = [Phrase(m.start(), m.end(), "健康診断結果") for m in self._checkup.finditer(text)
                 if whole_word(text, m.start(), m.end()) and not _EARLIER.search(text, max(0, m.start() - 4), m.start())
                 and not is_criterion(text, m.end())]
        found += [Phrase(m.start(), m.end(), "健康診断結果") for m in self._judgement.finditer(text)
                  if not is_programme(text, m.end(), m.start())]
        found += [Phrase(m.start(), m.end(), "健康診断結果") for m in self._judged.finditer(text)
                  if not _EARLIER_LABEL.search(text, max(0, m.start() - 8), m.start())]
        return found + [Phrase(m.start(), m.end(), "健康診断結果") for m in self._graded.finditer(text)
                        if whole_word(text, m.start(), m.start() + 1)]

    def _disabilities(self, text: str) -> list[Phrase]:
        found = [Phrase(m.start(), m.end(), "障害") for m in self._disability.finditer(text)
                 if whole_word(text, m.start(), m.end()) and not _A_TERM_GOES_ON.match(text, m.end() - 1) and not opens_a_bodys_name(text, m.end())]
        found += [Phrase(m.start(), m.end(), "障害") for m in body_disabilities(text)]
        for match in _ANY_DISABILITY.finditer(text):
            before = text[max(0, match.start() - 12):match.start()]
            if not _IT_CONTEXT.search(before) and not re.search(f"[{WORD_CHAR}]$", before):
                found.append(Phrase(match.start(), match.end(), "障害"))
        return found


def names_a_disease(lexicon: Lexicon, noun: str) -> bool:
    """A disease or a treatment by the lexicon or by its ending (revrules18: the one judgement of
    every matcher): not a word the lexicon denies nor a system's failure; a one-letter noun only
    by the lexicon (癌, 痔), never by its ending alone (症, 病, 薬)."""
    if noun in lexicon.not_diseases or names_a_failure(noun):
        return False
    return (noun in lexicon.diseases or noun in lexicon.treatments
            or (len(noun) > 1 and noun.endswith(DISEASE_ENDINGS + TREATMENT_ENDINGS)))


def names_a_failure(noun: str) -> bool:
    """A system's or a line's failure (システム障害, 通信障害): a 障害 that is no one's."""
    return noun.endswith("障害") and _IT_CONTEXT.search(noun) is not None


def _bullet(run: str) -> int:
    """The length of a list's bullet (・) opening a run of word letters: no part of the noun (care15)."""
    return len(run) - len(run.lstrip("・"))
