"""A grade in its own cell beside the result it grades (所見: 心電図で右脚ブロック |
判定: C): the result with its judgement is the one finding, the grade letter alone
is not a second one. A grade with no result beside it (判定: D alone in its row, or
beside the measures that followed: 就業制限, 深夜業の禁止) is the result and stays, and so
does a whole check-up's 総合判定 beside the list of items found (有所見項目).
A row with a findings column (所見, 所見1, 検査結果) tells its results there, said or not (異常なし):
its grade cells, the overall one too, judge that column and are no result of their own (read26:
two writers of twenty had the shape, neither counted a grade cell, 137 flagged)."""

from __future__ import annotations

import re

from detectors.jp.sensitive.fields import READ_FINDINGS
from detectors.jp.sensitive.phrases import Phrase

CATEGORY = "健康診断結果"
_BARE_GRADE = re.compile(r"[B-E][0-9]?")
_WORD_GRADE = re.compile(r"要(?:再検査?|精密検査|精検|精査|経過観察|観察|治療|医療|受診)|経過観察|治療中")
# a result told in words: under a finding's label (所見: …), or naming what was read
# (右上肺野に結節影, 右脚ブロック) — a judgement word alone (要再検査) or a bare number is not
_FINDING_LABEL = re.compile(r"(?<!有)所見|検査結果|結果内容|指摘事項")
# the overall judgement of a whole check-up (総合判定: D1) is a result of its own, not one finding's grade
_OVERALL = re.compile(r"総合|sou?go|overall", re.IGNORECASE)  # or its key (sogo_hantei, overallJudgement)
# what was read: a finding's word, a qualitative reading (陽性, (2+), 低下, 有所見), a value with its
# unit (hearing's Hz and dB too) — or, with an item named, a bare value (eGFR 48 判定C2) (shipyard19)
_READ = re.compile(rf"{READ_FINDINGS}|陽性|[0-9]?\+\)|低下|上昇|有所見|所見あり|異常あり"
                   r"|[0-9] *(?:mg/dL|mg/dl|U/L|IU/L|%|mmHg|g/dL|cm|kg|Hz|dB|mL|μL|/L)")
_VALUE = re.compile(r"[0-9]")


def _line(text: str, position: int) -> int:
    return text.rfind("\n", 0, position) + 1


def _cell_start(text: str, position: int) -> int:
    return max(text.rfind("\t", 0, position), _line(text, position) - 1) + 1


def _told_result(text: str, phrase: Phrase, items: re.Pattern) -> bool:
    said = text[phrase.start:phrase.end]
    return bool(_FINDING_LABEL.search(text, _cell_start(text, phrase.start), phrase.start)
                or _READ.search(said) or items.search(said))


def _read_result(text: str, phrase: Phrase, items: re.Pattern) -> bool:
    """A result told with what was read (所見: 胸部X線 陰影あり, LDL 196 mg/dL, 便潜血 陽性, eGFR 48)
    — not a list of items alone."""
    said = text[phrase.start:phrase.end]
    return bool(_FINDING_LABEL.search(text, _cell_start(text, phrase.start), phrase.start)
                or _READ.search(said) or (_VALUE.search(said) and items.search(said)))


def grades_beside_results(text: str, found: list[Phrase], items: re.Pattern) -> list[Phrase]:
    """The phrases without the grade cells of table rows that hold a result told in words
    (items: the check-up items' pattern): a bare grade beside any told result, a judgement
    word in a cell of its own (判定: 要精検) beside a result told with what was read (checkup15)."""
    if "\t" not in text:
        return found
    found = [p for p in found if not _beside_findings_column(text, p)]
    results = [p for p in found if p.category == CATEGORY and not _OVERALL.search(text, _cell_start(text, p.start), p.start)]
    grades = {p for p in results if _BARE_GRADE.fullmatch(text[p.start:p.end].strip())}
    words = {p for p in results if _WORD_GRADE.fullmatch(text[p.start:p.end].strip()) and _own_cell(text, p)}
    if not grades and not words:
        return found
    line_of = {p: _line(text, p.start) for p in found if p.category == CATEGORY}  # a sheet's results: each line found once
    told = [p for p in line_of if p not in grades and p not in words]
    rows = {line_of[p] for p in told if _told_result(text, p, items)}
    read = {line_of[p] for p in told if _read_result(text, p, items)}
    dropped = {p for p in grades if line_of[p] in rows and "\t" in text[line_of[p]:p.start]}
    dropped |= {p for p in words if line_of[p] in read and "\t" in text[line_of[p]:p.start]}
    return [p for p in found if p not in dropped]


_FINDINGS_CELL = re.compile(r"\t(?:(?<!有)所見|検査結果|結果内容|指摘事項)[0-9０-９]?: ")


def _beside_findings_column(text: str, phrase: Phrase) -> bool:
    """A bare grade in its own cell of a row that has a findings column (所見: …, 所見1: …)."""
    if phrase.category != CATEGORY or not _BARE_GRADE.fullmatch(text[phrase.start:phrase.end].strip()):
        return False
    start = _line(text, phrase.start)
    end = text.find("\n", phrase.start)
    row = "\t" + text[start:end if end >= 0 else len(text)]
    return _own_cell(text, phrase) and _FINDINGS_CELL.search(row) is not None


def _own_cell(text: str, phrase: Phrase) -> bool:
    """The phrase is its cell's whole value (after a composed label)."""
    start = _cell_start(text, phrase.start)
    label = text.rfind(": ", start, phrase.start)
    before = text[label + 2 if label >= 0 else start:phrase.start].strip()
    after = text[phrase.end:].split("\t", 1)[0].split("\n", 1)[0].strip()
    return not before and not after


_OPEN = "(（"
MEASURE_REACH = 12


def measures_of_a_condition(text: str, found: list[Phrase]) -> list[Phrase]:
    """A measure in brackets right after a disability or a disease (弱視（矯正視力0.1）) says how
    severe it is: part of that phrase, not a check-up result of its own."""
    conditions = {p.end for p in found if p.category in ("障害", "病歴")}
    if not conditions:
        return found
    return [p for p in found if p.category != CATEGORY or not _in_brackets_after(text, p.start, conditions)]


def _in_brackets_after(text: str, start: int, ends: set[int]) -> bool:
    opening = max(text.rfind(bracket, max(0, start - MEASURE_REACH), start) for bracket in _OPEN)
    return opening >= 0 and opening in ends and not any(c in text[opening:start] for c in ")）\n\t")
