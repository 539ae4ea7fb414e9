"""What was done for a disease, and a body part's loss (sens25, issue 12), read by the health matcher.

- An operation done on the disease (〜を内視鏡で切除した, 〜で抜歯予定), a treatment done (〜手術済み),
  done a number of times (〜移植を3回, 〜受精4回目) or kept up for years (透析歴12年, 断酒歴6年): predicates
  that tell of a person only after a disease or a treatment (health.names_a_disease decides the noun).
- A remark in brackets between the noun and its predicate (歯周病(重度)で, 手術(両眼)済み) names a degree
  or a side: the noun before it is what the predicate tells of. A name in brackets (ストーマ(人工肛門)を)
  is no remark, and is read as it stands.
- A count of a prevention (ワクチン注射を2回) is no treatment.
- A body part with its loss (左上肢に欠損あり, 右手指の切断) is a disability as its loss of function is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from detectors.first_chars import finder_of, matches

_COUNT = r"[0-9一二三四五六七八九十]{1,2}"
CARE_DONE = (r"(?:切除|摘出|抜歯)(?:し(?:た|て(?:いる|おり))?|術|予定|済み?)?|済み?"
             rf"|を *{_COUNT} *回(?![数線答収覧])|(?<![0-9第]){_COUNT} *回目"
             rf"|歴 *{_COUNT} *(?:年|か月|ヶ月|カ月)")
REMARK_REACH = 18

BODY_DISABILITY = re.compile(r"(?:[左右両]?(?=[上下手足腕脚指])|)"
                             r"(?:聴覚|視覚|目|耳|足|脚|腕|手|指|視力|聴力|下肢|上肢|体幹|心臓|腎臓|言語|発語)(?:に|の)?"
                             r"(?:(?:機能)?(?:障害|障がい|障碍|麻痺|まひ)(?:が(?:あり|ある|残って(?:いる|おり)|残る))?"
                             r"|(?:欠損|切断|全廃)(?:あり|がある|している)?)")
_BODY_DISABILITY_FINDER = finder_of(BODY_DISABILITY)  # its side opens with an empty branch: re would try every position


def body_disabilities(text: str) -> Iterator[re.Match]:
    """BODY_DISABILITY.finditer(text), tried only where a side or a body part's first letter stands."""
    return matches(BODY_DISABILITY, _BODY_DISABILITY_FINDER, text)


def remark_opening(text: str, end: int) -> int:
    """Where a remark in brackets ending at `end` opens; `end` itself when none ends there."""
    if end < 3 or text[end - 1] != ")":
        return end
    opening = text.rfind("(", max(0, end - REMARK_REACH), end - 1)
    return opening if opening > 0 and "\n" not in text[opening:end] else end


def past_a_remark(text: str, end: int, noun_before: Callable[[str, int], int | None]) -> tuple[int, int | None]:
    """(end, start) of the disease or treatment ending at `end`, or else of the one before a remark
    that names nothing ending there; (end, None) when neither is (or the remark is a name itself)."""
    start = noun_before(text, end)
    opening = remark_opening(text, end)
    if start is not None or opening == end or noun_before(text, end - 1) is not None:
        return end, start
    return opening, noun_before(text, opening)


def counts_a_prevention(predicate: str, noun: str, not_care: tuple[str, ...]) -> bool:
    """A count said of a prevention (ワクチン注射を2回, 〜2回目): no treatment of the person's."""
    return "回" in predicate and any(word in noun for word in not_care)
