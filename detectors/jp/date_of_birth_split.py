"""A birth written one part a cell, as résumé and application templates in Excel or Word
lay it out: 生年月日 | 昭和 | 58 | 年 | 3 | 月 | 2 | 日生 | （満 | 43 | 歳）, or 平成 | 5年 | 3月 |
2日. A sheet's header composed before each cell (`生年月日: 昭和\t生年月日: 58\t…`) is
passed over. The parts are read as one date; a birth by 生 after the day, or by a birth
label before the first part (its cell's, or the cell before: see date_of_birth). Only the
parts of a date with a tab between them are read here: a date in one cell is the others'."""

from __future__ import annotations

import re
from functools import lru_cache

from detectors.jp.date_of_birth import NOT_BORN, DateOfBirthRecognizer, parse
from detectors.lines import composed_header

# between two parts: blanks, or the end of a cell and the next cell's composed `label: ` (at most
# 16 characters, not lines.COMPOSED_HEADER's 24: a date's part header is short; kept as found, lines10)
_GAP = r"(?: *\t(?:[^\t\n:]{1,16}: )? *| *)"
_PARTS = (rf"(?:明治|大正|昭和|平成|令和|(?:18|19|20)(?=[0-9]{{2}}))(?:{_GAP})(?:元|[0-9]{{1,2}})(?:{_GAP})年(?:{_GAP})"
          rf"[0-9]{{1,2}}(?:{_GAP})月(?:{_GAP})[0-9]{{1,2}}(?:{_GAP})日")
_SPREAD = re.compile(_GAP)
_COMPOSED = re.compile(r"\t([^\t\n:]{1,16}): ")


def _one_column(text: str, start: int, end: int) -> bool:
    """Whether the parts' cells were composed under one label or none (a header merged
    over them, a row's label): a year under 生年 and a day under 誕生日 are two fields."""
    first = text[slice(*composed_header(text, start))]
    return {label for label in _COMPOSED.findall(text, start, end)} <= {first}


@lru_cache(maxsize=1024)
def joined(value: str):
    """The date of parts spread over cells (a tab between them), or None."""
    if "\t" not in value:
        return None
    return parse(_SPREAD.sub("", value.replace("生", "")))


class SplitDateOfBirthRecognizer(DateOfBirthRecognizer):
    PATTERNS = (("split_date_born", _PARTS + rf"(?:{_GAP})生(?:まれ)?" + NOT_BORN, 0.7),
                ("split_date", _PARTS, 0.2))
    PREFILTER = r"年 *\t"
    PARSE = staticmethod(joined)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        return [r for r in super().analyze(text, entities, nlp_artifacts, regex_flags) if _one_column(text, r.start, r.end)]
