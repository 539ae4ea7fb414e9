"""The disease or treatment named just before a position on its line (care16), read back
from a run of word letters and kana: the longest tail the caller accepts, a tail holding
kana only when the lexicon knows it (くも膜下出血, 抗がん剤 — not 大和田は|くも膜下出血)."""

from __future__ import annotations

import re
from collections.abc import Callable

from detectors.jp.sensitive.lexicon import WORD_CHAR

_RUN_BEFORE = re.compile(rf"[{WORD_CHAR}ぁ-ゖ]{{2,16}}\Z")
_KANA = re.compile(r"[ぁ-ゖ]")
LOOK_BACK = 16


def named_before(text: str, end: int, accepts: Callable[[str], bool], known: Callable[[str], bool]) -> int | None:
    """Where the accepted name ending at `end` starts, if one does."""
    line_start = text.rfind("\n", 0, end) + 1
    run = _RUN_BEFORE.search(text, max(line_start, end - LOOK_BACK), end)
    if run is None:
        return None
    words = run.group()
    for start in range(0, len(words) - 1):
        noun = words[start:]
        if (not _KANA.search(noun) or known(noun)) and accepts(noun):
            return run.start() + start
    return None
