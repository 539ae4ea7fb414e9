"""A disease named alone of one of the reader's household (issue 12, health19; see households)."""

from __future__ import annotations

import re

from detectors.jp.sensitive.households import THERE_IS, in_household
from detectors.jp.sensitive.phrases import Phrase


class HouseholdMatcher:
    """A disease or a treatment named alone before `の方が(いる)` in such a sentence (ご家族に
    甲状腺機能低下症の方がいらっしゃる): no predicate says the disease is someone's, the household
    does. disease_before: HealthMatcher's reader of a disease ending at a position."""

    def __init__(self, disease_before, disease_like) -> None:
        self._disease_before, self._disease_like = disease_before, disease_like

    def find(self, text: str, cells=None) -> list[Phrase]:
        found: list[Phrase] = []
        for there in THERE_IS.finditer(text) if "方" in text else ():  # opens with 方: scanned for in C
            end = there.start() - 1
            if end <= 0 or text[end] != "の":
                continue
            start = self._disease_before(text, end)
            if start is not None and in_household(text, start, end):
                found.append(Phrase(start, end, "病歴"))
        return found + one_of_the_party(text, self._disease_like)


# one member of a party singled out, then a disease as the reason for an arrangement (うち1名は糖尿病
# なので別メニューに, お一人はてんかん(服薬中)のため1階の部屋を): that member's 病歴, though no predicate
# says "has" — a booking's, an order's or a tour's request names its party (health19)
_ONE_OF_THEM = re.compile(r"(?:うち|中|内)(?:の)?(?:1|一)(?:名|人)(?:は|が)|お一人(?:は|が|様は)")
_REASON = re.compile(r"(?P<remark>\([^()\n]{1,16}\))?(?:なので|のため|ですので|につき)")
REACH = 24


def one_of_the_party(text: str, disease_like) -> list[Phrase]:
    """The disease (and its remark in brackets) after a singled-out member and before a reason;
    disease_like: a noun test (HealthMatcher.disease_like)."""
    if "一人" not in text and "1名" not in text and "1人" not in text and "一名" not in text:
        return []  # cheap gate
    found = []
    for one in _ONE_OF_THEM.finditer(text):
        for end in range(one.end() + 2, min(len(text), one.end() + REACH)):
            reason = _REASON.match(text, end)
            if reason and disease_like(text[one.end():end]):
                found.append(Phrase(one.end(), reason.end("remark") if reason.group("remark") else end, "病歴"))
                break
    return found
