"""A health-insurance card's 記号 and 番号 however a hand lays them out (issue 12, ids8).

The person's number on a 被保険者証 (資格確認書, 組合員証, 国保 and 後期高齢者 cards) is its
記号 and 番号: digits of any length, no check digit. Other hands write them apart —
`記号 12 番号 345`, a 記号 column and a 番号 column, `被保険者番号: 12345678`, `保険証番号`
over a family table's column, a card's copy flattened to lines — so the label alone
tells them: a 記号, a 番号 right after a 記号 (or qualified by the card: 保険証番号,
被保険者番号), in the scope of a health-insurance word nearer than a word of another
number with a 記号・番号 (ゆうちょ's account, 年金手帳, 雇用保険, a vehicle's plate).
The insurer's own 保険者番号 stays with detectors.jp.health_insurance (its Luhn check).
Exports and English forms write the same labels as keys and words (insure10): `Symbol` /
`Number`, `Insured No.`, `Health Insurance Card No.`, `hoken_kigo`, `HIHOKENSHA_NO`,
`<CardSymbol>`…`<CardNumber>` (a 番号 under the same head as the 記号 before it).
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from detectors.entities import HEALTH_INSURANCE_NUMBER
from detectors.jp.base import NO_DIGIT_AFTER, NUMBER_START, JapanesePatternRecognizer
from detectors.jp.insured_sections import HEALTH_SECTION, in_another_section
from detectors.jp.number_labels import ColumnHeaders, table_heading
from detectors.lines import line_bounds

# a card's 記号 and 番号 as English and romaji keys and labels write them (Symbol, card_number, hoken_kigo, BANGO)
_KEY_WORDS = r"[Ss]ymbol|SYMBOL|[Kk]igo|KIGO|[Bb]ango|BANGO|[Nn]umber|NUMBER|[Nn]o|NO"
# the words right before a value in its cell or sentence: a head (被保険者証, 保険証) and the number's word
_LABEL = re.compile(
    r"(?P<head>(?:[A-Za-z]+ ){0,3}[^\s:：\t、。0-9<>\"']{0,16}?)[ 　_]?(?P<word>記号[・･/／ 　]?番号(?:[・･/／ 　]?枝番)?|記号|番号|No\.?|NO\.?|" + _KEY_WORDS + ")"
    r"(?:[(（][^)）\n]{1,8}[)）])?[ 　]*(?:[:：=>]|は)?[ 　]*[\"'(（「\[［【]?[ 　]*$")  # 記号番号: （12-345）
# a head that makes a bare 番号 the card's (保険証番号, 被保険者番号, 資格確認書 番号); not the insurer's 保険者番号
# the words of a health-insurance card (被保険者証, 保険証, 健保, 資格確認書 …)
_CARD_WORDS = (r"被保険者|保険証(?!券)|健康保険|健保|国保|社保|けんぽ|資格確認書|組合員証|加入者証|医療保険"
               r"|[Hh]ealth ?[Ii]ns|[Ii]nsured|INSURED|[Hh]oken|HOKEN|[Kk]enpo|KENPO|[Hh]ihokensha|HIHOKENSHA")
_CARD_HEAD = re.compile(_CARD_WORDS + r"|被扶養者")
_NOT_CARD_HEAD = re.compile(r"雇用|雇保|年金|介護|証券|口座|貯金|通帳|ゆうちょ|車両|登録"
                            r"|koyo|KOYO|nenkin|NENKIN|[Pp]ension|[Ee]mploy|[Aa]ccount|[Bb]ank|[Pp]olicy|[Cc]laim|[Oo]rder")
_INSURERS_OWN = re.compile(r"(?<!被)保険者[ 　]?$")  # the insurer's 保険者番号, not the insured's 被保険者番号
_SYMBOL_BEFORE = re.compile(r"記号|[Ss]ymbol|SYMBOL|[Kk]igo|KIGO")
SYMBOL_REACH = 40  # characters back, in the row or the lines above, where a 記号 makes the next 番号 the card's
# which number a 記号 or 番号 is of: a health-insurance card's, or another's with the same words
_INSURANCE = re.compile(_CARD_WORDS + r"|後期高齢|共済組合|保険者番号|[Ii]nsurance|INSURANCE|[Ii]nsurer|INSURER")
_OTHER_KIND = re.compile(r"ゆうちょ|貯金|口座|通帳|振込|銀行|年金|雇用保険|雇保|車両|ナンバープレート|登録番号|郵便|切手|JIS|記号の説明"
                         r"|[Pp]olicy|POLICY|[Pp]ension|[Bb]ank|[Aa]ccount|[Kk]ouza|[Nn]enkin|[Ee]mployment|[Kk]oyo")
_ANY_DIGIT = re.compile(r"[0-9]")  # a cell of a card's short 記号 (12) is a value, not a column's header
SCOPE_BEFORE = 240  # characters of a form or a card's copy before the number
CARD_SCORE = 0.6


class HealthInsuranceCardRecognizer(JapanesePatternRecognizer):
    ENTITY = HEALTH_INSURANCE_NUMBER
    # digits, with the 記号・番号・枝番 joined by ・, -, / or a blank
    PATTERNS = (("card_part", NUMBER_START + r"[0-9]{1,10}(?:(?:[・/]| ?- ?| )[0-9]{1,10}){0,2}" + NO_DIGIT_AFTER, 0.3),)
    # a digit run with none of these words before it in its cell is no card's (a date, a phone): skipped
    # before a result is built; an empty cell may stand under a column's header (an HTML table)
    LABELLED = {"card_part": r"記号|番号|no|number|symbol|kigo|bango|^[ 　]*[(「\[【]?[ 　]*$"}
    GATE_WORDS = ("記号", "被保険者", "保険証", "健康保険", "健保", "国保", "資格確認書", "組合員証", "symbol", "kigo", "insur",
                  "hoken", "kenpo")
    PREFILTER = r"[0-9]"

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        if not results:
            return results
        headers, headings, kept = ColumnHeaders(text, _ANY_DIGIT), {}, []
        for result in results:
            label = _card_label(text, result.start, headers)
            if label is not None and _in_insurance_scope(text, result.start, label, headers, headings):
                result.score = CARD_SCORE
                kept.append(result)
        return kept


def _card_label(text: str, start: int, headers: ColumnHeaders) -> str | None:
    """The label of the card's 記号 or 番号 right before start (in its cell, its
    sentence, or its column's header a row above), else None."""
    row = text.rfind("\n", 0, start) + 1
    cell = text[max(row, text.rfind("\t", row, start) + 1, start - 30):start]
    found, label_at = _LABEL.search(cell), start - len(cell)
    if found is None and not cell.strip(" 　(「[【"):  # the cell's value alone, or in brackets: （12-345）
        header = headers.header(start)
        found, label_at = (_LABEL.search(header) if header else None), start
    if found is None or _NOT_CARD_HEAD.search(found["head"]) or _INSURERS_OWN.search(found.string, 0, found.start("word")):
        return None  # 健康保険組合（保険者番号：…）: the insurer's number (detectors.jp.health_insurance)
    word, head = found["word"], found["head"]
    if _SYMBOL_BEFORE.search(word) or _CARD_HEAD.search(head):
        return found.group()
    if _symbol_before(text, head, max(0, start - SYMBOL_REACH), label_at + found.start()):
        return found.group()  # 記号 12 番号 345, 記号: 12<tab>番号: 345, Card Symbol … Card Number, on lines of their own
    if not head and label_at == start and "記号" in (headers.header(text.rfind("\t", row, start - 1) + 1) or ""):
        return found.group()  # a 番号 column right of a 記号 column, their headers a row above
    return None


def _symbol_before(text: str, head: str, start: int, end: int) -> bool:
    """A 記号 (Symbol, kigo) in text[start:end] under the same head as the 番号's label, or none."""
    if not head:
        return _SYMBOL_BEFORE.search(text, start, end) is not None
    return re.search(re.escape(head) + r"[ 　_]?(?:" + _SYMBOL_BEFORE.pattern + ")", text[start:end]) is not None


def _in_insurance_scope(text: str, start: int, label: str, headers: ColumnHeaders, headings: dict[int, str]) -> bool:
    """A health-insurance word nearer before the number than any word of another
    number's 記号・番号: in its label, its row and column, its table's header line and
    title, or the lines above it."""
    if in_another_section(text, start, HEALTH_SECTION):
        return False  # 【厚生年金保険】 被保険者番号: a pension's (detectors.jp.insured_sections)
    if _INSURANCE.search(label) and not _OTHER_KIND.search(label):
        return True
    row, row_end = line_bounds(text, start)
    in_table = "\t" in text[row:row_end]
    scopes = [text[row:start], headers.header(start) or "", table_heading(text, row, headings)] if in_table else []
    scopes.append(text[max(0, start - SCOPE_BEFORE):start])
    for scope in scopes:
        insurance, other = _last(_INSURANCE, scope), _last(_OTHER_KIND, scope)
        if insurance is not None or other is not None:
            return other is None or (insurance is not None and insurance > other)
    return False


def _last(words: re.Pattern, text: str) -> int | None:
    """Where the last of words ends in text, None without one."""
    ends = [m.end() for m in words.finditer(text)]
    return ends[-1] if ends else None
