"""A check-up's result told of a kind of people or as a rule's condition, not of a person
(checkup15): a notice, a reminder, a by-law or a leaflet writes the words of a result about
whoever they may fit — 要精密検査と判定された方は受診してください, 特定保健指導の対象となった方には,
判定がE（要治療）の従業員に対し — or lists the grades a report will give (A（異常なし）〜E（要治療）).
The clause heads a noun of kinds (方, 者, 従業員, 場合) or the phrase is an entry of a grade
range: no one's result. A person's result told with their name (片桐さんは要精密検査となった)
heads no such noun and stays.
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.phrases import Phrase

CATEGORY = "健康診断結果"
_PEOPLE = r"(?:方|方々|者|人|従業員|社員|職員|対象者|受診者|児童|生徒|場合|とき|時|際)"
# the clause after the phrase, up to the noun of kinds it heads (and the particle after that noun)
_KIND_AFTER = re.compile(
    rf"[^。\n\t、,]{{0,16}}?(?:(?:され|となっ|になっ|に該当し|と言われ|を指摘され|を受け|であっ|だっ)た|の|である|に該当する)"
    rf"{_PEOPLE}(?=[はにをがのへでもや、]|について|に対)")
_GRADE = r"[A-E][0-9]? *[(（][^)）\n]{1,10}[)）]"
# a range or a run of grades with their words: A（異常なし）〜E（要治療）, C（要経過観察）・D（要精密検査）
_GRADE_RUN = re.compile(rf"{_GRADE}(?: *[〜~～\-・、/／] *{_GRADE})+")


def _in_a_grade_run(text: str, phrase: Phrase) -> bool:
    line_start = text.rfind("\n", 0, phrase.start) + 1
    line_end = text.find("\n", phrase.end)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    if "（" not in line and "(" not in line:
        return False
    return any(line_start + m.start() <= phrase.start and phrase.end <= line_start + m.end()
               for m in _GRADE_RUN.finditer(line))


def without_results_of_a_kind(text: str, found: list[Phrase]) -> list[Phrase]:
    """The phrases without the check-up results said of a kind of people or in a run of grades."""
    if not any(p.category == CATEGORY for p in found):
        return found
    return [p for p in found if p.category != CATEGORY
            or not (_KIND_AFTER.match(text, p.end) or _in_a_grade_run(text, p))]
