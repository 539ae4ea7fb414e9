"""A disability or an aid with its cause in brackets after it is one 障害 item (issue 12, health24):
車いす常用（脊髄損傷）, 車椅子を常用（脊髄損傷）, 杖歩行（脳梗塞の後遺症）. The bracket says why the
person lives with the aid — the way disabilities_told_with_cause reads a cause said before (脊髄損傷
により車椅子を使用) and disability_notes a certificate's class in brackets after a disease. Writers 17,
19, 22 and 23 mark the whole as 障害; the disease inside is no 病歴 finding of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from detectors.jp.sensitive.lexicon import WORD_CHAR
from detectors.jp.sensitive.phrases import Phrase

# how the aid is used, between the disability's phrase and its bracket (常用, を使用, 使用中)
_USE_THEN_BRACKET = re.compile(r"(?:を|の)?(?:常用|使用|利用|装用|装着)?(?:中)? *\(")
_CLOSE_AFTER = 4  # a bracket closes right after the disease (脳梗塞の後遺症), or nearly
_NOUN = re.compile(rf"([{WORD_CHAR}]{{2,16}})\)")  # a noun alone filling the bracket


def with_causes_in_brackets(text: str, found: list[Phrase], disease_like: Callable[[str], bool]) -> list[Phrase]:
    """found with each 障害 phrase taking in the disease bracketed right after it: a 病歴 phrase there
    (no longer a finding of its own), or a noun disease_like names (頸髄損傷, no phrase alone)."""
    if "(" not in text or not any(p.category == "障害" for p in found):
        return found
    causes = {p.start: p for p in found if p.category == "病歴" and not p.key}
    joined: set[Phrase] = set()
    result = []
    for phrase in found:
        if phrase.category == "障害" and not phrase.key:
            opening = _USE_THEN_BRACKET.match(text, phrase.end)
            close = _cause_closed(text, opening.end(), causes, disease_like) if opening else -1
            if close >= 0:
                joined.add(causes.get(opening.end()))
                phrase = Phrase(phrase.start, close + 1, "障害")
        result.append(phrase)
    return [p for p in result if p not in joined]


def _cause_closed(text: str, start: int, causes: dict[int, Phrase], disease_like: Callable[[str], bool]) -> int:
    """Where the bracket opened before start closes, if a disease fills it; else -1."""
    cause = causes.get(start)
    if cause:
        return text.find(")", cause.end, cause.end + _CLOSE_AFTER + 1)
    noun = _NOUN.match(text, start)
    return noun.end() - 1 if noun and disease_like(noun.group(1)) else -1
