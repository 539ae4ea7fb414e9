"""POSTAL_CODE as a field of a headerless record: seven digits standing alone between a
record's fields (two spaces or more, a tab, a comma) before an address on its line whose
prefecture the code's first two digits agree with (日本郵便's regions, the data of
detectors/columns): a host's fixed-width member file (… 6041978  07066355180 … 京都府京都市…).
A slip number or an amount agrees with its line's prefecture by chance only (an amount
after the address is never read), and is left (contact10)."""

from __future__ import annotations

import re

from detectors.columns.places import postal_regions, prefecture_of
from detectors.jp.address import PREFECTURES

# a person's address: its prefecture and a block or a lot (a master of towns, KEN_ALL, has none)
_PERSONS_ADDRESS = re.compile("(?:" + "|".join(PREFECTURES) + r")[^\t\n,]{1,30}?"
                              r"(?:[0-9一二三四五六七八九十]+(?:丁目|番)|[0-9]+-[0-9]|字[^\s0-9]{1,6}[0-9])")
# the first digit right after a field's edge (written first: re scans for it, see base.starts_after);
# never the record's first field, its key (an employee's or a member's code of seven digits)
FIELD_CODE = r"[0-9](?:(?<=[^\s]  [0-9])|(?<=[^\n][\t,][0-9]))[0-9]{6}(?![0-9])(?=  |[\t,]|$)"
PATTERN_NAME = "postal_record"


def agreeing_records(text: str, results: list, score: float) -> list:
    """The results of the record pattern raised to score where their line's address
    agrees with the code, the others of that pattern dropped; other results kept."""
    kept, regions = [], None
    for result in results:
        explanation = result.analysis_explanation
        if explanation is None or explanation.pattern_name != PATTERN_NAME:
            kept.append(result)
            continue
        end = text.find("\n", result.end)
        address = _PERSONS_ADDRESS.search(text, result.end, len(text) if end < 0 else end)  # after its code
        prefecture = None if address is None else prefecture_of(address.group())
        regions = regions or postal_regions()
        if prefecture is not None and text[result.start:result.start + 2] in regions.get(prefecture, ()):
            result.score = score
            kept.append(result)
    return kept
