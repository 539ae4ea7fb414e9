"""A date beside an age is a birth date, whatever the label (or none): 「1980年4月1日
（45歳）」, 「S55.4.1・満45才」, 「昭和55.4.1（45）」, 「45歳（1980年4月1日）」. The age must
fit the date (the year plus the age is a year a document is written in), and a bare
number in brackets counts only from ten years up (「2026/4/1（2）」 is no age). Only
the date is reported.

In a roster whose header was lost (a PDF's lines, a headerless export) the age is a
bare number in the next field (「S41.3.11　60　明石市…」): it counts only when it is
the age today, or a year less (the list may be a year old), from ten years up."""

from __future__ import annotations

import datetime as dt
import re

from detectors.jp.base import starts_after
from detectors.jp.date_of_birth import ANY_DATE, DateWithinRecognizer, parse

_AGE_AFTER = re.compile(r"(?:満 ?)?(?P<age>[0-9]{1,3}) *(?P<unit>歳|才)?[)）]?$")
_AGE_BEFORE = re.compile(r"(?:満 ?)?(?P<age>[0-9]{1,3}) *(?P<unit>歳|才)")
# year of birth + age: the year the document was written, within these
WRITTEN_FROM, WRITTEN_TO = 1990, 2040
OLDEST, YOUNGEST_UNITLESS = 110, 10
# a bare age in the field after the date: a blank, a tab or a full-width space apart, the field ending there
_BARE_AGE = re.compile(r"[ \t](?P<age>[0-9]{2,3})$")


class AgedDateOfBirthRecognizer(DateWithinRecognizer):
    PATTERNS = (
        # the age after the date: with its unit, in brackets, or bare in the next field of a roster whose
        # header was lost (one pattern, so the text is searched for its dates once); a bare number is not
        # a count (2016/4/1 10 件, 16 名様; 本 of 本郷 is a town's)
        ("date_then_age", ANY_DATE + r"(?: *[(（・,、/／] *(?:満 ?)?[0-9]{1,3} *(?:歳|才)[)）]?"
         r"| *[(（] *(?:満 ?)?[0-9]{2,3} *[)）]"
         r"|[ \t]+[0-9]{2,3}(?=[ \t\n]|\Z)(?![ \t]*[件名人個円回日年部冊枚本点%](?:[^一-龥]|[様分間目]|\Z)))", 0.7),
        # begins with its first digit (see starts_after): 満 before it is left out of the match
        ("age_then_date", starts_after("[0-9]", "[0-9]") + r"[0-9]{0,2} *(?:歳|才) *[(（・,、/／] *" + ANY_DATE, 0.7),
    )
    PREFILTER = r"歳|才|[(（] ?[0-9]{2,3} ?[)）]|[0-9日][ \t]+[0-9]{2,3}(?:[ \t\n]|\Z)"

    def is_valid(self, value: str) -> bool:
        bare = _BARE_AGE.search(value)
        if bare:
            return _age_today(parse(value[:bare.start()].strip()), int(bare["age"]))
        date = parse(value)
        age = _AGE_BEFORE.match(value) or _AGE_AFTER.search(value)
        if date is None or age is None:
            return False
        years = int(age["age"])
        least = 0 if age["unit"] else YOUNGEST_UNITLESS
        return least <= years <= OLDEST and WRITTEN_FROM <= date.year + years <= WRITTEN_TO


def _age_today(born: dt.date | None, age: int) -> bool:
    """Whether age is the age of someone born on born, today or a year ago."""
    if born is None or age < YOUNGEST_UNITLESS:
        return False
    today = dt.date.today()
    now = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    return age in (now, now - 1)
