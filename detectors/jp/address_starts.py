"""Where a city's address starts in a sentence: a word of time said before the place
(先月弘前市…に転居, 現在は…, 昨年…へ) is no part of it; a city's name never starts with
one. The match is moved past it (contact10)."""

from __future__ import annotations

import re

_TIME_WORD = re.compile(r"(?:先|今|来|前|翌)月|(?:今|昨|去|来|前|翌|同)年|先週|今週|現在|以前|当時|最近|昨年度|今年度")


def past_time_words(text: str, results: list) -> None:
    """Move each result's start past a word of time it opens with (in place)."""
    for result in results:
        word = _TIME_WORD.match(text, result.start, result.end)
        if word is not None and word.end() < result.end:
            result.start = word.end()
