"""犯罪歴 and 犯罪被害: offences a person committed or was suspected of, and
crimes a person suffered.

犯罪歴 is an offence with what followed (窃盗罪で罰金30万円, 詐欺の容疑で逮捕された),
or a record or sentence said of someone (前科一犯, 懲役2年執行猶予3年, 逮捕歴がある).
犯罪被害 is a crime with 被害 or with what befell the person (空き巣の被害に遭った,
財布を盗まれた, 被害届を提出した); 台風 or 風評 被害 are not crimes.
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.agents import by_no_person
from detectors.jp.sensitive.lexicon import Anchored, Lexicon, compile_pattern, scanned_pattern, whole_word, words_regex
from detectors.jp.sensitive.phrases import Cells, Phrase, in_summary_line, is_denied, is_generic
from detectors.jp.sensitive.releases import without_releases_told_again
from detectors.jp.sensitive.victims import a_past_episode, about_victims, passive_pattern, read_offence_verbs, row_names_more

# an offence told as an act (痴漢行為で逮捕, 傷害事件で起訴, 万引きをして補導された) before what followed
_SUSPICION = (r"(?: *\([^)\n]{1,16}\))?(?:行為|事件)?(?:の)?(?:罪|疑い|容疑)?(?:で|により|による|として|の罪で|に問われ|に問われて"
              r"|をして|をし、?)?")
_TERM = (r" *[0-9一二三四五六七八九十]+ *(?:年|か月|ヶ月|カ月)(?:[0-9一二三四五六七八九十]+(?:か月|ヶ月|カ月))?"
         r"(?: *(?:、|の)? *執行猶予 *[0-9一二三四五六七八九十]+ *年)?(?:の(?:実刑)?判決)?")
_SERVED = (r"(?!以上)(?:の執行(?:を)?(?:終了|終え|終わ)(?:た|って|り)?"
           r"(?:後 *[0-9一二三四五六七八九十]+ *(?:年|か月|ヶ月)(?:経過)?)?)?(?: *\([^)\n]{1,16}\))?")
# every branch begins with a word (see UnionMatcher._known)
_SENTENCE = (rf"懲役{_TERM}|禁錮{_TERM}|禁固{_TERM}|拘禁刑{_TERM}"
             r"|罰金 *[0-9,一二三四五六七八九十百千]+ *万?円(?:の(?:略式)?命令)?|罰金刑|執行猶予 *[0-9一二三四五六七八九十]+ *年(?:付き)?"
             # a sentence's kind without its term, with the time since it was served (禁錮刑の執行終了後3年: a
             # disqualification's declaration), not the law's threshold (禁錮以上の刑, 懲役刑以上)
             rf"|懲役刑{_SERVED}|禁錮刑{_SERVED}|禁固刑{_SERVED}|拘禁刑{_SERVED}")
_PROCEDURE_TAIL = (r"(?:を受け(?:た|て(?:いる|おり|いた))?|され(?:た|て(?:いる|おり|いた))?|となった|となり|を言い渡され(?:た)?|処分|歴"
                   r"|がある|あり|で服役|服役(?:した)?)?")
_ALONE = (r"前科者|前科(?:[0-9一二三四五六七八九十]+犯)?(?:が(?:ある|あり)|あり|を持つ)?|前歴(?:が(?:ある|あり)|あり)"
          r"|逮捕歴(?:が(?:ある|あり)|あり)?|補導歴(?:が(?:ある|あり)|あり)?|補導(?:され(?:た|て(?:いる|おり|いた)))|受刑歴|犯罪歴(?:が(?:ある|あり)|あり)"
          r"|現行犯逮捕|再逮捕|逮捕(?:され(?:た|て(?:いる|おり|いた))?)|書類送検(?:され(?:た)?)?|略式起訴|在宅起訴|起訴(?:され(?:た)?)"
          r"|有罪判決|実刑判決|服役(?:した|して(?:いた|いる)|中)|(?:服役|受刑|刑務所)(?:経験|歴)(?:が(?:ある|あり)|あり)|仮釈放|保護観察(?:中|処分)|少年院(?:送致|に送致|を出|を?退院|を?出院|に入(?:った|って(?:いた|いる)|院(?:した|して(?:いた|いる))?)|に収容|から(?:出|戻)|に?在院)"
          # a sentence still running or just served (執行猶予期間中, 保釈中, 仮出所)
          r"|執行猶予(?:期間)?中|保釈(?:中|された)|仮出所(?:した|中)?|刑期を終え|出所(?:した|後)")
# a sum lost to the crime before 被害 (詐欺で4万円の被害, 窃盗により約20万円相当の被害を受けた): one person's loss
# (what was taken may stand between: ひったくりで財布ごと約5万円の被害)
_LOSS = (r"(?:で|により|による|によって|に遭い|にあい)、?[^。、\n\t0-9]{0,8}?(?:約|計|総額|合計|現金|計約)? *"
         # (not a district's total: 〜約3億円の被害が出ている, told of no one; events._DAMAGE reads があった)
         r"[0-9一二三四五六七八九十百千万億,.]+ *(?:万|千|億)?円(?:相当)?(?:程度)?の(?=被害(?!が(?!あ)|[はも]))")
_BEFALL = (rf"(?:の|に|を|で|{_LOSS})?(?:被害(?:に遭(?:った|い|う)|にあ(?:った|い)|を受け(?:た|て(?:いる|おり|いた))?|を訴え|届|者|を相談)?"
           # the continuative form before the next verb's noun (つきまといを受け警察に相談)
           r"|に遭(?:った|い)|にあ(?:った|い)|を受け(?:た|て(?:いる|おり|いた)?|(?=[一-龥])))")
_ATTACKED = (r"(?:盗まれ|騙され|だまされ|殴られ|蹴られ|刺され|脅され|脅迫され|襲われ|つきまとわれ|付きまとわれ"
             r"|暴力を(?:振る|ふる)われ|恐喝され|盗撮され|だまし取られ|騙し取られ|脅し取られ|乱暴され|暴行され"
             r"|わいせつな行為をされ|監禁され|誘拐され|ひったくられ|詐取され|虐待され|ストーキングされ|空き巣に入られ"
             r"|泥棒に入られ|強盗に入られ|侵入され|をすられ)(?:た|て(?:いる|おり|いた|います|しまった)?|ました|[、,]|る(?=[。\n]|$)|(?=[一-龥]))")
# a victim telling of it: not the generic "〜被害について" of an article
# (or told to someone named between: 詐欺被害について消費生活センターに相談中 — an act done, not an invitation)
_TOLD = re.compile(r"について(?:の)?(?:相談|警察|申告|申し出|訴え|話)"
                   r"|について[^。\n\t]{1,16}?(?:に|へ)(?:相談|申告|通報)(?:し(?:た|て(?:いる|おり|いた))|中|済み|あり)")
# what an organisation owns (会社所有のノートPC, 店舗の売上金): stolen or broken, no person is the victim
_ORGANISATION_PROPERTY = re.compile(r"会社(?:所有|の(?:備品|資産|車両|金庫|商品|現金))|社有|当社所有|法人所有|備品|社用車|公用車|営業車"
                                    r"|店舗の(?:商品|売上)|売上金|在庫品|商品を|施設の|倉庫の")
_PERSONAL_PROPERTY = re.compile(r"私物|個人所有|財布|自宅|自家用|本人の|私用")
PROPERTY_REACH = 80  # the sentence of the crime and the one before it (被害届 after the theft)
# a bare record word that is a label (前科の有無: あり（詐欺…）, 前科・前歴<TAB>…): its value tells,
# unless it is only a yes (前科の有無: あり)
_BARE = ("前科", "前歴", "逮捕歴", "補導歴", "犯罪歴", "受刑歴")
_LABEL_TAIL = re.compile(r"(?:[・/][一-龥]{1,4}|の有無|等)*[\t ]*[:：\t][\t ]*(?!(?:あり|有り?|○)(?:[\t\n]|$))")
# …or a form's label on a line of its own, its value on the next (前科・前歴\n詐欺(執行猶予)): above.py reads it
_LABEL_LINE_TAIL = re.compile(r"(?:[・/][一-龥]{1,4}|の有無|等)*[\t ]*[:：]?[\t ]*\n")
# a relative's or an acquaintance's record (兄が逮捕された): not the person's
# (or an offender unnamed: 犯人の多くは…逮捕された is a lecture's, not anyone's record)
_SOMEONE_ELSE = re.compile(r"(?:父|母|兄|姉|弟|妹|夫|妻|息子|娘|家族|親族|親戚|祖父|祖母|友人|知人|交際相手"
                           r"|犯人|容疑者|被疑者|加害者)(?:の多く|ら|たち)?(?:が|は|も)[^。\n\t]{0,12}$")
# a record's label told whole before its value (前科・前歴: なし, 逮捕歴の有無: 無): nothing
# a record said of an offender it describes (逮捕された犯人の多くは): no one named here
_FOR_OFFENDERS = re.compile(r"(?:の|を|が|に)?(?:方|人|皆|社会復帰|更生|就労|雇用|支援|受け入れ|受入|採用|再犯|差別|偏見)")
_OFFENDER_AFTER = re.compile(r"(?:犯人|容疑者|被疑者|加害者)(?:の|は|が|ら|たち)")
_LABEL_DENIED = re.compile(r"(?:[・/][一-龥]{1,4}|の有無)+[\t ]*(?:は|:)?[\t ]*(?:なし|無し|無(?![一-龥])|ない|特になし)")
_REPORTED = r"被害届(?:を|は)?(?:提出(?:した|し)?|出し(?:た)?|受理され(?:た)?)"
# an injury someone inflicted on the person (怪我を負わされた, けがをさせられた)
_INFLICTED = r"(?:怪我|けが|ケガ|傷|重傷|軽傷|打撲|骨折|やけど|火傷)を(?:負わされ|させられ)(?:た|て(?:いる|おり|いた)?|ました)?"
# the person's offender, with a settlement or amends (加害者側との示談, 加害者から弁償を受けた)
_OFFENDER_AMENDS = r"加害者(?:側)?(?:と|との|から|の)(?:間で|間の)?(?:示談|和解|謝罪|弁償|賠償)"
# protected by a court from an abuser (保護命令を受けている): a victim of violence (sens7)
_PROTECTED = r"保護命令(?:を受け(?:た|て(?:いる|おり|いた))?|が(?:出|発令され)(?:た|て(?:いる|おり))|を申し立て(?:た|て(?:いる|おり)))"


class LegalMatcher:
    def __init__(self, lexicon: Lexicon) -> None:
        after_offence = rf"{_SUSPICION} *(?:{_SENTENCE}|{words_regex(lexicon.criminal_records)}){_PROCEDURE_TAIL}"
        self._records = (compile_pattern(rf"{words_regex(lexicon.offences)}{after_offence}"),
                         compile_pattern(_SENTENCE), scanned_pattern(_ALONE))
        self._named_offence = Anchored(rf"(?:罪|法違反|条例違反){after_offence}", "一-龥ァ-ヺー", 14, least=1)
        victims = words_regex(lexicon.victimisation)
        # the victim's complaint to the police (名誉毀損で告訴した)
        accused = rf"{words_regex(lexicon.victimisation + lexicon.offences)}(?:罪)?で(?:刑事)?告訴(?:した|して(?:いる|おり|いた)|済み?|状を提出)"
        self._victims = tuple(compile_pattern(p) for p in (rf"{victims}{_BEFALL}", _ATTACKED, _REPORTED, r"犯罪被害者|性被害者",
                                                            passive_pattern(read_offence_verbs()), _PROTECTED, accused,
                                                            _INFLICTED, _OFFENDER_AMENDS))
        # an offence alone in a cell, its kind after it or another beside it: 窃盗(ひったくり), 住居侵入・窃盗
        offences = words_regex(lexicon.victimisation + lexicon.offences)
        self._offence_cell = compile_pattern(rf"{offences}(?:[・、/]{offences})*(?: *\([^)\n]{{1,16}}\))?")

    def find(self, text: str, cells: Cells) -> list[Phrase]:
        spans = [m.span() for pattern in self._records for m in pattern.finditer(text)]
        spans += self._named_offence.spans(text)
        found = [Phrase(start, end, "犯罪歴") for start, end in spans if whole_word(text, start, end)]
        for match in (m for pattern in self._victims for m in pattern.finditer(text)):
            if match.group().startswith(("犯罪", "事件")) and "被害" not in match.group():
                continue  # 犯罪に遭う is not said; 事件を受けて is a reaction, not a victim
            if whole_word(text, match.start(), match.end()) and match.end() - match.start() > 2:
                found.append(Phrase(match.start(), match.end(), "犯罪被害"))
        found = [p for p in found if p.category != "犯罪被害" or not (_of_organisation(text, p.start) or by_no_person(text, p.start))]
        if cells.unread and about_victims(text):
            found += [p for p in cells.phrases(self._offence_spans(text), "犯罪被害")
                      if not in_summary_line(text, p.start) and row_names_more(text, p.start, p.end)]
        found = [p for p in found if not _not_the_persons(text, p)]
        found = without_releases_told_again(text, found)
        return [p for p in found if not is_denied(text, p.end) and not _LABEL_DENIED.match(text, p.end) and (
            not is_generic(text, p.start, p.end) or (p.category == "犯罪被害" and (
                _TOLD.match(text, p.end) or a_past_episode(text, p.start, p.end))))]

    def _offence_spans(self, text: str) -> list[tuple[int, int]]:
        """Offences that are a whole cell (not words of a sentence in one)."""
        return [m.span() for m in self._offence_cell.finditer(text)
                if (m.start() == 0 or text[m.start() - 1] in "\t\n" or text.endswith(": ", 0, m.start()))
                and (m.end() == len(text) or text[m.end()] in "\t\n")]


def _of_organisation(text: str, start: int) -> bool:
    """Whether the crime told before start (on its line) was against an organisation's property."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - PROPERTY_REACH):start]
    if not _ORGANISATION_PROPERTY.search(before) and "被害届" in text[start:start + 4]:
        before = text[max(0, start - PROPERTY_REACH):start]  # 被害届 a line after the theft
    return bool(_ORGANISATION_PROPERTY.search(before)) and not _PERSONAL_PROPERTY.search(before)


def _not_the_persons(text: str, phrase: Phrase) -> bool:
    """A record word that is a label with a value after it, or a record of a relative."""
    if phrase.category != "犯罪歴":
        return False
    if text[phrase.start:phrase.end] in _BARE and (_LABEL_TAIL.match(text, phrase.end) or (
            _LABEL_LINE_TAIL.match(text, phrase.end) and text[phrase.start - 1:phrase.start] in ("", "\n"))):
        return True
    if text.startswith("前科者", phrase.start) and _FOR_OFFENDERS.match(text, phrase.end):
        return True  # 前科者の社会復帰を支援: a group served, not a person's record
    return bool(_SOMEONE_ELSE.search(text, max(0, phrase.start - 16), phrase.start)
                or _OFFENDER_AFTER.match(text, phrase.end))
