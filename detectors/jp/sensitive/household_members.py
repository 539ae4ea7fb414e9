"""A disease named alone of one of the reader's household (issue 12, health19; see households)."""

from __future__ import annotations

from detectors.jp.sensitive.households import HOUSEHOLD, THERE_IS, in_household
from detectors.jp.sensitive.phrases import Phrase


class HouseholdMatcher:
    """A disease or a treatment named alone before `の方が(いる)` in such a sentence (ご家族に
    甲状腺機能低下症の方がいらっしゃる): no predicate says the disease is someone's, the household
    does. disease_before: HealthMatcher's reader of a disease ending at a position."""

    def __init__(self, disease_before) -> None:
        self._disease_before = disease_before

    def find(self, text: str, cells=None) -> list[Phrase]:
        if "方" not in text or not HOUSEHOLD.search(text):
            return []  # cheap gate: most texts speak of no household
        found = []
        for there in THERE_IS.finditer(text):
            end = there.start() - 1
            if end <= 0 or text[end] != "の":
                continue
            start = self._disease_before(text, end)
            if start is not None and in_household(text, start, end):
                found.append(Phrase(start, end, "病歴"))
        return found
