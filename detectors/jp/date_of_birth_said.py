"""Births as other hands write them (issue 12, births6).

A date said to be a birth (`1985年4月12日生まれ`, `S60.4.12生`) is one whatever word stands
near it: 「新入社員の件 … 山田さん（1985年4月12日生まれ）」 was dropped for the 入社 before it.
The 生 must end the word (not 生産, 生徒, 生命 of 日生, 生活). A sentence says it too: 「…は
1985年4月12日に生まれました」, 「…の生まれ」, 「産まれ」, 「出生」 (not 生まれ変わる, 出生率).

Beside a birth label only (LabelledDateOfBirthRecognizer's gate): a two-digit year with
kanji or after an apostrophe (`85年4月12日`, `'85.4.12`), a Western year in 漢数字
(`一九八五年四月十二日`), the era's year in brackets before 年 (`1985(S60)年4月12日`). An
era's year is never read as two digits (`昭和60年…`)."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from detectors.jp.base import alternatives_after, starts_after
from detectors.jp.date_of_birth import ANY_DATE, _BIRTH_LABEL, NOT_BORN, DateOfBirthRecognizer, DateWithinRecognizer
from detectors.jp.date_of_birth_forms import ForeignDateOfBirthRecognizer, full_year
from detectors.jp.wareki import number, western_date

_KANJI = "[〇一二三四五六七八九十]"
# a town, a hospital: 札幌で, 市民病院にて, 大阪の病院で, 実家近くの産院で (no stop or comma between)
_PLACE = r"[^\s。、,.!?！？「」0-9]{1,12}?(?:で|にて) *"
_SHORT = re.compile(r"(?P<y>[0-9]{2}) *(?:年 *(?P<m>[0-9]{1,2}) *月 *(?P<d>[0-9]{1,2})"
                    r"|(?P<s>[./-])(?P<m2>[0-9]{1,2})(?P=s)(?P<d2>[0-9]{1,2}))")
# 1985(S60)年4月12日: the era's year in brackets before 年
_BRACKET = r" *[(（][^)）\n]{1,6}[)）] *年 *"
_BRACKETED = re.compile(rf"(?P<y>(?:18|19|20)[0-9]{{2}}){_BRACKET}(?P<m>[0-9]{{1,2}}) *月 *(?P<d>[0-9]{{1,2}})")
_KANJI_WEST = re.compile(rf"(?P<y>[一二][〇一二三四五六七八九]{{3}}) *年 *(?P<m>{_KANJI}{{1,2}}) *月 *(?P<d>{_KANJI}{{1,3}})")


class BornDateOfBirthRecognizer(DateOfBirthRecognizer):
    """A date with 生 or 生まれ right after it: no negative word drops it."""

    # also in a sentence: 1985年4月12日に生まれ, …の生まれ, 産まれ, 出生 (not 生まれ変わる, 出生率); one
    # pattern, so the text is searched for its dates once
    # the place may stand between (…に札幌で生まれ, …に東京都内にて出生)
    PATTERNS = (("date_said_born", ANY_DATE + " *(?:生(?:まれ)?" + NOT_BORN + r"|(?:に|の) *(?:" + _PLACE
                 + r")?(?:生まれ|生れ|産まれ)(?!変)"
                 r"|に? *出生(?![率数地届])|産まれ)", 0.7),
                # eight digits with 生 after them, a form's compact date (（19650928生）: people18b)
                ("date_compact_born", alternatives_after([("19", ""), ("20", "")], "[0-9]") + "[0-9]{6}"
                 + "(?= *生(?:まれ)?" + NOT_BORN + ")", 0.7))
    NEGATIVE_CONTEXT = ()
    PREFILTER = "生|産まれ"


@lru_cache(maxsize=1024)
def odd_date(text: str) -> dt.date | None:
    """The date of `85年4月12日`, `'85.4.12` or `一九八五年四月十二日`; None when none."""
    bracketed = _BRACKETED.search(text)
    if bracketed:
        return western_date(bracketed["y"], bracketed["m"], bracketed["d"])
    kanji = _KANJI_WEST.search(text)
    if kanji:
        year, month, day = (number(kanji[k]) for k in ("y", "m", "d"))
        return None if None in (year, month, day) else western_date(str(year), str(month), str(day))
    short = _SHORT.search(text)
    if not short:
        return None
    date = western_date(str(full_year(short["y"])), short["m"] or short["m2"], short["d"] or short["d2"])
    return date if date and date <= dt.date.today() else None


class OddDateOfBirthRecognizer(ForeignDateOfBirthRecognizer):
    """Two-digit years with 年 or an apostrophe, 漢数字 Western years, under a birth label."""

    PATTERNS = (
        ("date_two_digit_kanji", starts_after("[0-9]", "[0-9A-Za-z元和成正治明大昭平令'’‘`]") + r"[0-9] *年 *[0-9]{1,2} *月"
         r" *[0-9]{1,2}(?: *日)?", 0.15),
        ("date_apostrophe_dotted", r"['’‘`][0-9]{2}([./-])[0-9]{1,2}\1[0-9]{1,2}(?![0-9])", 0.2),
        ("date_bracketed_era", rf"(?:18|19|20)[0-9]{{2}}{_BRACKET}[0-9]{{1,2}} *月 *[0-9]{{1,2}}(?: *日)?", 0.2),
        ("date_kanji_west", rf"[一二][〇一二三四五六七八九]{{3}} *年 *{_KANJI}{{1,2}} *月 *{_KANJI}{{1,3}}(?: *日)?", 0.15),
    )
    PREFILTER = r"(?<![0-9])[0-9]{2} *年 *[0-9]{1,2} *月|['’‘`][0-9]{2}[./-]|[一二][〇一二三四五六七八九]{3} *年|[)）] *年"
    LABELLED = {"date_two_digit_kanji": _BIRTH_LABEL, "date_kanji_west": _BIRTH_LABEL}
    PARSE = staticmethod(odd_date)


class BornThenDateOfBirthRecognizer(DateWithinRecognizer):
    """生まれ before the date it says: 「…さんの生まれは1980年4月12日です」, 「生まれ（S55.4.12）」.
    Only the date is reported."""

    PATTERNS = (("born_then_date", rf"(?:生まれ|産まれ) *(?:は|[(（]) *{ANY_DATE}", 0.7),)
    NEGATIVE_CONTEXT = ()  # the word in the match says whose day it is
    PREFILTER = "生まれ|産まれ"
