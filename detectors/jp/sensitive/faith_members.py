"""A member of a known religion by its body's member word, whatever the word (beliefs24):
`<religion>の<…>員` — 日蓮正宗の法華講員, 創価学会の壮年部員, 天理教の教会部員 — where the
lexicon's member words (信者, 門徒, 会員 …) do not reach; not the body's staff (職員, 教員,
研究員, 事務員: a job, no faith told)."""

from __future__ import annotations

import re

from detectors.jp.sensitive.lexicon import Lexicon, compile_pattern, words_regex
from detectors.jp.sensitive.phrases import Cells, Phrase, is_denied, is_generic

_MEMBER = r"の?[一-龥]{1,3}員\Z"
_STAFF = re.compile(r"(?:職|教|社|議|係|人|定|全|店|動|満|研究|要|作業|従業|事務|派遣|調査|相談|指導|委)員\Z")
_KANJI = re.compile(r"[一-龥]")


class FaithMemberWords:
    def __init__(self, lexicon: Lexicon) -> None:
        # read back from each 員 (found by str.find, in C), never scanned over the whole text
        self._member = compile_pattern(rf"{words_regex(lexicon.religions)}{_MEMBER}")
        self._reach = max(map(len, lexicon.religions)) + 5

    def find(self, text: str, cells: Cells) -> list[Phrase]:
        found = []
        at = text.find("員")
        while at >= 0:
            end = at + 1
            if not _KANJI.match(text, end):  # 員 ends the word (not 員数, 員外)
                match = self._member.search(text, max(0, end - self._reach), end)
                if match and not _STAFF.search(match.group()):
                    found.append(Phrase(*match.span(), "宗教"))
            at = text.find("員", end)
        return [p for p in found if not is_denied(text, p.end) and not is_generic(text, p.start, p.end)]
