"""生年月日: Western and 和暦 dates (`昭和45年6月7日生`, `S45.6.7`, `H02/01/08`,
`令和元年5月1日`, `昭和四十五年六月七日`, `1990年1月2日`, `1990-01-02`, and `19900102`
in a host's export), reported only with birth context; impossible era dates are
rejected. Other dates (契約日, 面談日, 復職予定日) are not personal data by themselves."""

from __future__ import annotations

import re
from functools import lru_cache

from detectors.entities import DATE_OF_BIRTH
from detectors.jp.base import JapanesePatternRecognizer, alternatives_after
from detectors.jp.wareki import era_date, western_date

_N = r"(?:[0-9]{1,2}|[〇一二三四五六七八九十]{1,3})"
# spaces only (NFKC made U+3000 one): never a tab or newline, which end a cell or a line
_ERA = rf"(?P<era>明治|大正|昭和|平成|令和|[MTSHR])\.? *(?P<ey>元|{_N}) *[年./-] *(?P<em>{_N}) *[月./-] *(?P<ed>{_N}) *日?"
_WEST = r"(?P<wy>(?:18|19|20)[0-9]{2}) *[年/.-] *(?P<wm>[0-9]{1,2}) *[月/.-] *(?P<wd>[0-9]{1,2}) *日?"
_COMPACT = r"(?P<cy>(?:18|19|20)[0-9]{2})(?P<cm>[0-9]{2})(?P<cd>[0-9]{2})"
_DATE = re.compile(rf"(?:{_ERA}|{_WEST}|^{_COMPACT}$)")
_GUARD_AFTER = r"(?![0-9])"
# The same dates for the search, written as one alternation of words that start
# them (昭和, S, 19, …), each not right after a letter or digit, so that `re` scans
# for their first characters (see starts_after); parse() reads the parts.
_ERA_REST = rf"\.? *(?:元|{_N}) *[年./-] *{_N} *[月./-] *{_N} *日?"
_WEST_REST = r"[0-9]{2} *[年/.-] *[0-9]{1,2} *[月/.-] *[0-9]{1,2} *日?"
_ANY_DATE = alternatives_after([(era, _ERA_REST) for era in ("明治", "大正", "昭和", "平成", "令和", *"MTSHR")]
                               + [(century, _WEST_REST) for century in ("18", "19", "20")], "[0-9A-Za-z]")


@lru_cache(maxsize=4096)
def parse(text: str):
    """The date in text, or None when it is not a real date (parsed once for the
    check and the canonical form; a roster repeats its join dates)."""
    match = _DATE.search(text)
    if not match:
        return None
    if match["era"]:
        return era_date(match["era"], match["ey"], match["em"], match["ed"])
    if match["cy"]:
        return western_date(match["cy"], match["cm"], match["cd"])
    return western_date(match["wy"], match["wm"], match["wd"])


class DateOfBirthRecognizer(JapanesePatternRecognizer):
    ENTITY = DATE_OF_BIRTH
    PATTERNS = (
        ("date_born", _ANY_DATE + " *生(?:まれ)?", 0.7),
        ("date", _ANY_DATE + _GUARD_AFTER, 0.2),
        ("date_digits", alternatives_after([("18", ""), ("19", ""), ("20", "")], "[0-9A-Za-z]") + r"[0-9]{6}" + _GUARD_AFTER,
         0.15),
    )
    CONTEXT = ("生年月日", "誕生日", "生まれ", "dob", "date of birth", "birth", "birthday", "出生", "セイネンガッピ")
    NEGATIVE_CONTEXT = ("契約日", "作成日", "入社日", "発行日", "更新日", "提出日", "申請日", "交付日", "登録日",
                        "有効期限", "記入日", "受付日", "退職日", "面接日", "面談日", "予定日", "取得日", "開始日",
                        "届出日", "異動", "休暇")
    PREFILTER = r"[0-9〇一二三四五六七八九十元][年./-]|[0-9]{4}-|(?:18|19|20)[0-9]{6}"
    LABELLED = {"date_digits": "生年月日|誕生日|生まれ|dob|birth|セイネンガッピ"}

    def is_valid(self, value: str) -> bool:
        return parse(value) is not None

    @staticmethod
    def canonical(value: str) -> str:
        date = parse(value)
        return date.isoformat() if date else value.strip()
