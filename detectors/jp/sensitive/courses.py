"""A disease and the course of care told after it in one clause: 病歴 said in words
no predicate list holds (関節リウマチで月に一度受診, 糖尿病で毎食前にインスリンを打っている,
骨折で全治6週間, 肝炎ウイルスのキャリアである), and a check-up finding told in a
sentence with its judgement (心電図で右脚ブロック、経過観察): 健康診断結果.

Found at the course word (a literal scanned for in C) with the disease looked for in
the clause before it: a disease of the lexicon or a noun with a disease's ending.
A disease of a relative (父が糖尿病で通院), care that prevents or screens (予防,
健診), and what is said of people in general are not the person's.
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.health import _IT_CONTEXT, DISEASE_ENDINGS
from detectors.jp.sensitive.lexicon import WORD_CHAR, Anchored, Lexicon, compile_pattern, words_regex
from detectors.jp.sensitive.phrases import Cells, Phrase, is_denied, is_generic

CLAUSE = 24  # characters between the disease and its course
# What happens to a sick person: seen, treated, medicated, off work, healed in so long.
_COURSE = (r"受診|通院|通って|通っている|通う|入院|手術|服用|服薬|内服|飲んで|飲み続け|処方|注射|打って|打つ|点滴|透析"
           r"|治療|療養|静養|加療|休養|安静|全治|完治|休職|休業|欠勤|休んで|早退|診察|主治医|リハビリ|定期検査|投薬"
           r"|吸入|自己注射|食事制限|運動制限|就業制限|配慮を要|発作|後遺症|検査を受け|内視鏡|経過を見"
           r"|縫合|携帯|自己管理")  # sens6: 挫創で四針縫合, 狭心症でニトロを常時携帯
# a carrier told of someone: said (〜のキャリアである), the reason of a care (〜キャリアなので), or a cell's or a line's
# whole end or a remark in brackets (B型肝炎キャリア at a roster's line end): a carrier is a person, as 患者 is (text26)
_CARRIER_WORD = r"の?(?:キャリア|保菌者|陽性者)"
_CARRIER = rf"{_CARRIER_WORD}(?:である|です|だ|と判明|と分か|であ|な(?:ので|ため)|(?=[\t\n(（]|$))"
_CONNECTIVE = r"(?:ウイルス|菌)?(?:で|のため(?:に)?|により|による|があり|を患い|を抱え|の治療で|の持病があり|、)"
_REMARK = r"(?:[（(][^（()）\n\t。]{1,16}[）)])?"
# a relative's illness, a programme, a rule: the clause says nothing of the person's own
_NOT_OWN = re.compile(r"父|母|家族|夫|妻|息子|娘|祖|兄|姉|弟|妹|親|子供|子ども|予防|検診|健診|ワクチン|接種|講習|研修|説明会"
                      r"|セミナー|場合|なら|ように|可能性")
_CHECKUP_TOLD = (r"(?:心電図|胸部X線|胸部レントゲン|腹部超音波|腹部エコー|眼底|眼底検査|胃部X線|胃カメラ|聴力|肺機能|便潜血|尿検査)"
                 r"(?:検査)?で[^。\n\t]{2,24}?[、,] *(?:要?経過観察|要精密検査|要精検|要再検査|要再検|要受診|要治療|要医療)")


# a one-off symptom and the rest it took (頭痛のため休養, 発熱で早退: a school nurse's or an
# attendance log) is no disease a person has had: not 病歴 (sens6); with a doctor's care
# (頭痛で通院, 受診) or a named disease (片頭痛で欠勤) it is
_SYMPTOM = re.compile(r"(?:頭痛|腹痛|歯痛|生理痛|筋肉痛|発熱|微熱|高熱|吐き気|嘔気|めまい|気分不良|体調不良|寝不足|睡眠不足|咳|鼻水"
                      r"|のどの痛み|喉の痛み)(?![一-龥ァ-ヺー])")
_REST = ("休養", "安静", "早退", "欠勤", "休んで", "静養", "休業")


def _rest_from_a_symptom(text: str, start: int, course: str) -> bool:
    return course.startswith(_REST) and _SYMPTOM.match(text, start) is not None


class CourseMatcher:
    def __init__(self, lexicon: Lexicon) -> None:
        diseases = words_regex(lexicon.diseases)
        endings = words_regex(DISEASE_ENDINGS)
        self._course = compile_pattern(rf"(?:{_COURSE})[{WORD_CHAR}ぁ-ん]{{0,8}}?(?:[0-9]+ *(?:日|週間|か月|ヶ月|カ月))?")
        # (union19) a remark in brackets may stand between the disease and its link (てんかん（服薬で発作なし）による入院)
        self._disease = re.compile(rf"(?P<disease>{diseases}|[{WORD_CHAR}]{{1,10}}{endings})(?=({_REMARK}{_CONNECTIVE}))")
        # found at its literal words, the disease read backwards: a pattern that began with a
        # letter class would be tried at every position of every text
        self._carrier = Anchored(_CARRIER, WORD_CHAR, 16, least=2)
        self._carried = re.compile(rf"(?:{diseases}|[{WORD_CHAR}]{{0,10}}{endings})(?:ウイルス|菌)?$")
        self._checkup = compile_pattern(_CHECKUP_TOLD)
        self._not_diseases = lexicon.not_diseases

    def find(self, text: str, cells: Cells) -> list[Phrase]:
        found = [Phrase(start, end, "病歴") for start, end in self._carrier.spans(text)
                 if self._carried.search(text, start, start + re.search(_CARRIER_WORD, text[start:end]).start())]
        found += [Phrase(m.start(), m.end(), "健康診断結果") for m in self._checkup.finditer(text)]
        for course in self._course.finditer(text):
            start = self._disease_before(text, course.start())
            if start is not None and not _rest_from_a_symptom(text, start, course.group()):
                found.append(Phrase(start, course.end(), "病歴"))
        return [p for p in found if not is_denied(text, p.end) and not is_generic(text, p.start, p.end)]

    def _disease_before(self, text: str, position: int) -> int | None:
        """The start of a disease told in the clause before position, if one is."""
        window_start = max(0, position - CLAUSE)
        for stop in ("。", "\n", "\t", "」"):
            window_start = max(window_start, text.rfind(stop, window_start, position) + 1)
        last = None
        for match in self._disease.finditer(text, window_start, position):
            last = match
        if last is None or _IT_CONTEXT.search(last.group("disease")) or last.group("disease") in self._not_diseases:
            return None
        between = text[last.end():position]
        if _NOT_OWN.search(text, max(window_start, last.start() - 6), position) or "ない" in between:
            return None
        return last.start()
