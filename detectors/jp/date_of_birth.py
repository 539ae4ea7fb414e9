"""生年月日: Western and 和暦 dates (`昭和45年6月7日生`, `S45.6.7`, `H02/01/08`, `昭45・6・7`,
`令和元年5月1日`, `昭和四十五年六月七日`, `1990年1月2日`, `1990-01-02`), reported only with
birth context; under a birth label only, `19900102` of a host's export and the 元号コード
dates of 社会保険 forms (`5-450607`) and of host masters (`3450607`, `4020108`); with a birth word, English dates (`07 JUN 1970`).
Impossible era dates are rejected. Other dates (契約日, 面談日, 受診日, 有効期限) are not
personal data by themselves, even beside a birth date."""

from __future__ import annotations

import re
from functools import lru_cache

from detectors.entities import DATE_OF_BIRTH
from detectors.first_chars import finder_of, matches
from detectors.jp.date_label_above import label_above
from detectors.jp.date_animals import animal_row
from detectors.jp.date_deaths import no_birth
from detectors.jp.date_labels import BARE_BIRTH, own_label
from detectors.jp.base import OWN_COLUMN_SCORE, JapanesePatternRecognizer, alternatives_after, starts_after
from detectors.jp.number_labels import ColumnHeaders
from detectors.jp.wareki import MONTHS, coded_date, era_date, western_date
from detectors.lines import cell_bounds, cell_value

_N = r"(?:[0-9]{1,2}|[〇一二三四五六七八九十]{1,3})"
_ERAS = ("明治", "大正", "昭和", "平成", "令和", *"MTSHR", *"明大昭平令")  # 昭55・4・1, S55.4.1
_Y, _M = "[年./・-]", "[月./・-]"  # 昭55・4・1 as well as 昭和55年4月1日
# spaces only (NFKC made U+3000 one): never a tab or newline, which end a cell or a line
_ERA = (rf"(?P<era>{'|'.join(_ERAS)})\.? *(?P<ey>元|{_N}) *{_Y} *(?P<em>{_N}) *{_M} *(?P<ed>{_N})(?: *日)?")
_WEST = rf"(?P<wy>(?:18|19|20)[0-9]{{2}}) *{_Y} *(?P<wm>[0-9]{{1,2}}) *{_M} *(?P<wd>[0-9]{{1,2}})(?: *日)?"
_COMPACT = r"(?P<cy>(?:18|19|20)[0-9]{2})(?P<cm>[0-9]{2})(?P<cd>[0-9]{2})"
# 元号コード (1 明治 … 9 令和) or era letter, then YYMMDD: 5-550401, 5550401, S550401
_CODED = r"(?P<code>[13579MTSHR])-?(?P<ky>[0-9]{2})(?P<km>[0-9]{2})(?P<kd>[0-9]{2})"
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
          r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_YEAR4 = r"(?:18|19|20)[0-9]{2}(?![0-9])"
# 01 APR 1980, 1-Apr-1980, April 1, 1980 (a passport, a residence card, an English form)
_DAY_MONTH_REST = rf"[0-9]?(?i:(?:st|nd|rd|th)?[ -]?{_MONTH}\.?[ -]?,? ?{_YEAR4})"  # after the day's first digit
_MONTH_DAY = rf"(?i:{_MONTH}\.? ?[0-9]{{1,2}}(?:st|nd|rd|th)?,? ?{_YEAR4})"
_ENGLISH = re.compile(rf"(?i:(?P<d1>[0-9]{{1,2}})(?:st|nd|rd|th)?[ -]?(?P<m1>{_MONTH})\.?[ -]?,? ?(?P<y1>{_YEAR4})"
                      rf"|(?P<m2>{_MONTH})\.? ?(?P<d2>[0-9]{{1,2}})(?:st|nd|rd|th)?,? ?(?P<y2>{_YEAR4}))")
# 4月1日（1980年）: a birthday with its year after it, under a birth word only
_DAY_THEN_YEAR = r"(?P<fm>[0-9]{1,2}) *月 *(?P<fd>[0-9]{1,2}) *日 *[(（] *(?P<fy>(?:18|19|20)[0-9]{2}) *年? *[)）]"
_DATE = re.compile(rf"(?:{_ERA}|{_WEST}|^{_COMPACT}$|^{_CODED}$|{_DAY_THEN_YEAR})")
_DATE_FINDER = finder_of(_DATE)  # it opens with groups: found where its first characters stand
# 平成2年（1990年）1月8日 and 1990年（平成2年）1月8日: both years, which must agree
# 年 before the bracket or after it: 昭和60（1985）年4月3日, 1985（昭和60）年4月3日
_ERA_YEAR_REST = r"\.? *(?:元|[0-9]{1,2}) *年?"
_WEST_YEAR_REST = r"[0-9]{2} *年?"
_DAY_REST = r" *[0-9]{1,2} *月 *[0-9]{1,2} *日?"
_DUAL_SEARCH = alternatives_after(
    [(era, rf"{_ERA_YEAR_REST} *[(（] *(?:18|19|20)[0-9]{{2}} *年? *[)）] *年?{_DAY_REST}") for era in _ERAS]
    + [(c, rf"{_WEST_YEAR_REST} *[(（] *(?:{'|'.join(_ERAS)}){_ERA_YEAR_REST}? *[)）] *年?{_DAY_REST}")
       for c in ("18", "19", "20")],
    "[0-9A-Za-z]")
_DUAL = re.compile(rf"(?P<era>{'|'.join(_ERAS)})\.? *(?P<ey>元|[0-9]{{1,2}}) *年?|(?P<wy>(?:18|19|20)[0-9]{{2}}) *年?")
_MONTH_DAY_END = re.compile(r"(?P<m>[0-9]{1,2}) *月 *(?P<d>[0-9]{1,2}) *日?(?: *生(?:まれ)?)?$")
_GUARD_AFTER = r"(?![0-9])"
NOT_BORN = "(?![産活徒協命地成涯存還息鮮育])"  # 生 that ends no word of birth: 生産, 生徒, 生命 of 日生, 生活
# The same dates for the search, written as one alternation of words that start
# them (昭和, S, 19, …), each not right after a letter or digit, so that `re` scans
# for their first characters (see starts_after); parse() reads the parts.
_ERA_REST = rf"\.? *(?:元|{_N}) *{_Y} *{_N} *{_M} *{_N}(?: *日)?"
_WEST_REST = rf"[0-9]{{2}} *{_Y} *[0-9]{{1,2}} *{_M} *[0-9]{{1,2}}(?: *日)?"
ANY_DATE = alternatives_after([(era, _ERA_REST) for era in _ERAS]
                               + [(century, _WEST_REST) for century in ("18", "19", "20")], "[0-9A-Za-z]")
_BIRTH_LABEL = "生年月日|生月日|誕生日|生まれ|生年|出生|生没|生歿|dob|d\\.o\\.b|birth|born|セイネンガッピ|bday|seinen[_ -]?gappi|tanjo"


def _english(text: str):
    match = _ENGLISH.search(text)
    if not match:
        return None
    day, month, year = (match["d1"], match["m1"], match["y1"]) if match["d1"] else (match["d2"], match["m2"], match["y2"])
    return western_date(year, str(MONTHS[month.lower()]), day)


def _dual_year(text: str):
    """The date of 平成2年（1990年）1月8日 when its two years agree; None otherwise."""
    day = _MONTH_DAY_END.search(text.strip())
    years = list(_DUAL.finditer(text, 0, day.start() if day else 0))
    if not day or len(years) != 2:
        return None
    era = next((y for y in years if y["era"]), None)
    west = next((y for y in years if y["wy"]), None)
    if era is None or west is None:
        return None
    date = era_date(era["era"], era["ey"], day["m"], day["d"])
    return date if date and date.year == int(west["wy"]) else None


@lru_cache(maxsize=4096)
def parse(text: str):
    """The date in text, or None when it is not a real date (parsed once for the
    check and the canonical form; a roster repeats its join dates)."""
    if "(" in text or "（" in text:
        dual = _dual_year(text)
        if dual:
            return dual
    match = next(matches(_DATE, _DATE_FINDER, text), None)  # _DATE.search(text), by its first characters
    if not match:
        return _english(text)
    if match["era"]:
        return era_date(match["era"], match["ey"], match["em"], match["ed"])
    if match["cy"]:
        return western_date(match["cy"], match["cm"], match["cd"])
    if match["code"]:
        return era_date(match["code"], match["ky"], match["km"], match["kd"])
    if match["fy"]:
        return western_date(match["fy"], match["fm"], match["fd"])
    return western_date(match["wy"], match["wm"], match["wd"])


class DateOfBirthRecognizer(JapanesePatternRecognizer):
    ENTITY = DATE_OF_BIRTH
    # a date with 生 after it: BornDateOfBirthRecognizer (date_of_birth_said.py), which no negative word drops
    PATTERNS = (
        ("date", ANY_DATE + _GUARD_AFTER, 0.2),
        ("date_dual_year_born", _DUAL_SEARCH + r" *生(?:まれ)?" + NOT_BORN, 0.7),
        ("date_dual_year", _DUAL_SEARCH, 0.2),
    )
    CONTEXT = ("生年月日", "生月日", "誕生日", "誕生", "dob", "d.o.b", "date of birth", "birth", "birthday", "born", "出生", "生年",
               "セイネンガッピ", "bday", "seinengappi", "tanjobi", "tanjoubi",
               "seinen_gappi", "seinen-gappi", "tanjo_bi", "tanjou_bi",  # romaji keys written apart
               "生まれた日", "生まれたとき", "生まれた時", "産まれた日",  # a 出生届's or a 母子手帳's label (生まれた日時)
               "生没", "生歿")  # a life's two dates: the first is the birth; the second ends a pair (date_deaths)
    NEGATIVE_CONTEXT = ("契約日", "作成日", "入社日", "発行日", "更新日", "提出日", "申請日", "交付日", "登録日",
                        "有効期限", "記入日", "受付日", "退職日", "面接日", "面談", "予定日", "取得", "開始日",
                        "届出日", "異動", "休暇", "入社", "入学", "卒業", "退職", "採用", "就任", "着任", "転居", "結婚",
                        "受診", "健診", "検診", "次回", "期限", "認定日", "入会", "加入",
                        "expir", "issue", "valid", "郵便", "〒", "番号", "電話", "tel",
                        # a change in the person's record, or the day it takes effect (…付けで異動)
                        "変更", "改姓", "改名", "喪失", "効力", "発令", "適用", "付で", "付け", "付にて", "転出", "転入",
                        "現在")  # an as-of date (…現在 出生数 52人: the figure's day, not a birth)
    # a birth label nearer than these, or none within reach: a date of the same row or
    # line (面談日 on the line above a 「昭和55年4月1日生」 does not drop it)
    NEGATIVE_REACH = 12
    own_line_label = True  # a line with a label of its own (`…: date`) is the date's only context
    PREFILTER = r"[0-9〇一二三四五六七八九十元] ?[年./・-]|[0-9]{4}-|[0-9] ?[)）] ?年"  # …（1985）年4月3日

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = [r for r in super().analyze(text, entities, nlp_artifacts, regex_flags)
                   if not no_birth(text, r.start, r.end) and not animal_row(text, r.start)]
        if results and "\t" in text:
            _under_birth_header(text, results)
        return results

    # the date a match holds, or None when it holds none: the check and the canonical form
    # both read it (a recognizer of other shapes names its own reader)
    PARSE = staticmethod(parse)

    def is_valid(self, value: str) -> bool:
        return self.PARSE(value) is not None

    @staticmethod
    def own_label(text: str, start: int) -> str | None:
        """The date's own label, its only context when it has one (see date_labels); a bare
        生 or 生まれ (a narrow column's header, a key) is the birth's."""
        label = own_label(text, start, DATE_START)
        return "生年月日" if label is not None and _BARE_BIRTH.fullmatch(label.strip()) else label

    @classmethod
    def canonical(cls, value: str) -> str:
        found = cls.PARSE(value)
        return str(found) if found else value.strip()  # a date's str is its ISO form (1980-04-01)


_BIRTH_HEADER = re.compile(_BIRTH_LABEL, re.IGNORECASE)
_BARE_BIRTH = re.compile(BARE_BIRTH)
# A cell above that holds a value, no header: a date (昭和50年6月5日, 昭和二十二年…) or a
# key-value form's composed `label: value` (生年月日: … above 入会日 | 2026/05/03)
_VALUE_CELL = re.compile("[0-9]|: |[〇一二三四五六七八九十元]年")


def _under_birth_header(text: str, results: list) -> None:
    """A date alone in its cell under a birth column's header that was not composed
    before it (an HTML table's rows, a header row above the cells) is a birth; a
    key-value form's row above (生年月日 | 生年月日: 昭和60年…) is no header. So is a
    date after a cell that is only a birth label (see _birth_row_label)."""
    columns = ColumnHeaders(text, _VALUE_CELL)
    for result in results:
        header = columns.header(result.start)
        if ((header is not None and _BIRTH_HEADER.search(header)) or _birth_row_label(text, result.start)) \
                and not _other_label_above(text, result.start):
            result.score = max(result.score, OWN_COLUMN_SCORE)


def _other_label_above(text: str, start: int) -> bool:
    """Whether the line above labels the date as another day (a form down one column of
    a sheet whose first cell, 生年月日, was taken for the header: 申込日 above a date)."""
    above = label_above(text, text.rfind("\n", 0, start) + 1, start, DATE_START)
    return above is not None and _BIRTH_HEADER.search(above) is None


_ROW_LABEL_LENGTH = 16  # date_of_birth, Date of Birth


def _birth_row_label(text: str, start: int) -> bool:
    """Whether the cell before the date's, in its row, is a birth label and nothing
    else: a key-value row (生年月日 | 昭和60年4月12日), also when a sheet's first row was
    taken for a header and composed before both cells (応募者: 生年月日 | 山田花子: 昭和60年…;
    the label is what follows the composed header). A label with a value of its own
    (生年月日: 昭和60年…) or a blank cell under a birth header (生年月日: ) is none."""
    row = text.rfind("\n", 0, start) + 1
    cell = text.rfind("\t", row, start)
    if cell < 0:
        return False
    label = cell_value(text[cell_bounds(text, cell)[0]:cell])
    # one record to a column (labels down the left, people across): the label heads the row's dates,
    # alone in its cell or composed before the first (生年月日: 1958/10/15 | 1966/02/28), the date's cell bare
    bare = ": " not in text[cell:start]
    while bare and parse(label) is not None and _across(text, row):
        before = text.rfind("\t", row, cell)
        if before < 0:  # the row's first cell holds a date: the label composed before it is the row's
            return _is_birth_label(text[row:cell].rpartition(": ")[0].rpartition(": ")[2].strip())
        cell, label = before, cell_value(text[cell_bounds(text, before)[0]:before])
    return _is_birth_label(label)


def _cells(line: str) -> int:
    return line.rstrip("\t").count("\t") + 1


def _across(text: str, row: int) -> bool:
    """Whether the row starting at row is one of a table's rows, a line above or below as many
    cells wide (one record to a column), not a form's line with two dates (生年月日: … | 2020/04/01)."""
    end = text.find("\n", row)
    width = _cells(text[row:len(text) if end < 0 else end])
    above = text[text.rfind("\n", 0, max(0, row - 1)) + 1:max(0, row - 1)] if row else ""
    below = text[end + 1:len(text) if text.find("\n", end + 1) < 0 else text.find("\n", end + 1)] if end >= 0 else ""
    return any(line.strip() and _cells(line) == width for line in (above, below))


def _is_birth_label(label: str) -> bool:
    return (0 < len(label) <= _ROW_LABEL_LENGTH and not any(ch.isdigit() for ch in label)
            and not label.startswith(("(", "（"))  # （生年月日） after a value labels that value (date_of_birth_spread)
            and (_BIRTH_HEADER.search(label) is not None or _BARE_BIRTH.fullmatch(label) is not None))


_ANY_CODED = re.compile(r"(?P<code>[1-9])-?(?P<y>[0-9]{2})(?P<m>[0-9]{2})(?P<d>[0-9]{2})")


def labelled_date(text: str):
    """The date of a value under a birth label: as parse() reads it, else a host's
    元号コード (3580302, 4050302) when the 社会保険 code gives no date. Not in parse():
    the column reader labels a column of host codes as such (5 is 令和 there)."""
    date = parse(text)
    if date is not None:
        return date
    coded = _ANY_CODED.fullmatch(text.strip())
    return coded_date(coded["code"], coded["y"], coded["m"], coded["d"]) if coded else None


class LabelledDateOfBirthRecognizer(DateOfBirthRecognizer):
    """Shapes that are a birth only beside a birth word: 19800401 and 5-550401 under
    a birth label in their cell, English dates (01 APR 1980) with a birth context. No
    pattern reaches the threshold alone, so the detector runs this recognizer only on
    text holding one of its context words (the English patterns cost more than all
    the others on text without one)."""

    PATTERNS = (
        ("date_digits", alternatives_after([("18", ""), ("19", ""), ("20", "")], "[0-9A-Za-z]") + r"[0-9]{6}" + _GUARD_AFTER,
         0.15),
        ("date_coded", starts_after("[1-9MTSHR]", "[0-9A-Za-z]") + r"-?[0-9]{6}" + _GUARD_AFTER, 0.15),
        ("date_english", starts_after("[0-9]", "[0-9A-Za-z]") + _DAY_MONTH_REST, 0.2),
        ("date_english_month_first", _MONTH_DAY, 0.2),
        ("date_day_then_year",
         starts_after("[0-9]", "[0-9]") + r"[0-9]? *月 *[0-9]{1,2} *日 *[(（] *(?:18|19|20)[0-9]{2} *年? *[)）]", 0.2),
    )
    PREFILTER = (rf"(?:18|19|20)[0-9]{{6}}|[1-9MTSHR]-?[0-9]{{6}}|[0-9][ -]?(?i:{_MONTH})|(?i:{_MONTH})\.? ?[0-9]"
                 r"|日 *[(（] *(?:18|19|20)[0-9]{2}")
    # a column the column reader labelled 元号コード is CodedDateOfBirthRecognizer's (5 is 令和 there); under
    # a birth label a document wrote, the 社会保険 code first, a host's 1–5 when only it reads (3580302)
    LABELLED = {"date_digits": _BIRTH_LABEL, "date_coded": rf"(?:{_BIRTH_LABEL})(?![^\t]*元号コード)"}
    PARSE = staticmethod(labelled_date)


DATE_START = re.compile(ANY_DATE)


class DateWithinRecognizer(DateOfBirthRecognizer):
    """A birth told by what surrounds the date (an age, the record's subject): the
    patterns match the date with its surroundings, and only the date is reported."""

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for result in results:
            date = DATE_START.search(text, result.start, result.end)
            if date:
                result.start, result.end = date.span()
        return results
