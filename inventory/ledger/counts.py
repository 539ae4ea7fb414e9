"""件数 wording: `50件/累計`, `約100件/月`, `5世代`, `膨大(数値化不能)`.

Only totals (累計/累積, or no period) can be compared with what a scan counts;
rates per month or year describe a flow, not what is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from inventory.ledger.text import normalize_words

_COUNT = re.compile(r"(?P<about>約|およそ|概ね)?\s*(?P<n>[0-9][0-9,]*)\s*(?P<unit>件|名|人|枚|世代|台|通)?"
                    r"\s*(?:[/／]\s*(?P<per>累計|累積|月|年|日|週|回))?")
_TOTAL = ("累計", "累積", None)


@dataclass(frozen=True)
class DeclaredCount:
    text: str
    number: int | None = None
    unit: str | None = None
    per: str | None = None

    @property
    def comparable(self) -> bool:
        return self.number is not None and self.per in _TOTAL and self.unit in ("件", "名", "人", None)


def parse_count(text: str) -> DeclaredCount:
    words = normalize_words(text)
    match = _COUNT.search(words)
    if not words or not match:
        return DeclaredCount(text)
    return DeclaredCount(text, int(match["n"].replace(",", "")), match["unit"], match["per"])
