"""A post or a trade addressed as a letter's or a mail's reader (issue 12, mail14): 施設長 様,
寮管理人 様, 園長 様, 保健師 様, 寮監 様 open a letter to whoever holds the post, not to a
named person. A salutation whose words end in a post's mark is no name: a head (…長), a
keeper or an agent (管理人, 世話人, 代理人, 後見人), a licensed trade (…師, …士 of a
profession), a warden (…監), a teacher (先生).
"""

from __future__ import annotations

import re

# the end of a post's or a profession's name; a given name ends so too rarely to weigh
_POST_END = re.compile(r"(?:長|管理人|世話人|代理人|後見人|保証人|管財人|[^\s]{1,3}師|寮監|舎監|保育士|栄養士|福祉士|療法士|書士"
                       r"|衛生士|相談員|支援員|指導員|先生|ご担当)$")


def addressed_post(words: str) -> bool:
    """The salutation's words name a post, not a person (see the module)."""
    return _POST_END.search(words.replace("\u3000", " ").strip()) is not None
