"""A release told as the time of a plan (union13): 出所後は母のもとへ, 仮釈放後の帰住先 on
the line after the person's record (窃盗罪で懲役1年, 仮釈放中) is that record again — when
the plan's line follows a record told of the same person, the release is no new finding.
A release told with no record before it (出所後は母のもとへ帰住予定 alone) is the record.
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.phrases import Phrase

# a release said as a time: 出所後, 仮釈放後, 釈放後, 出院後 (the phrase, then 後, or ending with it)
_RELEASE = re.compile(r"(?:出所|仮釈放|仮出所|釈放|出院|満期出所)後?")
_LINES_BACK = 1  # the record on the line before the plan's line, or earlier on its own line


def without_releases_told_again(text: str, found: list[Phrase]) -> list[Phrase]:
    """found without the releases said as a time after a record already told."""
    records = [p for p in found if p.category == "犯罪歴"]
    return [p for p in found if not (p.category == "犯罪歴" and _a_time_after_release(text, p)
                                     and any(r.end <= p.start and r.start >= _lines_before(text, p.start) for r in records))]


def _a_time_after_release(text: str, phrase: Phrase) -> bool:
    return bool(_RELEASE.fullmatch(text, phrase.start, phrase.end)) and (
        text.endswith("後", phrase.start, phrase.end) or text.startswith("後", phrase.end))


def _lines_before(text: str, position: int) -> int:
    """Where the line _LINES_BACK lines before the one at position begins."""
    start = text.rfind("\n", 0, position) + 1
    for _ in range(_LINES_BACK):
        if start == 0:
            break
        start = text.rfind("\n", 0, start - 1) + 1
    return start
