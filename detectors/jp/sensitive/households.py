"""A member of the reader's household told by an illness (issue 12, health19).

`〜の方が` is how a notice speaks of anyone (糖尿病の方は…, 通院中の方がいれば…), and the
recognizer drops it as generic (phrases.is_generic). Said of the reader's own household as
a fact (ご家族に腰椎椎間板ヘルニアで通院中の方がいらっしゃる, 同居のご家族に透析中の方が
おられる, お子さんに喘息の方がいる), it is the 病歴 of one person of a known household: an
adoption group's, a landlord's, a care manager's or a delivery service's letter to that
household names him enough (施行令第2条: 病歴 of a person identifiable with the letter).
A condition (いる場合は, いれば, いない) is still anyone's.
"""

from __future__ import annotations

import re

# the household the person belongs to, in the sentence before the phrase (…に / …の中に)
HOUSEHOLD = re.compile(r"(?:家族|家庭|同居(?:の方|人|者)?|世帯|お宅|ご自宅|お子(?:様|さま|さん)|ご両親|親族|ご主人|奥様"
                        r"|ご家族様)(?:の中|の方|内)?に(?:は|も)?")
# the existence said as a fact, not a condition (いらっしゃる, おられます, いる — not いれば, いる場合)
THERE_IS = re.compile(r"方(?:が|も)(?:いらっしゃ(?:る|い|います)|おられ(?:る|ます)|おり(?:ます)?|い(?:る|ます))(?!場合|なら|とき|時|[一-龥ァ-ヺ])")
_REACH = 40


def in_household(text: str, start: int, end: int) -> bool:
    """Whether the phrase [start, end) says that someone of the household is so (see the module)."""
    after = text.find("方", end, end + 3)
    if after < 0 or not THERE_IS.match(text, after):
        return False
    sentence = max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1
    return HOUSEHOLD.search(text, max(sentence, start - _REACH), start) is not None
