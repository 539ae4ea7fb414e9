"""What only resembles a person's criminal record or check-up result (record12): the
words of a record written where they tell nothing of anyone's past.

- a form's question with no answer (a record's or a result's): a record's label before choices of both kinds with no
  mark (逮捕歴 有・無, 前科の有無 □有 □無, 措置: □通常勤務 □就業制限), or a question
  (刑事罰を受けたことがありますか, 要精密検査と言われましたか はい・いいえ);
- a record told as a kind of people or a rule's condition: the clause heads a noun of kinds
  (禁錮以上の刑に処せられた者, 起訴されたとき | 停職, 有罪判決を受けた経歴 in a glossary), or
  the people it describes (保護観察中の少年の指導);
- an offender a news item does not name (20代の男が強盗の疑いで逮捕された), or the other party
  of a victim's record (相手方は有罪判決を受けた, a column 加害者の処分: 懲役2年).
A record answered (■有 □無, はい) or told of someone (逮捕されたことがある) stays.
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.phrases import Phrase
from detectors.jp.sensitive.resembling import cells_above
from detectors.lines import line_bounds, sentence_start

_READ_HERE = ("犯罪歴", "犯罪被害", "健康診断結果")
_ASKED = (*_READ_HERE, "病歴")  # a question left unanswered says nothing of any category
_YES = r"(?:有り?|あり|ある|はい)"
_NO = r"(?:無し?|なし|ない|いいえ)"
_BOX = r"[□☐]? *"
_OR = r" *[・/／、,|]? *"
# both choices printed, neither marked (a marked one has ■ ☑ ✓ ● ◎ ○ or レ before it)
_CHOICES = re.compile(rf"[\t :：]*[(（]?{_BOX}(?:{_YES}{_OR}{_BOX}{_NO}|{_NO}{_OR}{_BOX}{_YES})[)）]? *(?=[\t\n]|$)")
_EMPTY_BOX = re.compile(r"[□☐]")
_MARKED = re.compile(r"[■☑✓✔●◎]|(?<![^\s:：・/])[○〇レ](?=[^\s・/]{1,12})")
_QUESTION = re.compile(r"[^。\n\t？?]{0,16}?(?:ますか|ですか|ましたか|でしょうか|るか|たか)(?![ぁ-ん])")
# a request the sentence ends in (…とのことで、面談をお願いできますでしょうか): polite, not asking
# whether the record or the illness told before it is so (shipyard19)
_REQUEST = re.compile(r"お願い|いただけ|頂け|ください|下さい|よろしい|宜しい|いかが|如何|可能|もらえ|貰え")
# the record made the object of another question (…で逮捕歴であることを子にどう伝えるか, 前科のことを
# 話すか, 服役したのはいつか): the record is told as so, the question is how, when or whether to tell it
# (satooya21) — not 〜ことがありますか, which asks whether the record is so
_PRESUPPOSED = re.compile(r"(?:こと|の)を|について|どう|どのよう|いかに|なぜ|いつ|誰に|何と|なんと")
_ANSWER_YES = re.compile(rf"[\t :：→⇒=(（\-]*(?:[■☑✓✔●◎○] *)?(?:はい|{_YES})(?!{_OR}{_BOX}{_NO})")
# a noun of kinds right after the clause: who or when a rule means, what a word means
# (経歴 with a copula is the person's: 逮捕された経歴です, 服役した経歴である — a glossary's term stands alone)
_KINDS = (r"(?:者|人|方|経歴(?!で(?:す|あ|した)|だ)|ケース|事例|場合|とき|時|際)(?!が(?:ある|あり)|あり|を持つ)"
          r"(?=[\t\n。、]|$|[はにをでのも])")
# or the people it describes (保護観察中の少年の指導にあたる: a 保護司's work, not their record)
_KIND_AFTER = re.compile(rf"の(?:少年|少女|子ども|子供|生徒|若者|対象者|人たち|人々|方々)|{_KINDS}")
_KIND_WITHIN = re.compile(rf"(?<=[たる]){_KINDS}")  # the clause read with its noun (有罪判決を受けた経歴)
# the label of the cell a phrase opens (罪名・処分: …) and the labels of a glossary's definitions
_CELL_LABEL = re.compile(r"(?:^|(?<=[\t\n]))([^\t\n:：。、]{1,16}) *[:：] *$")
_DEFINING = ("意味", "説明", "定義", "解説", "用語", "語義")
# an offender no one names: an age, a trade or a sex said of the one a report tells of
_UNNAMED = re.compile(r"(?:(?:[0-9]+(?:代|歳)|自称[^\s、。]{1,8}|無職|住所不定)の?(?:男性|女性)"
                      r"|(?<![彼長次三末])(?:男|女)|少年|少女|相手(?:方)?)(?:ら)?(?:が|は)")
# the person named after the other party (相手が先に…、本人は傷害の疑いで逮捕された): the record is theirs
_THE_PERSON = re.compile(r"(?:本人|当人|同人|氏|さん|様|君)(?:は|が|も)")
# a column of the other party's (加害者の処分, 相手方): a victim's table, not the offender's own record
_OTHER_PARTY_HEADER = re.compile(r"加害者|相手方|犯人|被疑者")


def is_unanswered(text: str, phrase: Phrase) -> bool:
    """The phrase is a label or a question whose choices stand unmarked, or a question with no yes after it."""
    said = text[phrase.start:phrase.end]
    if _CHOICES.fullmatch(said) or _CHOICES.match(text, phrase.end):
        return True
    if _unmarked_boxes(text, phrase):
        return True
    question = _QUESTION.match(text, phrase.end)
    return question is not None and not _ANSWER_YES.match(text, question.end()) and not _REQUEST.search(question.group()) \
        and not _PRESUPPOSED.search(question.group())


def _unmarked_boxes(text: str, phrase: Phrase) -> bool:
    """The phrase's cell (after its label) is two empty boxes or more, none marked."""
    line_start, line_end = line_bounds(text, phrase.start)
    left = max(text.rfind(":", line_start, phrase.start), text.rfind("：", line_start, phrase.start),
               text.rfind("\t", line_start, phrase.start)) + 1 or line_start
    right = text.find("\t", phrase.end, line_end)
    cell = text[max(left, line_start):line_end if right < 0 else right]
    return len(_EMPTY_BOX.findall(cell)) >= 2 and not _MARKED.search(cell)


def of_no_one(text: str, phrase: Phrase) -> bool:
    """A criminal record that is a rule's condition, a kind of people, or an unnamed offender's."""
    if phrase.category != "犯罪歴":
        return False
    return bool(_a_kind(text, phrase) or _offender_unnamed(text, phrase.start)
                or ("\t" in text and any(_OTHER_PARTY_HEADER.search(cell) for cell in cells_above(text, phrase.start))))


def _a_kind(text: str, phrase: Phrase) -> bool:
    """The record heads a noun of kinds; 経歴 ending a record's labelled cell (罪名・処分: 窃盗で逮捕された経歴,
    a column headed 前歴) is the person's, ending a definition's (意味: 有罪判決を受けた経歴) or a bare cell a kind."""
    kind = _KIND_AFTER.match(text, phrase.end) or _KIND_WITHIN.search(text, phrase.start, phrase.end)
    if kind is None or not kind.group().startswith("経歴"):
        return kind is not None
    inline = _CELL_LABEL.search(text, max(0, phrase.start - 24), phrase.start)
    label = inline.group(1) if inline else _column_header(text, phrase.start)
    return not label or label.endswith(_DEFINING)


def _column_header(text: str, start: int) -> str:
    """The header of the table column whose cell opens at start (前歴 over …で逮捕された経歴), or ''."""
    if "\t" not in text or (start > 0 and text[start - 1] not in "\t\n"):
        return ""
    above = cells_above(text, start)
    return above[-1].strip() if above else ""


def _offender_unnamed(text: str, start: int) -> bool:
    """The sentence's last subject before the record is an unnamed offender or the other party."""
    unnamed = None
    for unnamed in _UNNAMED.finditer(text, sentence_start(text, start), start):
        pass
    return unnamed is not None and not _THE_PERSON.search(text, unnamed.end(), start)


def without_records_of_none(text: str, found: list[Phrase]) -> list[Phrase]:
    """The phrases without the criminal records and crimes suffered that are no one's."""
    if not any(p.category in _ASKED for p in found):
        return found
    return [p for p in found if p.category not in _ASKED or not (is_unanswered(text, p) or of_no_one(text, p))]
