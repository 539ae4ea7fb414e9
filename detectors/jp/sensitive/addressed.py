"""A condition written as the whole value after a person addressed and a colon (people19): a
rescue team's, a class's or a visit's memo gives each person a line, the person's name with
さん or 様 (an address in brackets perhaps), a colon, and what the reader must know of them —
久保寺さん（…）：甲状腺機能低下症, 山田様: 糖尿病. No verb says "has", but the line says whose:
a disease or a treatment alone as the value is that person's (HealthMatcher needs a verb or a
label), a function lost as the certificate writes it (腎臓機能障害1級…) the person's disability. A value that goes on (…の予防について) is a topic, not a condition: the value must end
the line, a full stop at most after it."""

from __future__ import annotations

import re
from collections.abc import Callable

from detectors.jp.sensitive.disabling import LOST_FUNCTION
from detectors.jp.sensitive.phrases import Cells, Phrase

# the honorific, a bracket of the person's details perhaps, the colon, the value to the line's end
# (sought from the honorific's fixed letters)
_ADDRESSED_VALUE = re.compile(r"(?:さん|様|さま|氏|殿|くん|君|ちゃん)(?:[（(][^（()）\n]{0,80}[）)])?[ \u3000]*[：:][ \u3000]*"
                              r"([^\n\t:：。、，,（(]{2,24})(?:[（(][^（()）\n]{0,24}[）)])?。?[ \u3000]*$", re.M)
_WORDS = re.compile(r"[・/／と]")  # 卵・乳アレルギー is one allergy; 高血圧と糖尿病 two diseases


class AddressedConditions:
    def __init__(self, disease_like: Callable[[str], bool]) -> None:
        self.disease_like = disease_like

    def find(self, text: str, cells: Cells) -> list[Phrase]:
        if "：" not in text and ":" not in text:
            return []
        found = []
        for m in _ADDRESSED_VALUE.finditer(text):
            if LOST_FUNCTION.match(m.group(1)):  # 腎臓機能障害1級で人工透析: a function lost, the certificate's words
                found.append(Phrase(*m.span(1), "障害"))
            elif self._condition(m.group(1)):
                found.append(Phrase(*m.span(1), "病歴"))
        return found

    def _condition(self, value: str) -> bool:
        value = value.strip()
        return self.disease_like(value) or all(self.disease_like(part) for part in _WORDS.split(value) if part)
