"""A conviction named as the reason of one's own rule (beliefs24, read across writers 16–23):
`<its name>の信条から` (信念/思想, により/に基づき/上) and then what the person keeps to, however
the rule ends — a verb's negative (食べない, 扱わない), or, in a form's cell, a JSON field or a
mail's sentence, a restriction's noun (動物性食品不可, 肉類NG, 革製品は不使用, 献血お断り).
Not an equal-treatment clause (信条により不利益な取扱いをしない, 信条による差別: no one's belief),
and not an organisation's own creed (当社の信念から保存料を使わない)."""

from __future__ import annotations

import re

# a restriction said as a noun (a cell's, a field's, a form's way of saying "does not")
RULE_NOUNS = r"不可|禁止|厳禁|NG|お断り|不使用|除去|不参加"
# an equal-treatment clause or a rule for anyone
_NO_ONES = re.compile(r"差別|区別|不利益|取扱|取り扱|採否|理由として")
# an organisation's own creed: the words right before the conviction end in a body's word
_A_BODY = re.compile(r"(?:社|店|院|園|校|局|課|庁|省|団|党|組合|法人|私ども|我々|われわれ)の?\Z")
_BEFORE = 8


def a_persons_rule(text: str, start: int, end: int, conviction: int) -> bool:
    """Whether the phrase (its conviction's word at `conviction`) tells one person's rule."""
    return not _NO_ONES.search(text, start, end) and not _A_BODY.search(text, max(0, conviction - _BEFORE), conviction)


# the conviction's name before it (ヴィーガンの信条, 動物愛護の信念): the phrase's first words
_ITS_NAME = re.compile(r"[一-龥々ァ-ヺー・A-Za-z]{1,12}の\Z")


def with_its_name(text: str, start: int) -> int:
    """The phrase's start moved back over the conviction's name and its の, when right before it."""
    name = _ITS_NAME.search(text, max(0, start - 13), start)
    return name.start() if name else start
