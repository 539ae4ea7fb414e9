"""A member of a known religion by its body's member word, whatever the word (beliefs24):
`<religion>の<…>員` — 日蓮正宗の法華講員, 創価学会の壮年部員, 天理教の教会部員 — where the
lexicon's member words (信者, 門徒, 会員 …) do not reach; not the body's staff (職員, 教員,
研究員, 事務員: a job, no faith told)."""

from __future__ import annotations

import re

from detectors.jp.sensitive.lexicon import Gated, Lexicon, words_regex
from detectors.jp.sensitive.phrases import Cells, Phrase, is_denied, is_generic

_MEMBER = r"の?[一-龥]{1,3}員(?![一-龥])"
_STAFF = re.compile(r"(?:職|教|社|議|係|人|定|全|店|動|満|研究|要|作業|従業|事務|派遣|調査|相談|指導|委)員\Z")


class FaithMemberWords:
    def __init__(self, lexicon: Lexicon) -> None:
        self._member = Gated(rf"{words_regex(lexicon.religions)}{_MEMBER}", ("員",))

    def find(self, text: str, cells: Cells) -> list[Phrase]:
        found = [Phrase(*m.span(), "宗教") for m in self._member.finditer(text) if not _STAFF.search(m.group())]
        return [p for p in found if not is_denied(text, p.end) and not is_generic(text, p.start, p.end)]
