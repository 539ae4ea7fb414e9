"""What only resembles a person's check-up result, condition or disability (checkup11):
the words of a result written where they say nothing of anyone.

- a legend of grades one per line (C: 要経過観察 / D1: 要治療 / E: 治療中) under a result sheet;
- a threshold's judgement (126 mg/dL以上は要精密検査, 51〜100 U/L → C判定): a criterion;
- a count of people by judgement (要精密検査 61名, 要治療者数 23): an aggregate;
- a form's printed choices of judgements (判定: 要再検査 ・ 要精密検査 ・ 要治療), no mark;
- a form letter to a placeholder (〇〇 様, 【氏名】様): a template's results are no one's;
- a disability word naming a service's clients (聴覚障害者支援, 精神障害者の就労支援) or counting
  people (障害者 9名);
- a disease screened for with others (乳がん・子宮がん検診), an aid in a goods list (品名: 車椅子);
- (health13) a place's provision, a course's topic, an official's duty, an organisation's row
  (detectors.jp.sensitive.amenities), a status named as a place or a topic (statuses).
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.amenities import provided_for_anyone
from detectors.jp.sensitive.phrases import Phrase
from detectors.jp.sensitive.statuses import status_of_no_one
from detectors.jp.sensitive.tasks import names_a_task
from detectors.lines import line_bounds

_HEALTH = ("健康診断結果", "病歴")
# a legend entry at a line's start: a grade, a separator, the grade's meaning in words
_LEGEND_LINE = re.compile(r"^[\t ]*(?:[^\t\n:]{1,20}: )?[ ・*\-■●]*(?:判定)?[【\[(（]?(?P<grade>[A-EＡ-Ｅ][0-9]?)(?:判定)?"
                          r"(?:[(（][^()（）\t\n]{1,6}[)）])?(?:[】\])）] *| *(?:[:：=＝]|\s) *)[ぁ-んァ-ヺ一-龥]")
# a number with a bound before the phrase on its line, joined to it by an arrow, a colon or は
# a grade quoted as a record's code right before its meaning (JSON "code": "C", "label": "; XML code="C">)
# (the record opens right before its code: a person's record with a name before its grade is not a legend)
_CODED_GRADE = r"(?:\{ *[\"'][A-Za-z_]{1,16}[\"'] *: *|<[A-Za-z_]{1,16} +[A-Za-z_]{1,16}=)[\"'](?P<grade>[A-E][0-9]?)[\"']"
_CODED = re.compile(rf"{_CODED_GRADE}(?:>|[,\t ]+[\"']?[A-Za-z_]{{1,16}}[\"']? *[:=] *[\"'])$")
_CODED_ANYWHERE = re.compile(rf"{_CODED_GRADE}(?:>|[,\t ]+[\"']?[A-Za-z_]{{1,16}}[\"']? *[:=] *[\"'])(?=[ぁ-んァ-ヺ一-龥])")
CODED_REACH = 60
_THRESHOLD = re.compile(r"[0-9](?: *[A-Za-zμ/%]{1,8})? *(?:(?:以上|以下|未満|超|を超える|[〜~～] *[0-9.]+ *[A-Za-zμ/%]{0,8})"
                        r"(?:の(?:場合|方|人|とき))? *(?:[→⇒:：=＝]|は|で|なら)?|- *[0-9.]+ *[A-Za-zμ/%]{0,8} *[→⇒]) *$")
_COUNT_AFTER = re.compile(r"(?:者|の方)?(?:数)? *[:：]? *[0-9]+(?:\.[0-9]+)? *(?:名|人|件|例|%|％)")
_COUNT_BEFORE = re.compile(r"[0-9]+ *(?:名|人)(?:が|は|を)? *$")
# one of a group singled out with the reason for an arrangement (うち1名は…なので別メニューに): that
# person's need, not a count (health19)
_ONE_BEFORE = re.compile(r"(?<![0-9])1 *(?:名|人)(?:が|は) *$")
_NEED_AFTER = re.compile(r"[^。\n]{0,12}?(?:なので|のため|ですので|につき|があるので|があるため)")
# items each with a share (脂質 32.3%、肝機能 21.0%): the rates of a group, not one person's values
_RATES = re.compile(r"(?:[^\s、,0-9]{1,12} *[0-9.]+ *[%％] *[、,・/] *)+[^\s、,0-9]{1,12} *[0-9.]+ *[%％]")
_NUMBER_CELL = re.compile(r"^[0-9][0-9,.]*(?: *(?:名|人|件|%|％))?$")
_COUNT_HEADER = re.compile(r"人数|者数|件数|割合|構成比|率 *$")
_JUDGEMENT = re.compile(r"^(?:要[一-龥]{1,6}|治療中|経過観察|異常なし|軽度異常|[A-E][0-9]?)$")
_CHOICE_SPLIT = re.compile(r"[ ・/／|、]+")
CHOICES = 3
_PLACEHOLDER = re.compile(r"(?:^|\n)[ 　]*(?:[〇○◯×＿_]{2,}|[【《<{(（]{1,2}(?:氏名|名前|宛名)[】》>})）]{1,2}) *(?:様|殿|さん)")
# a disability word naming whom a service is for (障害者支援, 障害者の就労支援), not someone's disability
_CLIENTS = re.compile(r"者(?![一-龥]{0,8}手帳)(?:の|への|向け(?:の)?|に対する)?[一-龥ァ-ヺー]{0,6}?(?:就労|相談|雇用(?!枠)|支援|福祉|施設|団体|サービス|差別|理解|見守り"
                      r"|送迎|介護|受け?入れ|スポーツ)")
# a disease screened for with others: the screening is the head of the coordination
_SCREENED = re.compile(r"(?:[・/／]|及び|および)(?:がん|[^\s・、\t\nぁ-ん]){1,12}?(?:検診|健診|ワクチン|予防接種|外来|教室|検査|保険|特約)")
_GOODS_HEADER = re.compile(r"品名|品目|商品|製品|用具名|機器名|備品|型番|型式")


def in_stacked_legend(text: str, start: int) -> bool:
    """The phrase is on a legend line whose neighbouring line defines a grade of another letter."""
    line_start, line_end = line_bounds(text, start)
    own = _LEGEND_LINE.match(text[line_start:line_end])
    if own is None:
        return False
    for neighbour in (line_start - 1, line_end + 1):
        if 0 <= neighbour < len(text):
            other = _LEGEND_LINE.match(text[slice(*line_bounds(text, neighbour))])
            if other and other.group("grade")[0] != own.group("grade")[0]:  # A1, A2 … are codes
                return True
    return False


def in_coded_legend(text: str, start: int) -> bool:
    """The phrase is the meaning of a grade in a record of code and label (JSON's {"code": "C",
    "label": "要経過観察"}, XML's <grade code="C">…), and the text pairs another grade so."""
    own = _CODED.search(text, max(0, start - CODED_REACH), start)
    return own is not None and any(other.group("grade")[0] != own.group("grade")[0]
                                   for other in _CODED_ANYWHERE.finditer(text))


def is_printed_choice(text: str, start: int, end: int) -> bool:
    """The phrase lies among three or more judgement words and nothing else (a form's choices)."""
    line_start, line_end = line_bounds(text, start)
    left = max(text.rfind(":", line_start, start), text.rfind("\t", line_start, start)) + 1 or line_start
    right = min((p for p in (text.find("\t", end, line_end),) if p >= 0), default=line_end)
    parts = [part for part in _CHOICE_SPLIT.split(text[max(left, line_start):right]) if part]
    return len(parts) >= CHOICES and all(_JUDGEMENT.match(part) for part in parts)


def in_count_table(text: str, start: int) -> bool:
    """The phrase heads a row of numbers under a header that counts people (判定 | 人数 | 割合)."""
    line_start, line_end = line_bounds(text, start)
    cells = [cell for cell in text[line_start:line_end].split("\t") if cell.strip()]
    if len(cells) < 2 or not all(_NUMBER_CELL.match(cell.strip()) for cell in cells[1:]):
        return False
    second = text.index(cells[1], text.index("\t", line_start))
    return any(_COUNT_HEADER.search(cell) for cell in cells_above(text, second))


def _counted(text: str, phrase: Phrase) -> bool:
    """A count of people follows or precedes the phrase (障害者 9名, 61名が要精密検査)."""
    line_start = text.rfind("\n", 0, phrase.start) + 1
    if _COUNT_AFTER.match(text, phrase.end):
        return True
    counted = _COUNT_BEFORE.search(text, line_start, phrase.start)
    return bool(counted) and not (_ONE_BEFORE.search(text, line_start, phrase.start) and _NEED_AFTER.match(text, phrase.end))


def resembles_a_result(text: str, phrase: Phrase) -> bool:
    """A 健康診断結果 or 病歴 phrase that is a legend, a criterion, a count or a printed choice."""
    start, end = phrase.start, phrase.end
    line_start = text.rfind("\n", 0, start) + 1
    return (in_stacked_legend(text, start) or in_coded_legend(text, start) or bool(_THRESHOLD.search(text, line_start, start)) or _counted(text, phrase)
            or is_printed_choice(text, start, end) or bool(_RATES.fullmatch(text, start, end))
            or ("\t" in text and in_count_table(text, start)))


def cells_above(text: str, start: int) -> list[str]:
    """The cells above the phrase's cell, in its column, up the block of tab-separated rows."""
    line_start, _ = line_bounds(text, start)
    column = text.count("\t", line_start, start)
    cells, top = [], line_start
    while top > 0:
        above = text.rfind("\n", 0, top - 1) + 1
        row = text[above:top - 1].split("\t")
        if len(row) < 2:
            break
        cells.append(row[column] if column < len(row) else "")
        top = above
    return cells


def names_no_ones_body(text: str, phrase: Phrase) -> bool:
    """A 障害 or 病歴 phrase naming a service's clients, a screened disease or goods for sale; a
    disability word of a place's provision, a topic, a duty or an organisation's record
    (amenities); a 社会的身分 word naming a place or a topic (statuses)."""
    if phrase.category == "障害":
        person = text.find("者", phrase.start, phrase.end)  # 障害者雇用: the word itself may go on
        above = cells_above(text, phrase.start) if "\t" in text else None
        return bool(_CLIENTS.match(text, phrase.end if person < 0 else person) or _counted(text, phrase)
                    or provided_for_anyone(text, phrase, above) or names_a_task(text, phrase, above)
                    or (above and any(_GOODS_HEADER.search(cell) for cell in above)))
    return (phrase.category == "病歴" and _SCREENED.match(text, phrase.end) is not None) or status_of_no_one(text, phrase)


def without_resemblances(text: str, found: list[Phrase]) -> list[Phrase]:
    """The phrases that say something of a person: none of a form letter to a placeholder."""
    if not found:
        return found
    template = any(p.category in _HEALTH for p in found) and _PLACEHOLDER.search(text) is not None  # once, if needed
    return [p for p in found if not (
        (p.category in _HEALTH and (template or resembles_a_result(text, p))) or names_no_ones_body(text, p))]
