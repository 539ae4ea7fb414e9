"""A disability told with its degree (軽度知的障害, 重度の聴覚障害です) is the disability: a 病歴
phrase that only wraps a 障害 phrase in a degree word and a copula takes its category — the
degree is how severe the disability is, not a disease of its own."""

from __future__ import annotations

import re

from detectors.jp.sensitive.phrases import Phrase

_DEGREE = re.compile(r"(?:軽度|中度|中等度|重度|最重度|高度|軽い|重い)(?:の)?")
_TAIL = re.compile(r"(?:です|である|あり|がある|を持つ)?")


def _only_degree(text: str, outer: Phrase, inner: Phrase) -> bool:
    before, after = text[outer.start:inner.start], text[inner.end:outer.end]
    return bool(_DEGREE.fullmatch(before.strip()) and _TAIL.fullmatch(after.strip())
                and (before.strip() or after.strip()))


def disabilities_with_degree(text: str, found: list[Phrase]) -> list[Phrase]:
    """The phrases, a 病歴 phrase that is a 障害 phrase with its degree recategorised 障害."""
    disabilities = [p for p in found if p.category == "障害"]
    if not disabilities:
        return found
    return [p._replace(category="障害") if p.category == "病歴" and not p.key and any(
        p.start <= d.start and d.end <= p.end and _only_degree(text, p, d) for d in disabilities) else p
        for p in found]
