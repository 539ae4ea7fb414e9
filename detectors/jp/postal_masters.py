"""Postal codes that are no one's: a master of towns (日本郵便's KEN_ALL, a carrier's town
list) gives each code with its prefecture and town and no block, row after row
(4100801,静岡県,沼津市,大手町); a person's record has a block, a lot or a name on its
line. Two rows or more of that shape make the text a master, and their codes are left
(address15)."""

from __future__ import annotations

import re

from detectors.jp.address import PREFECTURES
from detectors.lines import COMPOSED_HEADER

# a row of a master: the code, then the prefecture and the town's names, no digit to the line's end
# (each cell may carry its header composed before its value: 郵便番号: 4100801\t都道府県: 静岡県 …)
_MASTER_ROW = re.compile(rf"^[ \t\"]*{COMPOSED_HEADER}[0-9]{{3}}-?[0-9]{{4}}\"?[ \t,]+\"?{COMPOSED_HEADER}(?:"
                         + "|".join(PREFECTURES) + r")[^0-9\n]*$", re.MULTILINE)


def without_town_masters(text: str, results: list) -> list:
    """The results less the codes of a master's rows."""
    if not results:
        return results
    rows = [(m.start(), m.end()) for m in _MASTER_ROW.finditer(text)]
    if len(rows) < 2:
        return results
    return [r for r in results if not any(start <= r.start < end for start, end in rows)]
