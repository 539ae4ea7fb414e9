"""運転免許証番号: 12 digits, PP YY SSSSSS C R. The commission codes and the check
digit are UNVERIFIED (worked out by outsiders): they raise or lower the score,
never reject. The shape equals a My Number's, so a context word is required."""

import re

from detectors.entities import DRIVERS_LICENSE
from detectors.jp.base import NO_DIGIT_AFTER, NUMBER_START, JapanesePatternRecognizer
from detectors.jp.document_kinds import DocumentKinds
from detectors.jp.example_numbers import is_example
from detectors.jp.number_labels import LICENCE_LABEL, ColumnHeaders, number_label
from detectors.lines import line_bounds
from detectors.normalize import digits_only

_COMMISSIONS = {*range(10, 15), *range(20, 26), 30, *range(40, 50), *range(50, 56), *range(60, 66),
                *range(70, 75), *range(80, 84), *range(90, 98)}
_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
# A row that says which document a generic number is of (確認書類: 運転免許証 | 書類番号: …,
# an entry log's ID check): the kind in a cell of its own, the number under a document's label
# (in English or romaji too, as a JSON's or an export's kind says it: driver_license, driving licence, menkyosho)
_KINDS = DocumentKinds(re.compile(r"運転免許証|免許証|運転経歴証明書|driver'?s?[ _\-]?licen[cs]e|driving[ _\-]licen[cs]e|menkyo",
                                  re.IGNORECASE))
KIND_IN_ROW_SCORE = 0.6
# a label that names no kind of number: which registered document's it is, the text around says
_GENERIC_LABEL = re.compile(r"^(?:ご?登録|記載|書類|証明書|確認書類|本人確認)(?:の)?(?:番号|No\.?)")
# A cell of a licence's colour (ゴールド, ブルー, 優良) or class (普通, 準中型, 大型二種, 普通AT限定): a
# driver roster's row under a bare 番号 header
_FIELD_GAP = re.compile(r"[ 　,\t]+")
_TRAIT_CELL = re.compile(
    r"(?:^|[\t 　,])(?:[^\t\n:]{1,12}: )?(?:(?:ゴールド|ブルー|グリーン|優良|一般|違反運転者|初回更新者)(?:免許)?"
    r"|(?:普通|準中型|中型|大型|大型特殊|普通二輪|大型二輪|普自二|大自二|原付|小型特殊|けん引)(?:[一二]種|第[一二]種|免許)?"
    r"(?:[・、/ ](?:普通|準中型|中型|大型|大型特殊|普通二輪|大型二輪|普自二|大自二|原付|小型特殊|けん引)(?:[一二]種)?)*"
    r"(?:[(（]?AT限定[)）]?|[(（][^)）\t\n]{1,10}[)）])?)(?=[\t\n 　,]|$)", re.MULTILINE)


# Words of driving a number passing both checks may stand near, however a hand labels it (免許No.,
# DL No., ライセンス, 運転者台帳, 交付 …公安委員会, 準中型, AT限定): its own check is the evidence, a
# driving word only says which twelve-digit number it is (GATE_WORDS open the recognizer for them)
# (DL alone in capitals only: a laboratory value's mg/dL is no licence's; shapes25)
_DRIVING = re.compile(r"免許|運転|ライセンス|licen[cs]e|driv|menkyo|ドライバ|公安委員会|乗務員|(?<![A-Za-z])(?-i:DL)(?![A-Za-z])|(?<![A-Za-z])(?:DL|Lic)(?=[ _.\-#]?(?:No|NO|no|Num|num|#))"
                      r"|準中型|AT限定|[大中]型[一二]種|普通二種|普自二|大自二|ゴールド免許|優良運転", re.IGNORECASE)
DRIVING_BEFORE, DRIVING_AFTER = 160, 120  # characters of a form or a letter around the number
DRIVING_SCORE = 0.6


def check_digit_matches(digits: str) -> bool:
    total = sum(int(d) * w for d, w in zip(digits[:10], _WEIGHTS))
    return (11 - total % 11) % 10 == int(digits[10])


class DriversLicenseRecognizer(JapanesePatternRecognizer):
    ENTITY = DRIVERS_LICENSE
    # 12 digits however a hand groups them (4-4-4, 2-2-6-1-1 as on the card, 12 boxes)
    PATTERNS = (("drivers_license", NUMBER_START + r"(?:[- ]?[0-9]){11}" + NO_DIGIT_AFTER, 0.2),)
    CONTEXT = ("運転免許証", "免許証番号", "運転免許番号", "免許番号", "運転経歴証明書", "免許証", "driver", "運転免許",
               "license no", "licence no", "driving license", "driving licence", "menkyo",
               # keys abbreviated, and half-width kana labels (lic_no, Lic.No, DL_NO, ﾒﾝｷｮｼｮｳ; ids18)
               "lic_no", "licno", "lic no", "lic.no", "lic-no", "lic_num", "licnum", "dl_no", "dlno", "dl-no", "メンキョ")
    NEGATIVE_CONTEXT = ("個人番号", "マイナンバー", "注文番号", "伝票番号", "会員番号", "口座番号")
    PREFILTER = r"[0-9][- ]?[0-9][- ]?[0-9][- ]?[0-9]"
    # a note after the number (（マイナンバーは記入不要）) is not its label: only a word before it says no
    negative_labels_only = True
    OWN_LABEL = LICENCE_LABEL  # none under 会員番号, 契約番号, お客様番号; found under a 免許証番号 column (number_labels)

    GATE_WORDS = ("免許", "運転", "ライセンス", "licen", "driv", "menkyo", "ドライバ", "公安委員会", "乗務員", "dl", "lic", "準中型",
                  "限定", "二種", "二輪", "普自二", "大自二", "大型特殊", "ゴールド", "ブルー")
    CHECKS_AGREE_BONUS = 0.1  # both unverified checks agree: a little more likely; never a rejection

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        # a form's example number (記入例 123456789012) is nobody's
        results = [r for r in super().analyze(text, entities, nlp_artifacts, regex_flags) if not is_example(text, r.start)]
        headers = ColumnHeaders(text)
        for result in results:
            digits = digits_only(text[result.start:result.end])
            checked = _checked(digits)
            if checked:
                result.score += self.CHECKS_AGREE_BONUS
            if _KINDS.named_in_row(text, result.start, headers) or (
                    checked and _licence_traits_in_row(text, result.start)):
                result.score = max(result.score, KIND_IN_ROW_SCORE)
            elif checked and _driving_near(text, result.start, result.end, headers):
                result.score = max(result.score, DRIVING_SCORE)
        return results

    def _by_labels(self, text, results):
        """A generic document's label (書類番号) in a row whose cell names the licence
        is the licence's own (detectors.jp.document_kinds); so is a registered document's generic
        label (登録番号, 記載番号) over a number passing both checks near a word of driving."""
        kept = super()._by_labels(text, results)
        mine = {id(r) for r in kept}  # by identity: a list's `in` compared results pairwise (n² on a roster)
        headers = ColumnHeaders(text)  # one per text: its columns' headers are kept for the rows below
        named = [r for r in results
                 if id(r) not in mine and (_KINDS.named_in_row(text, r.start, headers)
                                           or _generic_near_driving(text, r, headers))]
        return sorted(kept + named, key=lambda r: r.start)

    def best_score_without_context(self) -> float:
        return super().best_score_without_context() + self.CHECKS_AGREE_BONUS


def _generic_near_driving(text: str, result, headers: ColumnHeaders) -> bool:
    label = number_label(text, result.start)
    digits = digits_only(text[result.start:result.end])
    return (label is not None and _GENERIC_LABEL.search(label) is not None and _checked(digits)
            and _driving_near(text, result.start, result.end, headers))


def _checked(digits: str) -> bool:
    return int(digits[:2]) in _COMMISSIONS and check_digit_matches(digits)


passes_checks = _checked  # for a column of documents' numbers (detectors.columns.identity)


def _licence_traits_in_row(text: str, start: int) -> bool:
    """The number's table row has a cell of a licence's colour or class: a driver
    roster's row whose number column is headed by a bare 番号, or a host's record of
    fields apart by blanks or commas (checked numbers only)."""
    line = text[slice(*line_bounds(text, start))]
    return ("\t" in line or len(_FIELD_GAP.split(line.strip())) >= 4) and _TRAIT_CELL.search(line) is not None


def _driving_near(text: str, start: int, end: int, headers: ColumnHeaders) -> bool:
    """A driving word in the number's table row or over its column, else in the lines
    of a form, a card's copy or a letter around it."""
    row, row_end = line_bounds(text, start, end)
    if "\t" in text[row:row_end]:
        header = headers.header(start) or ""
        return _DRIVING.search(text, row, row_end) is not None or _DRIVING.search(header) is not None
    return _DRIVING.search(text[max(0, start - DRIVING_BEFORE):end + DRIVING_AFTER]) is not None


