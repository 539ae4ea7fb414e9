"""A life's two dates, birth then death (issue 12, births13): 「故 山田一郎（1930.4.1-2015.6.7）」,
「1930年4月1日～2015年6月7日（享年85歳）」. A pair of dates joined by a dash or a wave is a period
(在籍期間, 契約期間) unless what stands with it says it is a life: 故 or 亡 before the name whose
brackets hold it, or 享年 after it (a 生没 label is a birth's context word: DateOfBirthRecognizer).
The first date is the birth and is reported; the second, the death, ends the pair and is no
birth (date_deaths)."""

from __future__ import annotations

import re

from detectors.jp.date_of_birth import ANY_DATE, DATE_START, DateWithinRecognizer, parse
from detectors.jp.date_of_birth_subject import _NAME

_TO = r" *[~〜\-–—−ー] *"  # NFKC made ～ a ~ and － a -
_PAIR = rf"{ANY_DATE}{_TO}{ANY_DATE}"


def _life(value: str) -> bool:
    """Whether value holds two real dates, the first before the second."""
    days = [parse(m.group()) for m in DATE_START.finditer(value)][:2]
    return len(days) == 2 and None not in days and days[0] < days[1]


class LifespanDateOfBirthRecognizer(DateWithinRecognizer):
    PATTERNS = (
        ("lifespan_of_the_late", rf"(?:故|亡) *{_NAME} *[(（] *{_PAIR} *[)）]", 0.7),
        ("lifespan_then_age", rf"{_PAIR} *[(（、,]? *享年", 0.7),
    )
    NEGATIVE_CONTEXT = ()  # the label, 故 or 享年 in the match says whose dates they are
    PREFILTER = "故|亡|享年"

    def is_valid(self, value: str) -> bool:
        return _life(value)
