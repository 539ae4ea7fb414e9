"""要配慮 as office prose tells it (issue 12, prose3): a conviction or stance (護憲の立場,
反原発の市民運動を支援, 信念から…協力しない, 〇〇党の候補を応援), a sentence with its
conditional stay (執行猶予付き判決), a traffic offence with its fine (速度超過 罰金8万円),
a crime still going on (つきまといが続いており), a treatment that is the reason of a leave
(〜の治療に専念するため), a psychiatric clinic attended (心療内科に通院中).

And two corrections of what other matchers give: a bare grade under 総合評価 in a
personnel appraisal is the appraisal, not a check-up; the phrases of one crime told in
one clause are one finding.
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.legal import _SENTENCE as SENTENCE
from detectors.jp.sensitive.lexicon import Anchored, Lexicon, compile_pattern, read_words, whole_word, words_regex
from detectors.jp.sensitive.phrases import Cells, Phrase, is_denied, is_generic
from detectors.words import WordsPresent

_LETTERS = "一-龥々ァ-ヺー"
# what makes a run before 立場 a conviction, not a role (会社の立場, 市民の立場から)
_HELD_STEMS = (r"反(?:戦|核|原発|基地|差別|政府|体制|対)|脱原発|護憲|改憲|平和|愛護|兵役拒否|廃止|撤廃|保守|革新|リベラル|左翼|右翼|左派"
               r"|右派|政治的|思想的|(?:社会|共産|自由|民主|国家|民族|無政府|環境|原理|無神論)主義")
_STANCE_STEM = re.compile(_HELD_STEMS)
# and before 運動 / デモ a cause, not a pastime (清掃運動, 健康づくり運動)
_CAUSE_STEM = re.compile(rf"{_HELD_STEMS}|市民|住民|学生|抗議|選挙|署名|人権|原発|基地|核")
_HELD = r"(?:の)?(?:立場|信念|信条|思想|考え|主張)(?:から|で|を|に|が|は|により|の持ち主)"
_BACKED = (r"(?:運動|デモ|抗議活動|集会|団体)(?:を|に|へ)(?:支援|支持|応援|参加|加わ|寄付|カンパ)|署名(?:を)?(?:集め|呼びかけ|募)"
           r"|(?:団体|グループ|ネットワーク)(?:の)?(?:会員|役員|メンバー|代表)")
_CEREMONY = r"(?:君が代|国歌|国旗|日の丸)[^。\n\t]{0,12}?(?:拒否|拒ん|しなかった|せず|しない)"
_FOR_BELIEF = (r"(?:信念|信条|思想|主義)(?:上)?(?:の理由)?(?:から|により|によって|に基づき|に基づいて|で)[^。\n\t]{0,24}?"
               r"(?:協力しな|協力せず|協力を拒|応じな|応じず|断っ|断る|断り|拒|辞退|参加しな|参加せず|行わな|関わらな|従わな)")
_CANDIDATE = r"(?:の)?(?:候補|候補者|公認候補|議員|陣営)(?:を)?(?:応援|支援|支持|推し)"
_SUSPENDED = r"執行猶予付き(?:の)?(?:有罪)?判決"
_GOING_ON = r"(?:が|は)?(?:続いて(?:いる|おり)|続き|続く|止まらず|繰り返され)"
# a doctor's half sentence on a disease: 糖尿病コントロール不良, 不整脈 経過観察, 睡眠障害あり
_STATUS = (r"(?: |、|,)?(?:コントロール(?:不良|良好|不十分)|経過観察(?:中)?|吸入(?:継続|中)|内服(?:中|継続)|治療継続|加療中"
           r"|フォロー(?:中|継続)|定期受診(?:中)?|通院継続|の疑い|疑い|再燃|増悪|寛解|症状あり|あり(?=[、。,\n→]|$)|就業上の配慮要)")
_STATUS_WORDS = ("コントロール", "経過観察", "吸入", "内服", "治療継続", "加療中", "フォロー", "定期受診", "通院継続", "疑い", "再燃",
                 "増悪", "寛解", "あり", "配慮要")
_ATTACKS = r"(?:パニック|てんかん|喘息|狭心症|過呼吸)発作(?:あり|が(?:あり|ある|出))"
_DEPENDENCE = r"(?:アルコール|薬物|ギャンブル|ニコチン)依存(?:症)?(?:の疑い|疑い|あり|傾向)"
_PROBLEM_LIST = r"(?<=#)[0-9] *"  # a referral's problem list: #1 高血圧症 #2 脂質異常症
_REGULAR = r"(?:を)?(?:週|月|毎日|1日) *[0-9一二三四五]*回?(?:受け(?:て(?:いる|おり)|た)|通(?:って|う)|実施)"
_LAID_UP = (r"(?:(?:で|のため|により) *[0-9一二三四五六七八九十数]*(?:日|週間|か月|ヶ月)?(?:間)?"
            r"(?:入院|休養|自宅療養|欠勤|休職|通院)(?=[、。,\n]|$)|を起こ(?:し|した))")
_TAKEN = r"(?:を)?(?:飲んで(?:いる|おり)|常用(?:して(?:いる|おり))?|使って(?:いる|おり))"
_DEPRESSED = r"うつ(?:で|により|のため)(?:休職|通院|欠勤|休養|療養)(?:歴|中|した|して(?:いる|おり|いた))?"
_OUTPATIENT = r"(?:禁煙|不妊|もの忘れ|睡眠|頭痛|女性)外来(?:に|へ|を)?(?:通(?:って|う)|通院|受診)"
_SENSES = (r"(?:右耳|左耳|両耳|耳)が(?:聞こえにく|聞こえな|遠)(?:い|く)|(?:右目|左目|両目|片目)が(?:見えにく|見えな)(?:い|く)"
           r"|視野が(?:狭|欠け)")
_WRONGED = r"(?:誹謗中傷|脅迫|嫌がらせ|ストーカー行為)(?:を)?受け(?:て(?:いる|おり|いた)|た)"
_TREATED = r"(?:の)?(?:治療|手術|療養|入院)(?:に専念|のため|を優先|が必要|を要する)"
_CLINIC = (r"(?:心療内科|精神科|精神神経科|メンタルクリニック|神経科)(?:を|に|へ)?"
           r"(?:通院(?:中|して(?:いる|おり))?|受診中|通って(?:いる|おり))")
# a doctor's half sentence on a result: 肝機能やや高値, 血圧高値(162/98), 尿酸高め
_OUT_OF_RANGE = (r"(?:値)?(?:が|は)?(?:やや|軽度|高度|著明に|かなり|少し)?(?:高値|低値|高め|低め|上昇|異常値|基準値?(?:超え|超過|外))"
                 r"(?: *\([0-9./ ]{1,12}\))?")
_FUNCTIONS = ("肝機能", "腎機能", "脂質", "血糖", "血圧", "尿酸", "血中脂質")
_APPRAISAL = re.compile(r"考課|人事評価|被評価者|評価者|目標管理|業績評価")
_CHECKUP_WORDS = re.compile(r"健診|健康診断|人間ドック|検査|検診")
_SENTENCE_END = re.compile(r"[。\n\t]")
# a criminal procedure after a traffic offence (信号無視で略式命令): the offence went to court
_PROSECUTED = r"略式(?:命令|起訴|手続)|起訴猶予|(?:在宅)?起訴|公判請求"
CLAUSE_GAP = 16
_BARE_GRADE = re.compile(r"[A-ES][0-9+-]?")


class ProseMatcher:
    def __init__(self, lexicon: Lexicon) -> None:
        parties = words_regex(lexicon.parties)
        traffic = words_regex(read_words("traffic_offences"))
        medical = words_regex(lexicon.diseases | lexicon.treatments)
        diseases = words_regex(lexicon.diseases)
        treatments = words_regex(lexicon.treatments)
        # (pattern, category, words one of which the text must hold): a pattern that begins with a
        # list is tried at every position, so it runs only on a text holding a word of its tail
        rules = (
            (_FOR_BELIEF, "信条", ("信念", "信条", "思想", "主義")), (rf"{parties}{_CANDIDATE}", "信条", ("候補", "議員", "陣営")),
            (_SUSPENDED, "犯罪歴", ("執行猶予付き",)), (_CEREMONY, "信条", ("君が代", "国歌", "国旗", "日の丸")),
            (rf"{words_regex(lexicon.offences)}事件を起こ(?:し|した)", "犯罪歴", ("事件を起こ",)),
            (rf"{traffic} *\( *(?:罰金|懲役|禁錮)[^)\n]{{0,12}}\)", "犯罪歴", ("(罰金", "(懲役", "(禁錮", "( ")),
            (rf"{traffic}(?: *\([^)\n]{{1,16}}\))? *(?:で|により)? *(?:{SENTENCE}|{_PROSECUTED})", "犯罪歴",
             ("罰金", "懲役", "禁錮", "禁固", "執行猶予", "略式", "起訴", "公判")),
            (rf"{diseases}{_STATUS}", "病歴", _STATUS_WORDS), (_ATTACKS, "病歴", ("発作",)), (_DEPENDENCE, "病歴", ("依存",)),
            (rf"{_PROBLEM_LIST}{diseases}", "病歴", ("#",)), (rf"{treatments}{_REGULAR}", "病歴", ("回",)),
            (_WRONGED, "犯罪被害", ("受け",)), (rf"{words_regex(lexicon.victimisation)}{_GOING_ON}", "犯罪被害", ("続", "止まらず", "繰り返")),
            (rf"{medical}{_TREATED}", "病歴", ("治療", "手術", "療養", "入院")),
            (rf"{medical}{_LAID_UP}", "病歴", ("入院", "休養", "療養", "欠勤", "休職", "通院", "起こ")),
            (rf"{treatments}{_TAKEN}", "病歴", ("飲んで", "常用", "使って")), (_DEPRESSED, "病歴", ("うつ",)),
            (_OUTPATIENT, "病歴", ("外来",)), (_SENSES, "障害", ("が聞こえ", "が遠", "が見え", "視野")), (_CLINIC, "病歴", ("科", "クリニック")),
            (rf"{words_regex(lexicon.checkup_items + _FUNCTIONS)}{_OUT_OF_RANGE}", "健康診断結果",
             ("高値", "低値", "高め", "低め", "上昇", "異常値", "基準")))
        self._patterns = tuple((compile_pattern(pattern), category, words) for pattern, category, words in rules)
        self._words = WordsPresent(word for _, _, words in rules for word in words)  # one scan for every rule's words
        self._stances = (Anchored(_HELD, _LETTERS + "の・", 12, least=2), Anchored(_BACKED, _LETTERS + "の・", 12, least=2))

    def find(self, text: str, cells: Cells) -> list[Phrase]:
        present = self._words(text)
        found = [Phrase(m.start(), m.end(), category) for pattern, category, words in self._patterns
                 if not present.isdisjoint(words)
                 for m in pattern.finditer(text) if whole_word(text, m.start(), m.end())]
        for anchored, stem in zip(self._stances, (_STANCE_STEM, _CAUSE_STEM)):
            found += [Phrase(start, end, "信条") for start, end in anchored.spans(text)
                      if stem.search(text, start, _anchor_start(text, start, end))]
        return [p for p in found if not is_denied(text, p.end) and not is_generic(text, p.start, p.end)]


def _anchor_start(text: str, start: int, end: int) -> int:
    """Where the anchor (立場, 運動 …) begins in a stance span: the stem must be before it."""
    for word in ("立場", "信念", "信条", "思想", "考え", "主張", "運動", "デモ", "抗議活動", "集会", "団体", "署名", "グループ",
                 "ネットワーク"):
        at = text.rfind(word, start, end)
        if at > start:
            return at
    return end


def corrected(text: str, found: list[Phrase]) -> list[Phrase]:
    """Appraisal grades dropped; one crime's victim phrases of one clause as one
    (ひったくりに遭い、携帯を奪われた)."""
    found = _one_crime(text, found)
    victims = [p for p in found if p.category == "犯罪被害"]
    if victims:  # 誹謗中傷を受けている is no injury
        found = [p for p in found if p.category != "病歴" or not any(v.start <= p.start < v.end for v in victims)]
    if not _APPRAISAL.search(text) or _CHECKUP_WORDS.search(text):
        return found
    return [p for p in found if p.category != "健康診断結果" or not _BARE_GRADE.fullmatch(text[p.start:p.end].strip())]


def _one_crime(text: str, found: list[Phrase]) -> list[Phrase]:
    victims = sorted((p for p in found if p.category == "犯罪被害" and not p.key), key=lambda p: p.start)
    if len(victims) < 2:
        return found
    out: list[Phrase] = []
    for p in victims:
        last = out[-1] if out else None
        if last and 0 <= p.start - last.end <= CLAUSE_GAP and not _SENTENCE_END.search(text, last.end, p.start):
            out[-1] = last._replace(end=max(last.end, p.end))
        else:
            out.append(p)
    return [p for p in found if p.category != "犯罪被害" or p.key] + out
