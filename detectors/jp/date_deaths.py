"""A death's date is no birth (issue 12, births13).

A record of someone who died holds two dates of theirs, and only the birth is
DATE_OF_BIRTH: 「生年月日 昭和5年4月1日　逝去：平成27年6月7日」, 「（平成27年6月7日没）」,
「DOB 1930-04-01 DOD 2015-06-07」, 「Born 1 April 1930 … passed away on 7 June 2015」. A death is
told by its date's own label, however it ends (逝去:, 没, Died:, DOD: date_labels reads these
words as label endings), by a death word right after the date (…没, …に永眠, …、85歳で死去,
…に亡くなりました) or by an English one right before it (died on, passed away on). The second
date of a pair (1938/7/26～2006/2/27 in a 生没 column, or in one a column reader took for
births) ends a period: never a birth."""

from __future__ import annotations

import re

# words of a death in Japanese (物故, 帰天: a member's, a Christian's) and the English labels of its date
DEATH_WORDS_JA = ("死亡", "逝去", "死去", "永眠", "他界", "物故", "帰天", "没", "歿")
DEATH_LABELS = (*DEATH_WORDS_JA, "death", "died", "deceased", "dod")
# after the date, ending its word: not 没年月日, 死亡保険金受取人 or 逝去: that label the next value
_DIED_AFTER = re.compile(r"[ )）]*(?:に|、|,)? *(?:満 ?)?(?:[0-9]{1,3} *歳 *(?:で|にて)? *)?ご?"
                         rf"(?:{'|'.join(DEATH_WORDS_JA)}|亡くな)(?![一-龥々:=|】\]])")
_DIED_BEFORE = re.compile(r"(?:died|passed away|deceased|date of death|death)(?: on| in)?[ :,-]*$", re.IGNORECASE)
_BEFORE_REACH = 24  # characters of the date's line before it
_PERIOD_END = re.compile(r"[0-9日] *[~〜\-–—−ー] *$")  # NFKC made ～ a ~ and － a -


def no_birth(text: str, start: int, end: int) -> bool:
    """Whether the date from start to end is said to be a death's or ends a period."""
    if _DIED_AFTER.match(text, end) or _PERIOD_END.search(text, max(0, start - 4), start):
        return True
    line = text.rfind("\n", 0, start) + 1
    return _DIED_BEFORE.search(text[max(line, start - _BEFORE_REACH):start]) is not None
