"""What reads as a check-up result and is no person's (checkup14), by the value's own record:

- a figure of a group: its column counts or averages people (平均BMI, 有所見者割合, 受診者数),
  or the phrase names such a column itself (有所見者割合 as a header);
- a judgement of a thing: a grade or a word of watching (判定 D, 要観察) on a page that
  measures no person — no check-up named, no clinical unit, no check-up item, no word of a
  person seen by a doctor (受診, 産業医) — a fire alarm's inspection or a horse's test;
- a pointer to a result (以下の所見がありました, 下記の所見): the result is what follows;
- a document's title that names a record of check-ups (保健指導 面談記録): a title line;
- an animal's: its table's rows on an animal's record (a cow's 個体番号 beside GOT 120 H);
- a measure that followed a result reported in the same row (就業区分: 時間外制限 beside the
  finding and grade in 有所見項目・判定): what the employer does about the result, the row's one
  finding being the result itself; alone in its row, or beside a bare grade (D2), the measure
  stays (judged.py, test_sensitive_health3).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from detectors.jp.sensitive.animals import an_animals_record
from detectors.jp.sensitive.phrases import Phrase
from detectors.jp.sensitive.resembling import cells_above
from detectors.lines import line_bounds

CATEGORY = "健康診断結果"
# a column of a group's figure: an average, a median, a rate, a share or a count of people
# (a rate of people: 受診率, 有所見率 — a body's own rate, 体脂肪率 or 1秒率, is a person's measure)
_AGGREGATE = re.compile(r"平均|中央値|割合|人数|者数|件数|合計|小計|総数|(?:受診|所見|該当|実施|出現|罹患|参加|回答|達成)率")
_COUNTED_AFTER = re.compile(r"者?(?:割合|率|数|比率)")
# what says a person was examined: a check-up's name, a clinical unit, a visit to a doctor
_A_PERSONS_CHECKUP = re.compile(
    r"健診|健康診断|総合判定|(?:さん|様|氏|君|くん)(?:の|は)|検診|人間ドック|ドック|受診|再検査|精密検査|精検|二次検査|産業医|保健師|医療機関|診察|主治医"
    r"|mg/d[Ll]|I?U/L|mmHg|g/d[Ll]|/μL|ng/m[Ll]|mmol/L|mEq/L")
# a judgement a thing's inspection gives as well: a grade (判定 D, C2) or a word of watching; a medical
# word (要精密検査, 要治療, 特定保健指導) or a measured value (measured.py reads its unit) is a person's
_A_THINGS_TOO = re.compile(r"(?:(?:総合)?判定 *:? *)?(?:[A-E][0-9]?|要観察|要注意|要経過観察|経過観察)(?: *[(][^)]{0,10}[)]?)?")
_POINTER = re.compile(r"(?:以下|下記|次|上記|左記|別紙)の")
# a judgement naming a thing made of it (受診勧奨ポスター, 要精検者通知, 再検査対象者): a notice or a group, no one's result
_THING_AFTER = re.compile(r"の?(?:ポスター|チラシ|リーフレット|パンフレット|通知|文書|はがき|ハガキ|資料|掲示|キャンペーン|月間|週間|対象者|事業)")
_RECORD_NOUN = re.compile(r"(?:記録|報告書?|票|一覧|名簿|台帳|シート|計画書?)$")
TITLE_CHARS = 24
# a column of what the employer does after a check-up (就業区分, 就業上の措置, 事後措置)
_MEASURE_COLUMN = re.compile(r"就業区分|就業上の措置|措置|就業判定|就業制限|勤務区分")
# a medical judgement written in a measure's column (事後措置: 要再検査) is the result itself
_MEDICAL = re.compile(r"要(?:再検|精密|精検|精査|治療|医療|受診)|治療中|保健指導")
_BARE_GRADE = re.compile(r"[A-E][0-9]?")  # a grade alone tells no result: the measures beside it say it (health3)
_FIELD = re.compile(r"[:\t0-9]")  # a label and its value, or a measure: not a title


def _of_a_group(text: str, phrase: Phrase) -> bool:
    if _COUNTED_AFTER.match(text, phrase.end):
        return True
    if "\t" not in text or not _has_aggregate(text):
        return False
    return bool(_AGGREGATE.search(_column_header(text, phrase)))


@lru_cache(maxsize=8)
def _has_aggregate(text: str) -> bool:
    """Whether a group's figure is named anywhere in the text: asked once a text, not once a phrase."""
    return _AGGREGATE.search(text) is not None


def _column_header(text: str, phrase: Phrase) -> str:
    """The composed label before the phrase's cell, or the cell at the top of its column."""
    line_start, _ = line_bounds(text, phrase.start)
    cell_start = text.rfind("\t", line_start, phrase.start) + 1 or line_start
    if ": " in text[cell_start:phrase.start]:
        return text[cell_start:phrase.start]  # a composed cell names its column itself (措置: 要面談)
    above = cells_above(text, phrase.start)
    return text[cell_start:phrase.start] + "\t" + (above[-1] if above else "")


def _measures_beside_results(text: str, results: list[Phrase]) -> set[Phrase]:
    """The phrases under a measure's column in rows where another phrase (not a measure) is reported."""
    if "\t" not in text or not _MEASURE_COLUMN.search(text):
        return set()
    row_of = {p: text.rfind("\n", 0, p.start) + 1 for p in results}
    measures = {p for p in results if text.rfind("\t", row_of[p], p.start) >= 0
                and _MEASURE_COLUMN.search(_column_header(text, p)) and not _MEDICAL.search(text, p.start, p.end)}
    rows = {row_of[p] for p in results if p not in measures  # a result told, not a grade alone
            and not _BARE_GRADE.fullmatch(text[p.start:p.end].strip())}
    return {p for p in measures if row_of[p] in rows}


def _a_title(text: str, phrase: Phrase) -> bool:
    line_start, line_end = line_bounds(text, phrase.start)
    line = text[line_start:line_end].strip()
    return len(line) <= TITLE_CHARS and not _FIELD.search(line) and bool(_RECORD_NOUN.search(line))


def without_results_of_no_one(text: str, found: list[Phrase], has_item: Callable[[str], bool]) -> list[Phrase]:
    """The phrases without the check-up results that are a group's, a thing's, a pointer or a title."""
    results = [p for p in found if p.category == CATEGORY]
    if not results:
        return found
    if an_animals_record(text):  # the rows a check-up's table reads (measured, results) after the animals' filter
        return [p for p in found if p.category != CATEGORY]
    # an item's measure found (its key names the item: `"hba1c": 6.9`) measures a person too (checkup15)
    examined = bool(_A_PERSONS_CHECKUP.search(text)) or has_item(text) or any(p.key for p in results)
    dropped = {p for p in results if _of_a_group(text, p) or (not examined and _A_THINGS_TOO.fullmatch(
               text[p.start:p.end].strip())) or _POINTER.match(text, p.start) or _THING_AFTER.match(text, p.end) or _a_title(text, p)}
    dropped |= _measures_beside_results(text, results)  # once a text: inside the filter it ran once a phrase
    return [p for p in found if p not in dropped]
